import { UsageError } from '../../errors/errors.js';
import { getSurveyWebhook, listSurveyDeliveries, removeSurveyWebhook, setSurveyWebhook } from '../../services/webhooks/surveyWebhooks.js';
import { DELIVERY_STATUSES, type DeliveryStatus, MAX_LISTED_DELIVERIES } from '../../store/webhooks/webhookDeliveries.js';
import { jsonObject } from '../auth/smallBody.js';
import type { Route } from '../route.js';

/** The fields PUT /api/surveys/:id/webhook takes. */
const SET_UP_FIELDS = ['url', 'on'];

/** The deliveries GET …/deliveries lists unless `limit` says otherwise. */
const DEFAULT_LISTED = 100;

/** The `status` URL parameter: one of the delivery statuses, or absent for all. */
function statusParameter(text: string | undefined): DeliveryStatus | undefined {
  if (text === undefined) return undefined;
  const status = DELIVERY_STATUSES.find((candidate) => candidate === text);
  if (status === undefined) throw new UsageError(`status ${JSON.stringify(text)} is not one of ${DELIVERY_STATUSES.join(', ')}.`);
  return status;
}

/** The `limit` URL parameter: a whole number from 1 to {@link MAX_LISTED_DELIVERIES}, {@link DEFAULT_LISTED} when absent. */
function limitParameter(text: string | undefined): number {
  if (text === undefined) return DEFAULT_LISTED;
  const limit = /^\d{1,4}$/.test(text) ? Number(text) : Number.NaN;
  if (!(limit >= 1 && limit <= MAX_LISTED_DELIVERIES))
    throw new UsageError(`limit ${JSON.stringify(text)} must be a whole number from 1 to ${MAX_LISTED_DELIVERIES}.`);
  return limit;
}

/**
 * The webhook of a survey, for the workspace's signed-in admins (docs/api.md, "Survey
 * webhooks"): PUT sets it up or replaces it, answering its new secret this once; GET shows it
 * without the secret; DELETE removes it (204); GET …/deliveries lists its deliveries, newest
 * first, and how each went.
 */
export const webhookRoutes: readonly Route[] = [
  {
    method: 'PUT',
    path: '/api/surveys/:id/webhook',
    access: 'admin',
    parameters: [],
    async handle(c) {
      const body = await jsonObject(c);
      const unknown = Object.keys(body).find((field) => !SET_UP_FIELDS.includes(field));
      if (unknown !== undefined) throw new UsageError(`The field ${JSON.stringify(unknown)} is unknown: a webhook takes only url and on.`);
      return c.json(await setSurveyWebhook(c.get('store'), c.get('workspaceId'), c.req.param('id') ?? '', { url: body.url, on: body.on }));
    },
  },
  {
    method: 'GET',
    path: '/api/surveys/:id/webhook',
    access: 'admin',
    parameters: [],
    async handle(c) {
      return c.json(await getSurveyWebhook(c.get('store'), c.get('workspaceId'), c.req.param('id') ?? ''));
    },
  },
  {
    method: 'DELETE',
    path: '/api/surveys/:id/webhook',
    access: 'admin',
    parameters: [],
    async handle(c) {
      await removeSurveyWebhook(c.get('store'), c.get('workspaceId'), c.req.param('id') ?? '');
      return c.body(null, 204);
    },
  },
  {
    method: 'GET',
    path: '/api/surveys/:id/webhook/deliveries',
    access: 'admin',
    parameters: ['status', 'limit'],
    async handle(c) {
      const filter = { status: statusParameter(c.req.query('status')), limit: limitParameter(c.req.query('limit')) };
      return c.json({ deliveries: await listSurveyDeliveries(c.get('store'), c.get('workspaceId'), c.req.param('id') ?? '', filter) });
    },
  },
];
