import { UsageError } from '../../errors/errors.js';
import { parseDay } from '../report/reportQuery.js';
import type { TimeUnit } from '../../store/queries/rfmSummary.js';
import { type CustomerValueOptions, PURCHASE_MODELS, type PurchaseModelName } from './customerValue.js';

/** The model settings as flags or URL parameters give them: text, or absent. */
export type ModelFlags = Readonly<Record<string, string | boolean | string[] | undefined>>;

/** Reads and checks --to, --time-unit, --horizon, --discount-rate and --model. */
export function modelOptionsFromFlags(flags: ModelFlags): CustomerValueOptions {
  const unit = (flags['time-unit'] as string | undefined) ?? 'day';
  if (unit !== 'day' && unit !== 'week') throw new UsageError(`--time-unit ${JSON.stringify(unit)} must be day or week.`);
  const model = (flags.model as string | undefined) ?? 'bgnbd';
  if (!(PURCHASE_MODELS as readonly string[]).includes(model)) throw new UsageError(`--model ${JSON.stringify(model)} must be ${PURCHASE_MODELS.join(' or ')}.`);
  const number = (flag: string) => {
    const text = flags[flag] as string | undefined;
    if (text === undefined) return undefined;
    const value = Number(text);
    if (text.trim() === '' || !Number.isFinite(value)) throw new UsageError(`--${flag} ${JSON.stringify(text)} is not a number.`);
    return value;
  };
  const options: CustomerValueOptions = { timeUnit: unit as TimeUnit, model: model as PurchaseModelName, to: flags.to === undefined ? undefined : parseDay(flags.to as string, '--to'), horizon: number('horizon') };
  const discountRate = number('discount-rate');
  if (discountRate !== undefined) options.discountRate = discountRate;
  return options;
}

