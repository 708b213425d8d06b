import { ModelError } from '../../models/ModelError.js';
import type { InactivityCounts } from '../../store/queries/inactivityCounts.js';
import { orderingCustomers } from '../../store/queries/orderingCustomers.js';
import type { Grouped, QueryContext } from '../../store/queries/QueryContext.js';
import { aliveCustomers } from '../clv/aliveCustomers.js';
import { dayBefore } from './reportPeriods.js';

/** Churn and retention's counts by the model, per group, and why they are empty when the model could not be fitted. */
export interface ModelChurnCounts {
  counts: Grouped<InactivityCounts>;
  /** The model's sentence when it could not be fitted on the orders up to either day (the counts are then 0). */
  reason?: string;
}

/**
 * Counts churn and retention by the BG/NBD model (docs/indicators.md): the model is fitted on
 * all the workspace's orders up to the day before the period, and again up to its last day
 * (see {@link aliveCustomers}); atStart = customers whose P(alive) at the first date is at
 * least `threshold`; lost = those of them below it at the second; atEnd = customers at or
 * above it at the second; new = those of them not counted at the start. The fits read every
 * customer; the scope (customer fields) only picks and groups whose verdicts are counted.
 */
export async function modelChurnCounts(context: QueryContext, threshold: number): Promise<ModelChurnCounts> {
  const customers = await orderingCustomers(context);
  const counts: Grouped<InactivityCounts> = new Map();
  const countsOf = (key: string | null): InactivityCounts => {
    let group = counts.get(key);
    if (group === undefined) {
      group = { atStart: 0, lost: 0, atEnd: 0, new: 0 };
      counts.set(key, group);
    }
    return group;
  };
  let atStart: Set<string>;
  let atEnd: Set<string>;
  try {
    atStart = await aliveCustomers(context.session, context.workspaceId, dayBefore(context.period.firstDay), threshold);
    atEnd = await aliveCustomers(context.session, context.workspaceId, context.period.lastDay, threshold);
  } catch (error) {
    if (!(error instanceof ModelError)) throw error;
    for (const key of customers.values()) countsOf(key);
    return { counts, reason: error.message };
  }
  for (const [customer, key] of customers) {
    const group = countsOf(key);
    const start = atStart.has(customer);
    const end = atEnd.has(customer);
    if (start) group.atStart += 1;
    if (start && !end) group.lost += 1;
    if (end) group.atEnd += 1;
    if (end && !start) group.new += 1;
  }
  return { counts };
}
