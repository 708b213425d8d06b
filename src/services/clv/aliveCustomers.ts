import { bgnbd } from '../../models/clv/bgnbd.js';
import { rfmSummary } from '../../store/queries/rfmSummary.js';
import type { Session } from '../../store/Store.js';

/**
 * The customers the BG/NBD model deems still customers at the end of `day` (YYYY-MM-DD): the
 * model fitted exactly as `barometre clv --to day` fits it (the RFM summary of the orders up
 * to that day, in days; docs/clv.md), keeping those whose P(alive | x, t_x, T) is at least
 * `threshold`. No order up to that day: no customer, and nothing to fit. P(alive) does not
 * depend on the time unit (weeks scale α by 7 and leave (α + T)/(α + t_x) as it is).
 *
 * @throws ModelError when BG/NBD cannot be fitted (no repeat customer, no convergence).
 */
export async function aliveCustomers(session: Session, workspaceId: number, day: string, threshold: number): Promise<Set<string>> {
  const summary = await rfmSummary(session, workspaceId, day, 'day');
  if (summary.customerId.length === 0) return new Set();
  const { params } = bgnbd.fit(summary);
  return new Set(
    summary.customerId.filter(
      (_, index) =>
        bgnbd.probabilityAlive(params, {
          frequency: summary.frequency[index] as number,
          recency: summary.recency[index] as number,
          age: summary.age[index] as number,
        }) >= threshold,
    ),
  );
}
