import { sqlTimestamp } from '../sqlTimestamp.js';
import type { Session, Store } from '../Store.js';
import { isoSeconds } from '../timestampText.js';

/** Where a delivery stands: waiting for an attempt, received (2xx), or given up. */
export type DeliveryStatus = 'pending' | 'delivered' | 'failed';

export const DELIVERY_STATUSES: readonly DeliveryStatus[] = ['pending', 'delivered', 'failed'];

/** A delivery as an admin sees it: what was sent where, and how the attempts went (never the body or the secret). */
export interface DeliveryRecord {
  id: string;
  surveyId: string;
  event: string;
  url: string;
  status: DeliveryStatus;
  attempts: number;
  /** The HTTP status of the last attempt, null when it got none (timeout, refused connection). */
  lastStatus: number | null;
  lastError: string | null;
  createdAt: string;
  /** When the next attempt is due (pending deliveries only). */
  nextAttemptAt: string | null;
  deliveredAt: string | null;
}

/** A delivery a deliverer has claimed: enough to sign and send it, and `attempts` (this attempt's number) to record its outcome. */
export interface ClaimedDelivery {
  workspaceId: number;
  id: string;
  surveyId: string;
  url: string;
  body: string;
  attempts: number;
}

/** Writes a pending delivery, due at `now`. */
export async function insertDelivery(
  session: Session,
  workspaceId: number,
  delivery: { id: string; surveyId: string; event: string; url: string; body: string },
  now: Date,
): Promise<void> {
  await session.query(
    'enqueue webhook delivery',
    `insert into webhook_deliveries (workspace_id, delivery_id, survey_id, event, url, body, status, attempts, next_attempt_at, created_at)
values ($workspace, $id, $survey, $event, $url, $body, 'pending', 0, cast($now as timestamp), cast($now as timestamp))`,
    {
      workspace: workspaceId,
      id: delivery.id,
      survey: delivery.surveyId,
      event: delivery.event,
      url: delivery.url,
      body: delivery.body,
      now: sqlTimestamp(now),
    },
  );
}

/**
 * Claims up to `limit` pending deliveries due at `now`: in one statement per workspace, their
 * attempt count goes up by one and their due time moves to `leaseUntil`, so that no other
 * deliverer takes them before this one has recorded the outcome (or, if this process dies,
 * before the lease ends). The workspaces whose oldest due delivery is the oldest go first,
 * and in each the longest due deliveries. Finding those workspaces is the one query that reads
 * every workspace's deliveries (on Citus, the one that visits every shard: docs/scaling.md);
 * each claim then runs in its workspace alone. On PostgreSQL, rows another process is claiming
 * at the same moment are skipped rather than waited for; on DuckDB one process holds the file
 * and the store runs its transactions one at a time.
 */
export async function claimDueDeliveries(store: Store, now: Date, leaseUntil: Date, limit: number): Promise<ClaimedDelivery[]> {
  const skipLocked = store.engine === 'postgres' ? ' for update skip locked' : '';
  const params = { now: sqlTimestamp(now), lease: sqlTimestamp(leaseUntil) };
  const due = await store.query<{ workspace_id: number }>(
    'workspaces with due webhook deliveries',
    `select workspace_id from webhook_deliveries where status = 'pending' and next_attempt_at <= cast($now as timestamp)
group by workspace_id order by min(next_attempt_at), workspace_id limit $limit`,
    { now: params.now, limit },
  );
  const claimed: ClaimedDelivery[] = [];
  for (const { workspace_id: workspace } of due) {
    if (claimed.length >= limit) break;
    const rows = await store.query<{ workspace_id: number; delivery_id: string; survey_id: string; url: string; body: string; attempts: number }>(
      'claim webhook deliveries',
      `update webhook_deliveries set attempts = attempts + 1, next_attempt_at = cast($lease as timestamp)
where workspace_id = $workspace and status = 'pending' and next_attempt_at <= cast($now as timestamp)
  and delivery_id in (
    select delivery_id from webhook_deliveries
    where workspace_id = $workspace and status = 'pending' and next_attempt_at <= cast($now as timestamp)
    order by next_attempt_at limit $limit${skipLocked})
returning workspace_id, delivery_id, survey_id, url, body, attempts`,
      { ...params, workspace, limit: limit - claimed.length },
    );
    claimed.push(
      ...rows.map((row) => ({
        workspaceId: row.workspace_id,
        id: row.delivery_id,
        surveyId: row.survey_id,
        url: row.url,
        body: row.body,
        attempts: row.attempts,
      })),
    );
  }
  return claimed;
}

