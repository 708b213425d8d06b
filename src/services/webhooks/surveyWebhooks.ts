import { randomBytes } from 'node:crypto';
import { NotFoundError, UsageError } from '../../errors/errors.js';
import type { Store } from '../../store/Store.js';
import { findSurvey } from '../../store/surveys/surveyRows.js';
import {
  deleteSurveyWebhook,
  findSurveyWebhook,
  type StoredWebhook,
  upsertSurveyWebhook,
  WEBHOOK_TRIGGERS,
  type WebhookTrigger,
} from '../../store/webhooks/surveyWebhooks.js';
import { type DeliveryRecord, type DeliveryStatus, listDeliveries } from '../../store/webhooks/webhookDeliveries.js';
import { checkWebhookUrl, privateTargetsAllowedByEnv, unreachableReason } from './webhookTarget.js';

/** A survey's webhook as an admin sees it after set-up: the secret is shown only when it is made. */
export type SurveyWebhook = Omit<StoredWebhook, 'secret'>;

/** A new signing secret: `whsec_` and 256 random bits in base64url. */
function newSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

/** What set-up may be told: the URL and which answers to send. */
export interface WebhookSetUp {
  url: unknown;
  on: unknown;
}

/**
 * Makes or replaces the webhook of the workspace's survey `surveyId` (docs/api.md, "Survey
 * webhooks") with a new random secret, returned this once. The URL is refused when it is not
 * http(s), holds credentials, or (unless `allowPrivate`, from BAROMETRE_WEBHOOK_ALLOW_PRIVATE
 * by default) points to a non-public address; `on` must be `answers` or `detractors`. A
 * NotFoundError when the workspace has no such survey; an employee survey has none (its
 * answers are shown only in groups of 5 or more).
 */
export async function setSurveyWebhook(
  store: Store,
  workspaceId: number,
  surveyId: string,
  setUp: WebhookSetUp,
  { allowPrivate = privateTargetsAllowedByEnv(), now = new Date() } = {},
): Promise<SurveyWebhook & { secret: string }> {
  if (typeof setUp.url !== 'string') throw new UsageError('url must be a text: the http or https address to send answers to.');
  if (typeof setUp.on !== 'string' || !WEBHOOK_TRIGGERS.includes(setUp.on as WebhookTrigger)) {
    throw new UsageError(`on must be ${WEBHOOK_TRIGGERS.join(' or ')}.`);
  }
  const url = checkWebhookUrl(setUp.url, allowPrivate);
  const unreachable = await unreachableReason(url, allowPrivate);
  if (unreachable !== null) throw new UsageError(unreachable);
  const webhook = { surveyId, url: url.href, on: setUp.on as WebhookTrigger, secret: newSecret() };
  const stored = await store.transaction(async (session) => {
    const survey = await findSurvey(session, workspaceId, surveyId);
    if (survey === null) return null;
    if (survey.audience === 'employees') {
      throw new UsageError('An employee survey has no webhook: sending each answer on would show answers of groups under 5, which its anonymity forbids.');
    }
    await upsertSurveyWebhook(session, workspaceId, webhook, now);
    return findSurveyWebhook(session, workspaceId, surveyId);
  });
  if (stored === null) throw noSurvey(surveyId);
  return stored;
}

/** The webhook of the workspace's survey without its secret; a NotFoundError when it has none. */
export async function getSurveyWebhook(store: Store, workspaceId: number, surveyId: string): Promise<SurveyWebhook> {
  const stored = await findSurveyWebhook(store, workspaceId, surveyId);
  if (stored === null) throw noWebhook(surveyId);
  const { secret: _, ...webhook } = stored;
  return webhook;
}

/** Removes the survey's webhook, its pending deliveries ending as failed; a NotFoundError when it has none. */
export async function removeSurveyWebhook(store: Store, workspaceId: number, surveyId: string): Promise<void> {
  if (!(await store.transaction((session) => deleteSurveyWebhook(session, workspaceId, surveyId)))) throw noWebhook(surveyId);
}

/** The deliveries of the workspace's survey, newest first, of one status when given; a NotFoundError when it has no such survey. */
export async function listSurveyDeliveries(
  store: Store,
  workspaceId: number,
  surveyId: string,
  filter: { status?: DeliveryStatus; limit: number },
): Promise<DeliveryRecord[]> {
  if ((await findSurvey(store, workspaceId, surveyId)) === null) throw noSurvey(surveyId);
  return listDeliveries(store, workspaceId, { surveyId, ...filter });
}

function noSurvey(surveyId: string): NotFoundError {
  return new NotFoundError(`The workspace has no survey ${JSON.stringify(surveyId)}.`);
}

function noWebhook(surveyId: string): NotFoundError {
  return new NotFoundError(`The survey ${JSON.stringify(surveyId)} has no webhook.`);
}
