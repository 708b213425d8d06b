import type { Session } from '../Store.js';
import { interactionRowsSql } from './customerInteractions.js';

/** What a customer said last and how active they were on the site, as of the end of a period. */
export interface CustomerSignals {
  /** The last 0–10 recommendation answer (population customer) by customer. */
  lastNps: Map<string, number>;
  /** The last 1–5 satisfaction answer by customer. */
  lastCsat: Map<string, number>;
  /** The sentiment score (−1…1) of the customer's last analysed comment (src/feedback/), by customer. */
  lastCommentScore: Map<string, number>;
  /** Days with events carrying the customer's id in the 30 days ending `to`, for customers the tracker ever identified up to `to`. */
  siteActiveDays: Map<string, number>;
}

/** Days of site activity that count for the engagement score: the 30 days ending `to`. */
export const SITE_ACTIVITY_WINDOW_DAYS = 30;

/**
 * Reads, per customer, the last NPS and CSAT answers submitted up to the end of `to`, the
 * sentiment of the last analysed comment up to then (the caller brings the analyses up to
 * date first), and the number of active days on the site in the 30 days ending `to` — the
 * "what they said" and "what they did on the site" parts of the engagement score
 * (docs/customers.md). Answers and site activity are read from the rows the report's
 * customer engagement rate counts as interactions (interactionRowsSql), so the score and the
 * rate agree on who engaged.
 */
export async function customerSignals(session: Session, workspaceId: number, to: string): Promise<CustomerSignals> {
  const params = { workspace: workspaceId, to_day: to, window: SITE_ACTIVITY_WINDOW_DAYS };
  const responses = interactionRowsSql('responses');
  const answers = await session.queryColumns(
    'last answers',
    `select customer_id, question, score from (
  select customer_id, 'nps' as question, nps as score, row_number() over (partition by workspace_id, customer_id order by submitted_at desc, response_id desc) as recency
  from ${responses} as r where nps is not null and submitted_at < $to_day::date + 1
  union all
  select customer_id, 'csat', csat, row_number() over (partition by workspace_id, customer_id order by submitted_at desc, response_id desc)
  from ${responses} as r where csat is not null and submitted_at < $to_day::date + 1
) as answers where recency = 1`,
    params,
  );
  const comments = await session.queryColumns(
    'last comment sentiment',
    `select customer_id, score from (
  select r.customer_id, a.score, row_number() over (partition by r.workspace_id, r.customer_id order by r.submitted_at desc, r.response_id desc) as recency
  from ${responses} as r
  join text_analyses a on a.workspace_id = r.workspace_id and a.source = 'response' and a.item_id = r.response_id
  where r.submitted_at < $to_day::date + 1
) as comments where recency = 1`,
    params,
  );
  const activity = await session.queryColumns(
    'site activity',
    `select customer_id, count(distinct cast(occurred_at as date)) filter (where occurred_at >= $to_day::date + (1 - $window::integer)) as active_days
from ${interactionRowsSql('events')} as e where occurred_at < $to_day::date + 1
group by customer_id`,
    params,
  );
  const signals: CustomerSignals = { lastNps: new Map(), lastCsat: new Map(), lastCommentScore: new Map(), siteActiveDays: new Map() };
  const ids = (answers.customer_id ?? []) as string[];
  ids.forEach((id, index) => {
    const target = answers.question?.[index] === 'nps' ? signals.lastNps : signals.lastCsat;
    target.set(id, answers.score?.[index] as number);
  });
  for (const [index, id] of ((comments.customer_id ?? []) as string[]).entries()) signals.lastCommentScore.set(id, comments.score?.[index] as number);
  for (const [index, id] of ((activity.customer_id ?? []) as string[]).entries()) signals.siteActiveDays.set(id, activity.active_days?.[index] as number);
  return signals;
}