/**
 * What came of one attempt: delivered (2xx), retried at `retryAt`, or failed for good
 * (`retryAt` null). `status` is the receiver's HTTP status, null when there was none.
 */
export interface AttemptOutcome {
  delivered: boolean;
  status: number | null;
  error: string | null;
  retryAt: Date | null;
}

/**
 * Records the outcome of the attempt `delivery.attempts` of a claimed delivery at `now`. Only
 * the claim that made that attempt can record it (the attempt count is its fence): false when
 * the delivery has moved on since (removed webhook, a later claim after the lease ran out).
 */
export async function recordAttempt(session: Session, delivery: ClaimedDelivery, outcome: AttemptOutcome, now: Date): Promise<boolean> {
  const status: DeliveryStatus = outcome.delivered ? 'delivered' : outcome.retryAt === null ? 'failed' : 'pending';
  const rows = await session.query(
    'record webhook attempt',
    `update webhook_deliveries set status = $status, last_status = $httpStatus, last_error = $error,
  next_attempt_at = cast($retryAt as timestamp), delivered_at = cast($deliveredAt as timestamp)
where workspace_id = $workspace and delivery_id = $id and status = 'pending' and attempts = $attempts
returning delivery_id`,
    {
      status,
      httpStatus: outcome.status,
      error: outcome.error,
      retryAt: outcome.retryAt === null || outcome.delivered ? null : sqlTimestamp(outcome.retryAt),
      deliveredAt: outcome.delivered ? sqlTimestamp(now) : null,
      workspace: delivery.workspaceId,
      id: delivery.id,
      attempts: delivery.attempts,
    },
  );
  return rows.length > 0;
}

/** The most deliveries one listing returns. */
export const MAX_LISTED_DELIVERIES = 1000;

/** The workspace's deliveries, newest first, of one survey and of one status when given; at most `limit`. */
export async function listDeliveries(
  store: Session,
  workspaceId: number,
  filter: { surveyId?: string; status?: DeliveryStatus; limit: number },
): Promise<DeliveryRecord[]> {
  const rows = await store.query<{
    delivery_id: string;
    survey_id: string;
    event: string;
    url: string;
    status: DeliveryStatus;
    attempts: number;
    last_status: number | null;
    last_error: string | null;
    created_at: string;
    next_attempt_at: string | null;
    delivered_at: string | null;
  }>(
    'list webhook deliveries',
    `select delivery_id, survey_id, event, url, status, attempts, last_status, last_error, cast(created_at as text) as created_at,
  cast(next_attempt_at as text) as next_attempt_at, cast(delivered_at as text) as delivered_at
from webhook_deliveries
where workspace_id = $workspace and (cast($survey as text) is null or survey_id = $survey) and (cast($status as text) is null or status = $status)
order by created_at desc, delivery_id limit $limit`,
    { workspace: workspaceId, survey: filter.surveyId ?? null, status: filter.status ?? null, limit: Math.min(filter.limit, MAX_LISTED_DELIVERIES) },
  );
  const iso = (text: string | null) => (text === null ? null : isoSeconds(text));
  return rows.map((row) => ({
    id: row.delivery_id,
    surveyId: row.survey_id,
    event: row.event,
    url: row.url,
    status: row.status,
    attempts: row.attempts,
    lastStatus: row.last_status,
    lastError: row.last_error,
    createdAt: isoSeconds(row.created_at),
    nextAttemptAt: row.status === 'pending' ? iso(row.next_attempt_at) : null,
    deliveredAt: iso(row.delivered_at),
  }));
}
