import { randomUUID } from 'node:crypto';
import type { Session } from '../../store/Store.js';
import { findSurveyWebhook } from '../../store/webhooks/surveyWebhooks.js';
import { insertDelivery } from '../../store/webhooks/webhookDeliveries.js';

/** The event a delivery announces: an answer (webhooks `on: answers`), or a detractor's answer (webhooks `on: detractors`). */
export type WebhookEvent = 'response.created' | 'detractor.created';

/** One answer set, as the answer path hands it over. */
export interface AnsweredSurvey {
  surveyId: string;
  /** Whether the answer is a detractor's (NPS 0–6): only such answers reach `on: detractors` webhooks. */
  detractor: boolean;
  /** What the receiver gets as the payload's `data`: the answer, as the answer path words it. */
  data: Readonly<Record<string, unknown>>;
}

/**
 * Queues the webhook delivery of one answer, inside the caller's transaction (the one that
 * stores the answer), so that an answer is announced once if and only if it is stored
 * (docs/api.md, "Survey webhooks"). A webhook `on: answers` gets every answer as
 * `response.created`; one `on: detractors` gets detractors' answers alone, as
 * `detractor.created`. The body is written now and sent as is by every attempt:
 * `{"id", "event", "createdAt", "surveyId", "data"}`. Returns the delivery's id, or null
 * when the survey has no webhook that wants this answer.
 */
export async function enqueueDelivery(session: Session, workspaceId: number, answer: AnsweredSurvey, now = new Date()): Promise<string | null> {
  const webhook = await findSurveyWebhook(session, workspaceId, answer.surveyId);
  if (webhook === null || (webhook.on === 'detractors' && !answer.detractor)) return null;
  const event: WebhookEvent = webhook.on === 'detractors' ? 'detractor.created' : 'response.created';
  const id = randomUUID();
  const body = JSON.stringify({ id, event, createdAt: now.toISOString(), surveyId: answer.surveyId, data: answer.data });
  await insertDelivery(session, workspaceId, { id, surveyId: answer.surveyId, event, url: webhook.url, body }, now);
  return id;
}
