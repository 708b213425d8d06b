import { INTERACTION_KINDS, type InteractionKind } from '../../indicators/statistics.js';

/** Where each kind of interaction is stored, when it happened, and which of its rows are a customer's. */
const INTERACTION_ROWS: Readonly<Record<InteractionKind, { table: string; at: string; condition: string }>> = {
  orders: { table: 'orders', at: 'ordered_at', condition: '' },
  // An employee's answer is not an exchange with a customer, even when it names one.
  responses: { table: 'responses', at: 'submitted_at', condition: " and customer_id is not null and population = 'customer'" },
  events: { table: 'events', at: 'occurred_at', condition: ' and customer_id is not null' },
};

/**
 * The rows of `kind` that are interactions of a customer in workspace `$workspace`, as a
 * parenthesised relation with every column of the table: an order, a survey response of the
 * customer population carrying a `customer_id`, an event carrying a `customer_id`
 * (docs/indicators.md, customerEngagementRate). The one definition the report's engagement
 * rate and the customer engagement score (docs/customers.md) both read, so the two never
 * disagree about who engaged.
 */
export function interactionRowsSql(kind: InteractionKind): string {
  const rows = INTERACTION_ROWS[kind];
  return `(select * from ${rows.table} where workspace_id = $workspace${rows.condition})`;
}

/**
 * Every interaction of every customer of workspace `$workspace`, one row each:
 * `customer_id`, `kind` (orders, responses, events) and `occurred_at` — the union of
 * {@link interactionRowsSql} over the kinds.
 */
export function customerInteractionsSql(): string {
  return `(${INTERACTION_KINDS.map((kind) => `select customer_id, '${kind}' as kind, ${INTERACTION_ROWS[kind].at} as occurred_at from ${interactionRowsSql(kind)} as ${kind}_rows`).join('\nunion all\n')})`;
}
