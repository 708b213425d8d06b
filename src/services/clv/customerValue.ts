import { DataError, fieldError } from '../../errors/errors.js';
import { bgnbd } from '../../models/clv/bgnbd.js';
import type { RfmRow } from '../../models/clv/checkRfmRow.js';
import type { RfmColumns } from '../../models/clv/rfmPatterns.js';
import { clv } from '../../models/clv/clv.js';
import { gammaGammaConditionalExpectedSpend, gammaGammaFit } from '../../models/clv/gammaGamma.js';
import { nbd } from '../../models/clv/nbd.js';
import { paretoNbd } from '../../models/clv/paretoNbd.js';
import type { PurchaseModel, PurchaseModelFit, PurchaseParams } from '../../models/clv/PurchaseModel.js';
import { ModelError } from '../../models/ModelError.js';
import { DAYS_PER_UNIT, lastOrderDay, type RfmSummary, type TimeUnit } from '../../store/queries/rfmSummary.js';
import type { Session, Store } from '../../store/Store.js';
import { cachedValueModels } from './valueModelCache.js';
import { dropCustomerValueTables, readCustomerValues, stageCustomerValues, stageRfmPatterns } from '../../store/queries/customerValueTables.js';

export const PURCHASE_MODELS = ['bgnbd', 'pareto'] as const;
export type PurchaseModelName = (typeof PURCHASE_MODELS)[number];

/** The purchase model each name of {@link PURCHASE_MODELS} stands for. */
const PURCHASE_MODEL_OF: Readonly<Record<PurchaseModelName, PurchaseModel>> = { bgnbd, pareto: paretoNbd };

/** The default horizon: 52 weeks' worth of the time unit (docs/clv.md). */
export const DEFAULT_HORIZON_DAYS = 52 * 7;

export interface CustomerValueOptions {
  /** End of the observation period (YYYY-MM-DD, included); default the last order's day. */
  to?: string | undefined;
  timeUnit?: TimeUnit;
  /** Expected purchases and CLV over this many time units; default 52 weeks' worth. */
  horizon?: number | undefined;
  /** Discount rate per time unit (default 0). */
  discountRate?: number;
  model?: PurchaseModelName;
}

/** One customer's row of `barometre clv` (docs/clv.md). */
export interface CustomerValue {
  customer_id: string;
  frequency: number;
  recency: number;
  T: number;
  monetaryValue: number | null;
  pAlive: number;
  expectedPurchases: number;
  /** Expected spend over the horizon, undiscounted: expected purchases × E[M]. */
  expectedSpend: number;
  /** Expected spend over the horizon, discounted per time unit. */
  clv: number;
}

/** The columns of a customer's value (docs/clv.md), in order, for CSV. */
export const CLV_COLUMNS: readonly (keyof CustomerValue)[] = [
  'customer_id',
  'frequency',
  'recency',
  'T',
  'monetaryValue',
  'pAlive',
  'expectedPurchases',
  'expectedSpend',
  'clv',
];

/** The purchase model a report used: the one asked for, or NBD when that one could not be fitted. */
export type FittedModelName = PurchaseModelName | 'nbd';

/** The JSON of `barometre clv --json` and `GET /api/clv` (docs/clv.md), with the settings used. */
export interface CustomerValueReport {
  model: FittedModelName;
  /** Present when the model asked for could not be fitted and NBD (no dropout) was used instead: which, and why. */
  fallback?: { model: PurchaseModelName; reason: string };
  params: Record<string, number>;
  logLikelihood: number;
  /**
   * The spend model: Gamma-Gamma's fit, or — when it cannot be fitted (its parameters run to
   * the edge of their space, e.g. when repeat customers' mean spends hardly differ) —
   * `model: "observed-mean"`, each customer's own mean spend (the population mean for those
   * without one), with `fallback` saying why; `params` and `logLikelihood` are then null.
   */
  spend: {
    model: 'gamma-gamma' | 'observed-mean';
    params: { p: number; q: number; v: number } | null;
    logLikelihood: number | null;
    customers: number;
    fallback?: { reason: string };
  };
  to: string;
  timeUnit: TimeUnit;
  horizon: number;
  discountRate: number;
  /** Repeat purchase days with a total of 0 or less, left out of the spend model. */
  excludedSpendDays: number;
  customers: CustomerValue[];
}

