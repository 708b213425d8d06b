import { clvTable } from '../../services/clv/customerTable.js';
import { customerValue, type CustomerValueReport, type FittedModelName } from '../../services/clv/customerValue.js';
import { parseModelOptions } from '../../services/clv/modelOptions.js';
import { toLocalCsv } from '../../output/toCsv.js';
import { findWorkspace } from '../../store/workspaces.js';
import type { Language } from '../../output/language.js';
import { defineCommand } from '../defineCommand.js';
import { inLanguage } from '../inLanguage.js';
import { formatNumber } from '../../output/localeFormat.js';
import { EXIT_SUCCESS } from '../exitStatus.js';
import { refuseArguments, withStore } from '../commonOptions.js';

/** The flags the clv and customers commands share: the fields of parseModelOptions, and --csv. */
export const MODEL_OPTIONS = {
  to: { type: 'string' },
  timeUnit: { type: 'string' },
  horizon: { type: 'string' },
  discountRate: { type: 'string' },
  model: { type: 'string' },
  csv: { type: 'boolean' },
} as const;

/** `barometre clv` (docs/clv.md): fits the purchase and spend models and values every customer. */
export const clvCommand = defineCommand({
  name: 'clv',
  summary: 'fit the purchase and spend models and value every customer',
  usage: 'barometre clv [--to YYYY-MM-DD] [--time-unit day|week] [--horizon N] [--discount-rate R] [--model bgnbd|pareto] [--json | --csv]',
  french: {
    summary: "ajuster les modèles d'achat et de dépense et valoriser chaque client",
    usage: 'barometre clv [--to AAAA-MM-JJ] [--time-unit day|week] [--horizon N] [--discount-rate R] [--model bgnbd|pareto] [--json | --csv]',
  },
  options: MODEL_OPTIONS,
  async run(flags, positionals, output) {
    refuseArguments(this, positionals);
    const options = parseModelOptions(flags);
    const result = await withStore(flags, output, async (store) => customerValue(store, (await findWorkspace(store, flags.workspace)).id, options), {
      readOnly: true,
    });
    if (flags.json) output.stdout.write(`${JSON.stringify(result)}\n`);
    else if (flags.csv) {
      output.stdout.write(toLocalCsv(clvTable(result), output.language));
    } else output.stdout.write(summary(result, output.language));
    return EXIT_SUCCESS;
  },
});

/** How the text output names each purchase model. */
export const MODEL_NAMES: Record<Language, Record<FittedModelName, string>> = {
  en: { bgnbd: 'BG/NBD', pareto: 'Pareto/NBD', nbd: 'NBD (no dropout)' },
  fr: { bgnbd: 'BG/NBD', pareto: 'Pareto/NBD', nbd: 'NBD (sans attrition)' },
};

/** The sentence saying the model asked for could not be fitted and NBD was used instead. */
export const FALLBACK_NOTE: Record<Language, (asked: string, reason: string) => string> = {
  en: (asked: string, reason: string) => `${asked} could not be fitted, so the model without dropout is used, every customer counted as alive: ${reason}`,
  fr: (asked: string, reason: string) => `${asked} n'a pas pu être ajusté, le modèle sans attrition est utilisé, chaque client compté comme actif : ${reason}`,
};

const UNITS = { day: { fr: ['jour', 'jours'], en: ['day', 'days'] }, week: { fr: ['semaine', 'semaines'], en: ['week', 'weeks'] } } as const;

/** The text summary of a customer-value run: the settings, the fitted models, the customers and their total value. */
function summary(result: CustomerValueReport, language: Language): string {
  const total = result.customers.reduce((sum, customer) => sum + customer.clv, 0);
  const fr = language === 'fr';
  const parameter = (value: number) =>
    fr ? value.toLocaleString('fr-FR', { maximumSignificantDigits: 4, minimumSignificantDigits: 4 }) : value.toPrecision(4);
  const listed = (params: Readonly<Record<string, number>>) =>
    Object.entries(params)
      .map(([name, value]) => `${name} = ${parameter(value)}`)
      .join(', ');
  const params = listed(result.params);
  const spendParams = result.spend.params;
  const spendLine = {
    en:
      spendParams === null
        ? `Spend per purchase: each customer's own mean (the mean over repeat customers for the others), since Gamma-Gamma could not be fitted: ${result.spend.fallback?.reason}`
        : `Gamma-Gamma spend: ${listed(spendParams)} (${result.spend.customers} repeat customers).`,
    fr:
      spendParams === null
        ? `Dépense par achat : la moyenne propre à chaque client (la moyenne des clients ayant racheté pour les autres), Gamma-Gamma n'ayant pas pu être ajusté : ${result.spend.fallback?.reason}`
        : `Dépense Gamma-Gamma : ${listed(spendParams)} (${formatNumber(result.spend.customers, 'fr')} clients ayant racheté).`,
  };
  const model = (lang: Language) => MODEL_NAMES[lang][result.model];
  const fallback = (lang: Language) =>
    result.fallback === undefined ? [] : [FALLBACK_NOTE[lang](MODEL_NAMES[lang][result.fallback.model], result.fallback.reason)];
  const [unit, units] = UNITS[result.timeUnit].fr;
  const lines = inLanguage(
    {
      en: [
        `Observation to ${result.to}, time unit ${result.timeUnit}, horizon ${result.horizon} ${result.timeUnit}s, discount ${result.discountRate} per ${result.timeUnit}.`,
        ...fallback('en'),
        `${model('en')}: ${params} (log-likelihood ${result.logLikelihood.toFixed(1)}).`,
        spendLine.en,
        `${result.customers.length} customers, total CLV ${total.toFixed(2)}; --json or --csv lists them.`,
      ].join('\n'),
      fr: [
        `Observation jusqu'au ${result.to}, unité de temps ${unit}, horizon ${formatNumber(result.horizon, 'fr', { maximum: 2 })} ${units}, actualisation ${formatNumber(result.discountRate, 'fr', { maximum: 6 })} par ${unit}.`,
        ...fallback('fr'),
        `${model('fr')} : ${params} (log-vraisemblance ${formatNumber(result.logLikelihood, 'fr', { maximum: 1, minimum: 1 })}).`,
        spendLine.fr,
        `${formatNumber(result.customers.length, 'fr')} clients, CLV totale ${formatNumber(total, 'fr', { maximum: 2, minimum: 2 })} ; --json ou --csv les liste.`,
      ].join('\n'),
    },
    language,
  );
  return `${lines}\n`;
}
