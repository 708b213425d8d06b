import { cors } from 'hono/cors';
import { NotFoundError, UsageError } from '../../errors/errors.js';
import { parseAnswerBody } from '../../services/surveys/answerBody.js';
import { answerSurvey } from '../../services/surveys/answerSurvey.js';
import { findInvitationByToken, linkSubmission } from '../../services/surveys/invitationToken.js';
import { cachedSurveyAnywhere } from '../../services/surveys/loadSurvey.js';
import { invitationChannel, linkChannel } from '../../services/surveys/surveyDefinition.js';
import { jsonObject } from '../auth/smallBody.js';
import { clientAddress } from '../clientAddress.js';
import { pageLanguage } from '../pages/pageLanguage.js';
import type { Route } from '../route.js';
import { DEFAULT_ANSWER_LIMIT, type RateLimit, rateLimitFromEnv, TokenBuckets } from '../tokenBuckets.js';

/** CORS for the answer route alone: other programs and the on-site widget post from any origin, without credentials. */
const answerCors = cors({ origin: '*', allowMethods: ['POST'], allowHeaders: ['Content-Type'], maxAge: 86_400 });

/**
 * The public answer route (docs/surveys.md): `POST /api/surveys/:id/responses` with one answer
 * set, by anyone while the survey is open, answered 201 `{"id"}` once committed; with the
 * `token` of a personal link, the invitation's answer set (200 when it replaces one). Per client
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
        const invitation = body.token === undefined ? null : await findInvitationByToken(c.get('store'), survey.surveyId, body.token);
        if (body.token !== undefined && invitation === null)
          throw new UsageError('token is not a personal link of this survey: it was altered, or made for another survey.');
        const channel = body.channel ?? (invitation === null ? linkChannel(survey.definition) : invitationChannel(survey.definition));
        const receipt = await answerSurvey(
          c.get('store'),
          survey,
          {
            answers: body.answers,
            channel,
            language: body.language ?? invitation?.language ?? pageLanguage(c),
            customerId: body.customerId,
            attributes: body.attributes,
            ...(invitation === null ? {} : linkSubmission(invitation, body.attributes)),
          },
          new Date(),
        );
        // A personal link's answer set answered again is replaced: 200 rather than 201.
        return c.json({ id: receipt.responseId }, invitation !== null && receipt.existed ? 200 : 201);
      },
    },
  ];
}
