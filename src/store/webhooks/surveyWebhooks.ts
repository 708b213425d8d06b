import { sqlTimestamp } from '../sqlTimestamp.js';
import type { Session } from '../Store.js';
import { isoSeconds } from '../timestampText.js';

/** Which answers a survey's webhook is sent: every answer, or the detractors' alone. */
export type WebhookTrigger = 'answers' | 'detractors';

export const WEBHOOK_TRIGGERS: readonly WebhookTrigger[] = ['answers', 'detractors'];

/** A survey's webhook as stored, its signing secret included. */
export interface StoredWebhook {
  surveyId: string;
  url: string;
  on: WebhookTrigger;
  secret: string;
  createdAt: string;
  updatedAt: string;
}

/**
 * Makes or replaces the survey's webhook (its creation time kept on a replacement), and
 * points the survey's pending deliveries at the new URL: an admin who corrects the address
 * wants the retries to go there.
 */
export async function upsertSurveyWebhook(
  session: Session,
  workspaceId: number,
  webhook: { surveyId: string; url: string; on: WebhookTrigger; secret: string },
  now: Date,
): Promise<void> {
  const params = { workspace: workspaceId, survey: webhook.surveyId, url: webhook.url, on: webhook.on, secret: webhook.secret, now: sqlTimestamp(now) };
  await session.query(
    'set survey webhook',
    `insert into survey_webhooks (workspace_id, survey_id, url, secret, on_event, created_at, updated_at)
values ($workspace, $survey, $url, $secret, $on, cast($now as timestamp), cast($now as timestamp))
on conflict (workspace_id, survey_id) do update set url = excluded.url, secret = excluded.secret, on_event = excluded.on_event, updated_at = excluded.updated_at`,
    params,
  );
  await session.query(
    'redirect pending deliveries',
    `update webhook_deliveries set url = $url where workspace_id = $workspace and survey_id = $survey and status = 'pending'`,
    params,
  );
}

/** The survey's webhook, or null when it has none. */
export async function findSurveyWebhook(session: Session, workspaceId: number, surveyId: string): Promise<StoredWebhook | null> {
  const [row] = await session.query<{ url: string; on_event: WebhookTrigger; secret: string; created_at: string; updated_at: string }>(
    'find survey webhook',
    `select url, on_event, secret, cast(created_at as text) as created_at, cast(updated_at as text) as updated_at
from survey_webhooks where workspace_id = $workspace and survey_id = $survey`,
    { workspace: workspaceId, survey: surveyId },
  );
  if (row === undefined) return null;
  return { surveyId, url: row.url, on: row.on_event, secret: row.secret, createdAt: isoSeconds(row.created_at), updatedAt: isoSeconds(row.updated_at) };
}

/**
 * Removes the survey's webhook and ends its pending deliveries as failed (there is no
 * longer a secret to sign them with); false when the survey had no webhook.
 */
export async function deleteSurveyWebhook(session: Session, workspaceId: number, surveyId: string): Promise<boolean> {
  const params = { workspace: workspaceId, survey: surveyId };
  const removed = await session.query(
    'remove survey webhook',
    'delete from survey_webhooks where workspace_id = $workspace and survey_id = $survey returning survey_id',
    params,
  );
  if (removed.length === 0) return false;
  await session.query(
    'fail pending deliveries',
    `update webhook_deliveries set status = 'failed', next_attempt_at = null, last_error = 'The webhook was removed.'
where workspace_id = $workspace and survey_id = $survey and status = 'pending'`,
    params,
  );
  return true;
}
