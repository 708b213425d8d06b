import { type CustomerValueOptions, type CustomerValueReport, fitSummary, observationEnd, valueSummary } from './customerValue.js';
import { cachedValueModels } from './valueModelCache.js';
import { customerSignals } from '../../store/queries/customerSignals.js';
import { refreshAnalyses } from '../feedback/refreshAnalyses.js';
import { type RfmSummary, rfmSummary } from '../../store/queries/rfmSummary.js';
import { ModelError } from '../../models/ModelError.js';
import type { Store } from '../../store/Store.js';
import { engagementScore } from '../../models/customers/engagementScore.js';
import { quintileScores } from '../../models/customers/quintileScores.js';
import { type Segment, segmentOf } from '../../models/customers/segmentOf.js';
import { FIRST_PASSIVE_SCORE, FIRST_PROMOTER_SCORE } from '../../indicators/recommendation/nps.js';

export type NpsCategory = 'promoter' | 'passive' | 'detractor';

/** One row of `barometre customers` (docs/cli.md; docs/customers.md). */
export interface CustomerRow {
  customer_id: string;
  /** RFM scores 1–5. */
  r: number;
  f: number;
  m: number;
  /** The purchase model's columns; null when no model could be fitted (CustomerList.unfitted says why). */
  pAlive: number | null;
  expectedPurchases: number | null;
  clv: number | null;
  lastNpsCategory: NpsCategory | null;
  engagementScore: number;
  segment: Segment;
}

/** The columns of `barometre customers`, in order (docs/customers.md). */
export const CUSTOMER_COLUMNS: readonly (keyof CustomerRow)[] = [
  'customer_id',
  'r',
  'f',
  'm',
  'pAlive',
  'expectedPurchases',
  'clv',
  'lastNpsCategory',
  'engagementScore',
  'segment',
];

/**
 * The answer of `barometre customers --json` and `GET /api/customers`: the models the values
 * come from (with the reason when one had to stand in for another, as in `barometre clv`),
 * then the customers.
 */
export interface CustomerList {
  /** The purchase model used; null when none could be fitted (nobody bought twice, say). */
  model: CustomerValueReport['model'] | null;
  /** Why no model could be fitted, when `model` is null: the list then holds what needs no model. */
  unfitted?: { reason: string };
  fallback?: CustomerValueReport['fallback'];
  spendModel: CustomerValueReport['spend']['model'] | null;
  spendFallback?: CustomerValueReport['spend']['fallback'];
  customers: CustomerRow[];
}

/** Bain's categories of a 0–10 answer: promoters 9–10, passives 7–8, detractors 0–6. */
export function npsCategory(score: number): NpsCategory {
  return score >= FIRST_PROMOTER_SCORE ? 'promoter' : score >= FIRST_PASSIVE_SCORE ? 'passive' : 'detractor';
}

/**
 * Lists every customer who ordered up to the end of the period with their RFM scores, the
 * purchase model's P(alive), expected purchases and CLV, their last NPS category, their
 * engagement score and their segment (docs/customers.md), optionally only one segment.
 */
export async function listCustomers(
  store: Store,
  workspaceId: number,
  options: CustomerValueOptions & { segment?: Segment | undefined } = {},
): Promise<CustomerList> {
  const to = await observationEnd(store, workspaceId, options.to);
  const summary = await rfmSummary(store, workspaceId, to, options.timeUnit ?? 'day');
  const values = await valuesIfFitted(store, workspaceId, summary, to, options);
  await refreshAnalyses(store, workspaceId);
  const signals = await customerSignals(store, workspaceId, to);
  const r = quintileScores(summary.age.map((age, index) => -(age - (summary.recency[index] as number))));
  const f = quintileScores(summary.frequency);
  const m = quintileScores(summary.totalSpend);
  const rows = summary.customerId.map((id, index): CustomerRow => {
    const value = 'customers' in values ? values.customers[index] : undefined;
    const scores = { r: r[index] as number, f: f[index] as number, m: m[index] as number };
    const lastNps = signals.lastNps.get(id) ?? null;
    return {
      customer_id: id,
      ...scores,
      pAlive: value?.pAlive ?? null,
      expectedPurchases: value?.expectedPurchases ?? null,
      clv: value?.clv ?? null,
      lastNpsCategory: lastNps === null ? null : npsCategory(lastNps),
      engagementScore: engagementScore({
        ...scores,
        pAlive: value?.pAlive ?? null,
        lastNps,
        lastCsat: signals.lastCsat.get(id) ?? null,
        lastCommentScore: signals.lastCommentScore.get(id) ?? null,
        siteActiveDays: signals.siteActiveDays.get(id) ?? null,
      }),
      segment: segmentOf({ ...scores, pAlive: value?.pAlive ?? null }),
    };
  });
  const customers = options.segment === undefined ? rows : rows.filter((row) => row.segment === options.segment);
  if (!('customers' in values)) return { model: null, unfitted: values.unfitted, spendModel: null, customers };
  return {
    model: values.model,
    ...(values.fallback === undefined ? {} : { fallback: values.fallback }),
    spendModel: values.spend.model,
    ...(values.spend.fallback === undefined ? {} : { spendFallback: values.spend.fallback }),
    customers,
  };
}

/**
 * The customer values, or — when no purchase model can be fitted at all (a shop where nobody
 * bought twice yet: nothing tells purchase rates apart) — the model's refusal, so that the
 * list keeps everything that needs no model: RFM scores, last NPS category, engagement score
 * (without its P(alive) part) and segment (without the P(alive) test).
 */
async function valuesIfFitted(
  store: Store,
  workspaceId: number,
  summary: RfmSummary,
  to: string,
  options: CustomerValueOptions,
): Promise<CustomerValueReport | { unfitted: { reason: string } }> {
  try {
    return valueSummary(summary, await cachedValueModels(store, workspaceId, to, options, async () => fitSummary(summary, to, options)));
  } catch (error) {
    if (error instanceof ModelError) return { unfitted: { reason: error.message } };
    throw error;
  }
}