/** A report of {@link customerValue} without its customers: the fitted models and the settings used. */
export type CustomerValueModels = Omit<CustomerValueReport, 'customers'>;

/** The fitted models of a report, able to value any (x, t_x, T) and any spend history. */
export interface FittedValueModels {
  report: CustomerValueModels;
  /** P(alive), expected purchases over the horizon and the same purchases discounted, for one (x, t_x, T). */
  purchaseValues(row: RfmRow): { pAlive: number; expectedPurchases: number; discountedPurchases: number };
  /** The expected spend per purchase of a customer with `spendDays` repeat days averaged into `monetaryValue`. */
  meanSpend(spendDays: number, monetaryValue: number | null): number;
}

/**
 * Fits the purchase model (BG/NBD or Pareto/NBD) and the Gamma-Gamma spend model on the
 * orders up to the end of `to`, and values every customer: P(alive), expected purchases
 * over the horizon, expected spend and CLV (docs/clv.md). SQL groups the customers by
 * (x, t_x, T) and by (spend days, monetary value); the models are fitted on these patterns
 * with their counts as weights and value each pattern once; SQL joins the values back to
 * every customer.
 *
 * @throws UsageError for bad options; DataError when there is no order to learn from;
 *   ModelError (from the models) when a model cannot be fitted — no repeat customer,
 *   an optimiser that does not converge.
 */
export async function customerValue(store: Store, workspaceId: number, options: CustomerValueOptions = {}): Promise<CustomerValueReport> {
  return withCustomerValues(store, workspaceId, options, async (session, report) => {
    const columns = await readCustomerValues(session);
    const column = <T>(name: string) => (columns[name] ?? []) as T[];
    const [ids, frequency, recency, age, monetaryValue] = [
      column<string>('customer_id'),
      column<number>('frequency'),
      column<number>('recency'),
      column<number>('T'),
      column<number | null>('monetaryValue'),
    ];
    const [pAlive, expectedPurchases, expectedSpend, clvs] = [
      column<number>('pAlive'),
      column<number>('expectedPurchases'),
      column<number>('expectedSpend'),
      column<number>('clv'),
    ];
    const customers = ids.map(
      (id, i): CustomerValue => ({
        customer_id: id,
        frequency: frequency[i] as number,
        recency: recency[i] as number,
        T: age[i] as number,
        monetaryValue: monetaryValue[i] ?? null,
        pAlive: pAlive[i] as number,
        expectedPurchases: expectedPurchases[i] as number,
        expectedSpend: expectedSpend[i] as number,
        clv: clvs[i] as number,
      }),
    );
    return { ...report, customers };
  });
}

/**
 * Fits the models of {@link customerValue} on the patterns SQL groups, stages every
 * customer's values in SQL (customerValueTables.ts) and hands the session holding them to
 * `use`, in one transaction; the temporary tables are dropped afterwards.
 */
export async function withCustomerValues<T>(
  store: Store,
  workspaceId: number,
  options: CustomerValueOptions,
  use: (session: Session, report: CustomerValueModels) => Promise<T>,
): Promise<T> {
  const unit = options.timeUnit ?? 'day';
  const to = await observationEnd(store, workspaceId, options.to);
  return store.transaction(async (session) => {
    try {
      const patterns = await stageRfmPatterns(session, workspaceId, to, unit);
      const models = await cachedValueModels(store, workspaceId, to, options, async () =>
        fitValueModels(patterns.purchase, patterns.spend, patterns.excludedSpendDays, to, options),
      );
      const purchase = patterns.purchase;
      const values = purchase.frequency.map((x, i) =>
        models.purchaseValues({ frequency: x, recency: purchase.recency[i] as number, age: purchase.age[i] as number }),
      );
      const spend = patterns.spend;
      await stageCustomerValues(
        session,
        {
          ...purchase,
          pAlive: values.map((value) => value.pAlive),
          expectedPurchases: values.map((value) => value.expectedPurchases),
          discountedPurchases: values.map((value) => value.discountedPurchases),
        },
        { ...spend, meanSpend: spend.spendDays.map((days, i) => models.meanSpend(days, spend.monetaryValue[i] ?? null)) },
      );
      return await use(session, models.report);
    } finally {
      await dropCustomerValueTables(session);
    }
  });
}

