import { type CustomerValueOptions, type CustomerValueReport, observationEnd, valueCustomers } from './customerValue.js';
import { customerSignals } from '../../store/queries/customerSignals.js';
import { refreshAnalyses } from '../feedback/refreshAnalyses.js';
import { rfmSummary } from '../../store/queries/rfmSummary.js';
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
  pAlive: number;
  expectedPurchases: number;
  clv: number;
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
  model: CustomerValueReport['model'];
  fallback?: CustomerValueReport['fallback'];
  spendModel: CustomerValueReport['spend']['model'];
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
  const values = valueCustomers(summary, to, options);
  await refreshAnalyses(store, workspaceId);
  const signals = await customerSignals(store, workspaceId, to);
  const r = quintileScores(summary.age.map((age, index) => -(age - (summary.recency[index] as number))));
  const f = quintileScores(summary.frequency);
  const m = quintileScores(summary.totalSpend);
  const rows = values.customers.map((value, index): CustomerRow => {
    const id = value.customer_id;
    const scores = { r: r[index] as number, f: f[index] as number, m: m[index] as number };
    const lastNps = signals.lastNps.get(id) ?? null;
    return {
      customer_id: id,
      ...scores,
      pAlive: value.pAlive,
      expectedPurchases: value.expectedPurchases,
      clv: value.clv,
      lastNpsCategory: lastNps === null ? null : npsCategory(lastNps),
      engagementScore: engagementScore({
        ...scores,
        pAlive: value.pAlive,
        lastNps,
        lastCsat: signals.lastCsat.get(id) ?? null,
        lastCommentScore: signals.lastCommentScore.get(id) ?? null,
        siteActiveDays: signals.siteActiveDays.get(id) ?? null,
      }),
      segment: segmentOf({ ...scores, pAlive: value.pAlive }),
    };
  });
  return {
    model: values.model,
    ...(values.fallback === undefined ? {} : { fallback: values.fallback }),
    spendModel: values.spend.model,
    ...(values.spend.fallback === undefined ? {} : { spendFallback: values.spend.fallback }),
    customers: options.segment === undefined ? rows : rows.filter((row) => row.segment === options.segment),
  };
}
