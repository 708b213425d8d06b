import { cors } from 'hono/cors';
import { NotFoundError } from '../../errors/errors.js';
import { parseAnswerBody } from '../../services/surveys/answerBody.js';
import { answerSurvey } from '../../services/surveys/answerSurvey.js';
import { cachedSurveyAnywhere } from '../../services/surveys/loadSurvey.js';
import { linkChannel } from '../../services/surveys/surveyDefinition.js';
import { jsonObject } from '../auth/smallBody.js';
import { clientAddress } from '../clientAddress.js';
import { pageLanguage } from '../pages/pageLanguage.js';
import type { Route } from '../route.js';
import { DEFAULT_ANSWER_LIMIT, type RateLimit, rateLimitFromEnv, TokenBuckets } from '../tokenBuckets.js';

/** CORS for the answer route alone: other programs and the on-site widget post from any origin, without credentials. */
const answerCors = cors({ origin: '*', allowMethods: ['POST'], allowHeaders: ['Content-Type'], maxAge: 86_400 });

/**
 * The public answer route (docs/surveys.md): `POST /api/surveys/:id/responses` with one answer
 * set, by anyone while the survey is open, answered 201 `{"id"}` once committed. Per client
 * address, at most `limit` requests (BAROMETRE_ANSWER_RATE and _BURST, 5 a second and 20 at
 * once by default): past it, 429 with `Retry-After`. The address is counted in memory only,
 * never stored.
 */
export function surveyAnswerRoutes(limit?: RateLimit): Route[] {
  let chosen = limit;
  const limitNow = () => (chosen ??= rateLimitFromEnv('BAROMETRE_ANSWER', DEFAULT_ANSWER_LIMIT));
  const buckets = new TokenBuckets(limitNow);
  return [
    {
      method: 'OPTIONS',
      path: '/api/surveys/:id/responses',
      access: 'anyone',
      before: [answerCors],
      parameters: [],
      handle: async (c) => c.body(null, 204),
    },
    {
      method: 'POST',
      path: '/api/surveys/:id/responses',
      access: 'anyone',
      before: [answerCors],
      parameters: [],
      async handle(c) {
        const wait = buckets.take(clientAddress(c));
        if (wait > 0) {
          const seconds = Math.ceil(wait);
          return c.json({ error: `Too many answers from this address; try again in ${seconds} s.` }, 429, { 'Retry-After': String(seconds) });
        }
        const id = c.req.param('id') ?? '';
        const survey = await cachedSurveyAnywhere(c.get('store'), id);
        if (survey === null) throw new NotFoundError(`There is no survey ${JSON.stringify(id)}.`);
        const body = parseAnswerBody(await jsonObject(c));
        if ('error' in body) throw body.error;
        const channel = body.channel ?? linkChannel(survey.definition);
        const receipt = await answerSurvey(
          c.get('store'),
          survey,
          { answers: body.answers, channel, language: body.language ?? pageLanguage(c), customerId: body.customerId, attributes: body.attributes },
          new Date(),
        );
        return c.json({ id: receipt.responseId }, 201);
      },
    },
  ];
}