/** The end of the observation period: `to` if given, else the last order's day. */
export async function observationEnd(store: Store, workspaceId: number, to: string | undefined): Promise<string> {
  const end = to ?? (await lastOrderDay(store, workspaceId));
  if (end === null) throw new DataError('This workspace has no orders: import orders before fitting the customer-value models.', 'orders');
  return end;
}

/**
 * The model side of {@link customerValue} over a summary already in memory (in the time unit
 * of `options`): the same fits and values, each customer's expectations computed once per
 * distinct (x, t_x, T).
 */
export function valueCustomers(summary: RfmSummary, to: string, options: CustomerValueOptions = {}): CustomerValueReport {
  return valueSummary(summary, fitSummary(summary, to, options));
}

/** {@link fitValueModels} on a summary in memory, one row per customer. */
export function fitSummary(summary: RfmSummary, to: string, options: CustomerValueOptions): FittedValueModels {
  return fitValueModels(summary, { spendDays: summary.spendDays, monetaryValue: summary.monetaryValue }, summary.excludedSpendDays, to, options);
}

/** Every customer of a summary in memory valued with models already fitted, each distinct (x, t_x, T) once. */
export function valueSummary(summary: RfmSummary, models: FittedValueModels): CustomerValueReport {
  const perPattern = new Map<string, ReturnType<FittedValueModels['purchaseValues']>>();
  const customers: CustomerValue[] = summary.customerId.map((id, index) => {
    const row: RfmRow = { frequency: summary.frequency[index] as number, recency: summary.recency[index] as number, age: summary.age[index] as number };
    const key = `${row.frequency}/${row.recency}/${row.age}`;
    let pattern = perPattern.get(key);
    if (pattern === undefined) {
      pattern = models.purchaseValues(row);
      perPattern.set(key, pattern);
    }
    const monetaryValue = summary.monetaryValue[index] ?? null;
    const meanSpend = models.meanSpend(summary.spendDays[index] as number, monetaryValue);
    return {
      customer_id: id,
      frequency: row.frequency,
      recency: row.recency,
      T: row.age,
      monetaryValue,
      pAlive: pattern.pAlive,
      expectedPurchases: pattern.expectedPurchases,
      expectedSpend: pattern.expectedPurchases * meanSpend,
      clv: pattern.discountedPurchases * meanSpend,
    };
  });
  return { ...models.report, customers };
}

/**
 * Checks the options and fits the purchase and spend models on the customers' columns — one
 * row per customer, or per group of customers with their count as `weight` — and returns the
 * report's model part with the functions that value a pattern (docs/clv.md).
 */
export function fitValueModels(
  purchaseInput: RfmColumns,
  spendInput: { spendDays: readonly number[]; monetaryValue: readonly (number | null)[]; weight?: readonly number[] },
  excludedSpendDays: number,
  to: string,
  options: CustomerValueOptions,
): FittedValueModels {
  const unit = options.timeUnit ?? 'day';
  const horizon = options.horizon ?? DEFAULT_HORIZON_DAYS / DAYS_PER_UNIT[unit];
  const discountRate = options.discountRate ?? 0;
  const modelName = options.model ?? 'bgnbd';
  if (!(Number.isFinite(horizon) && horizon > 0))
    throw fieldError('horizon', (name) => `${name('horizon')} ${horizon} must be a positive number of time units.`);
  if (!(Number.isFinite(discountRate) && discountRate >= 0))
    throw fieldError('discountRate', (name) => `${name('discountRate')} ${discountRate} must be a number ≥ 0 (0.01 = 1% per time unit).`);
  if (purchaseInput.frequency.length === 0) throw new DataError(`There is no order up to ${to}: the models need purchases to learn from.`, 'orders');
  const { model, purchase, fittedName, fallback } = fitPurchases(purchaseInput, modelName);
  // The spend model's x is the number of days averaged into the monetary value (days with a total of 0 are left out).
  const spend = fitSpend(spendInput);
  // Purchases of one week are discounted together when counting in days, so a year is 52
  // evaluations per pattern, not 364.
  const periodLength = unit === 'day' ? 7 : 1;
  return {
    report: {
      model: fittedName,
      ...(fallback === undefined ? {} : { fallback }),
      params: { ...purchase.params },
      logLikelihood: purchase.logLikelihood,
      spend: spend.report,
      to,
      timeUnit: unit,
      horizon,
      discountRate,
      excludedSpendDays,
    },
    purchaseValues(row) {
      const expected = (t: number) => (t === 0 ? 0 : model.conditionalExpectedPurchases(purchase.params, t, row));
      const expectedPurchases = expected(horizon);
      return {
        pAlive: model.probabilityAlive(purchase.params, row),
        expectedPurchases,
        discountedPurchases: discountRate === 0 ? expectedPurchases : clv(expected, 1, { horizon, discountRate, periodLength }),
      };
    },
    meanSpend: (spendDays, monetaryValue) => spend.expected(spendDays, spendDays === 0 ? null : monetaryValue),
  };
}
/**
 * Fits the purchase model asked for; when it cannot be fitted although some customers bought
 * again — the dropout parameters of a shop whose customers have not lapsed yet run to the
 * edge of their space — fits its limit without dropout, NBD, and says why. When NBD cannot be
 * fitted either, the first model's error stands.
 */
function fitPurchases(
  input: RfmColumns,
  modelName: PurchaseModelName,
): { model: PurchaseModel; purchase: PurchaseModelFit<PurchaseParams>; fittedName: FittedModelName; fallback?: { model: PurchaseModelName; reason: string } } {
  const model = PURCHASE_MODEL_OF[modelName];
  try {
    return { model, purchase: model.fit(input), fittedName: modelName };
  } catch (error) {
    if (!(error instanceof ModelError) || !input.frequency.some((x) => x > 0)) throw error;
    let purchase: PurchaseModelFit<PurchaseParams>;
    try {
      purchase = nbd.fit(input);
    } catch {
      throw error;
    }
    return { model: nbd, purchase, fittedName: 'nbd', fallback: { model: modelName, reason: error.message } };
  }
}

/**
 * The spend side: Gamma-Gamma's conditional expected spend per purchase when the model can be
 * fitted; else each customer's observed mean (the limit of Gamma-Gamma's weighted average
 * when the customer's own mean gets all the weight), and the mean over repeat customers for
 * those without one, with the fit's error as the reason. With no repeat purchase at all, the
 * purchase model has failed first, so the error stands here too.
 */
function fitSpend(columns: { spendDays: readonly number[]; monetaryValue: readonly (number | null)[]; weight?: readonly number[] }): {
  report: CustomerValueReport['spend'];
  expected: (spendDays: number, monetaryValue: number | null) => number;
} {
  const input = { frequency: columns.spendDays, monetaryValue: columns.monetaryValue, ...(columns.weight === undefined ? {} : { weight: columns.weight }) };
  try {
    const fit = gammaGammaFit(input);
    return {
      report: { model: 'gamma-gamma', params: fit.params, logLikelihood: fit.logLikelihood, customers: fit.customers },
      expected: (spendDays, monetaryValue) => gammaGammaConditionalExpectedSpend(fit.params, spendDays, monetaryValue),
    };
  } catch (error) {
    let [observed, total] = [0, 0];
    columns.monetaryValue.forEach((value, index) => {
      if (value === null || !(value > 0) || !((columns.spendDays[index] ?? 0) > 0)) return;
      const weight = columns.weight?.[index] ?? 1;
      observed += weight;
      total += weight * value;
    });
    if (!(error instanceof ModelError) || observed === 0) throw error;
    const populationMean = total / observed;
    return {
      report: { model: 'observed-mean', params: null, logLikelihood: null, customers: observed, fallback: { reason: error.message } },
      expected: (spendDays, monetaryValue) => (spendDays > 0 && monetaryValue !== null && monetaryValue > 0 ? monetaryValue : populationMean),
    };
  }
}
