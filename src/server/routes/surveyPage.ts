import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { HtmlEscapedString } from 'hono/utils/html';
import { StateError, UsageError } from '../../errors/errors.js';
import { isLanguage, type Language } from '../../output/language.js';
import { answerSurvey, newResponseId } from '../../services/surveys/answerSurvey.js';
import { cachedSurveyAnywhere, type LoadedSurvey } from '../../services/surveys/loadSurvey.js';
import { findInvitationByToken, invitationOfResponse, linkSubmission, type ResolvedInvitation } from '../../services/surveys/invitationToken.js';
import { signResponseToken, verifyResponseToken } from '../../services/surveys/responseToken.js';
import { type Channel, invitationChannel, linkChannel, pageCount } from '../../services/surveys/surveyDefinition.js';
import { surveyState } from '../../services/surveys/surveyState.js';
import { type AnswerRow, findSurveyResponse } from '../../store/surveys/answerRows.js';
import { formValues } from '../auth/smallBody.js';
import { clientAddress } from '../clientAddress.js';
import { pageLanguage } from '../pages/pageLanguage.js';
import { pageHeaders } from '../pages/renderPage.js';
import { HONEYPOT_FIELD, type Notice, noticePage, type Problem, surveyFormPage, surveyHref } from '../pages/surveyPage.js';
import type { AppEnv, Route } from '../route.js';
import { DEFAULT_ANSWER_LIMIT, type RateLimit, rateLimitFromEnv, TokenBuckets } from '../tokenBuckets.js';
import { firstIncompletePage, readPageForm, storedValues } from './surveyPageForm.js';

type PageContext = Context<AppEnv>;

/** Who answers, as far as the request tells: the answer set continued, and what a personal link will add (customer, invitation, attributes, language). */
export interface Respondent {
  responseId?: string | undefined;
  customerId?: string | undefined;
  invitationId?: string | undefined;
  attributes?: Readonly<Record<string, string | number | boolean>> | undefined;
  language?: Language | undefined;
  /** The channel the answers come through: a personal link's is email (when the survey takes it). */
  channel?: Channel | undefined;
}

/**
 * The respondent of a request to the survey page: the one place that reads who answers. A
 * personal link's token (`t`, in the URL a recipient opens) names its invitation; later pages
 * carry the continuation token (`r`, in the URL of a GET, in the form of a POST) of the answer
 * set, and when that set is a personal link's (`i_<invitationId>`) its invitation again — so
 * every page of a link keeps its customer, attributes and language.
 *
 * @returns the respondent ({} for a newcomer), or null when a token is not this survey's (forged, altered, another's)
 */
export async function respondentOf(c: PageContext, survey: LoadedSurvey): Promise<Respondent | null> {
  const store = c.get('store');
  const link = c.req.method === 'GET' ? c.req.query('t') : undefined;
  if (link !== undefined && link !== '') {
    const invitation = await findInvitationByToken(store, survey.surveyId, link);
    return invitation === null ? null : invited(invitation, survey);
  }
  const token = c.req.method === 'POST' ? (await formValues(c)).get('r') : c.req.query('r');
  if (token === undefined || token === null || token === '') return {};
  const responseId = await verifyResponseToken(store, survey.workspaceId, survey.surveyId, token);
  if (responseId === null) return null;
  const invitation = await invitationOfResponse(store, survey.workspaceId, survey.surveyId, responseId);
  return invitation === null ? { responseId } : invited(invitation, survey);
}

/** The respondent of a personal link: its answer set, invitation, customer, attributes, language and channel. */
function invited(invitation: ResolvedInvitation, survey: LoadedSurvey): Respondent {
  return { ...linkSubmission(invitation), language: invitation.language, channel: invitationChannel(survey.definition) };
}

/** The language chosen with `?lang=`, which links and redirects keep; undefined when none was. */
function chosenLanguage(c: PageContext): Language | undefined {
  const asked = c.req.query('lang');
  return asked !== undefined && isLanguage(asked) ? asked : undefined;
}

/** The page's language: `?lang=`, else the respondent's own (a personal link's), else Accept-Language. */
function languageOf(c: PageContext, respondent: Respondent | null = null): Language {
  return chosenLanguage(c) ?? respondent?.language ?? pageLanguage(c);
}

/** The other of the two languages. */
function otherOf(language: Language): Language {
  return language === 'fr' ? 'en' : 'fr';
}

/** Sends a page with the pages' policy and `no-store` (a page may carry a continuation token, which no cache must keep). */
async function send(c: PageContext, page: HtmlEscapedString | Promise<HtmlEscapedString>, status: 200 | 400 | 404 | 409 | 410 | 413 | 429 = 200) {
  pageHeaders(c);
  c.header('Cache-Control', 'no-store');
  return c.html(await page, status);
}

/** Sends a notice page about the survey in the page's language, with the link to it in the other language. */
function notice(c: PageContext, surveyId: string, fields: Omit<Notice, 'otherLanguage'>, status: 200 | 400 | 404 | 409 | 410 | 413 | 429) {
  const other = surveyHref(surveyId, { done: c.req.query('done'), lang: otherOf(fields.language) });
  return send(c, noticePage({ ...fields, otherLanguage: other }), status);
}

/** The notice of a survey that takes no answers now (410 closed; not open yet: 200 for a visit, 409 for an answer), or null when it is open. */
function stateNotice(c: PageContext, survey: LoadedSurvey, language: Language, now: Date) {
  const state = surveyState(survey.definition, survey.closedAt, now);
  if (state.status === 'open') return null;
  const surveyTitle = survey.definition.title;
  if (state.status === 'closed') return notice(c, survey.surveyId, { language, kind: 'closed', surveyTitle }, 410);
  return notice(c, survey.surveyId, { language, kind: 'scheduled', surveyTitle, opensAt: state.opensAt }, c.req.method === 'GET' ? 200 : 409);
}

/** The page number a request names (`page` of the URL or the form), or null when it is not one of the survey's pages. */
function pageNumber(text: string | null | undefined, survey: LoadedSurvey): number | null {
  const page = Number(text);
  return /^\d{1,3}$/.test(text ?? '') && page >= 1 && page <= pageCount(survey.definition) ? page : null;
}

/** The answers stored so far in the respondent's answer set (none for a new one). */
async function storedRows(c: PageContext, survey: LoadedSurvey, respondent: Respondent): Promise<AnswerRow[] | null> {
  if (respondent.responseId === undefined) return [];
  const stored = await findSurveyResponse(c.get('store'), survey.workspaceId, respondent.responseId);
  if (stored !== null && stored.surveyId !== survey.surveyId) return null;
  return stored?.answers ?? [];
}

/** What the form of one page needs besides its answers: the language, the page, the token, the links. */
function formOf(c: PageContext, survey: LoadedSurvey, language: Language, page: number, token: string) {
  const lang = chosenLanguage(c);
  const id = survey.surveyId;
  return {
    language,
    surveyId: id,
    definition: survey.definition,
    page,
    pageCount: pageCount(survey.definition),
    token,
    links: {
      action: surveyHref(id, { lang }),
      previous: page > 1 ? surveyHref(id, { page: page - 1, r: token, lang }) : undefined,
      otherLanguage: surveyHref(id, { page: page > 1 ? page : undefined, r: token, lang: otherOf(language) }),
    },
  };
}

/**
 * The public survey page (docs/surveys.md, "The survey page"), for anyone, no script:
 *
 * - `GET /s/:id` shows page `page` (1 by default) of the survey in the respondent's language,
 *   with the answers already saved in the answer set its token `r` names; `done=1` is the
 *   thanks page. A survey closed is answered 410, one not open yet 200, an unknown one 404,
 *   a token not this survey's 400.
 * - `POST /s/:id` saves the page sent into the answer set (a new one without a token: the
 *   form of page 1 carries a token drawn when it was shown, so a form sent twice saves one
 *   set) and answers 303 to the next page or the thanks page; refused answers get the page
 *   again, 400, with the refusals. At most BAROMETRE_ANSWER_RATE posts a second per client
 *   address (429 past it, counted in memory, never stored); a filled honeypot is answered
 *   as if saved and nothing is stored.
 */
export function surveyPageRoutes(limit?: RateLimit): Route[] {
  let chosen = limit;
  const buckets = new TokenBuckets(() => (chosen ??= rateLimitFromEnv('BAROMETRE_ANSWER', DEFAULT_ANSWER_LIMIT)));
  return [
    {
      method: 'GET',
      path: '/s/:id',
      access: 'anyone',
      parameters: ['lang', 'page', 'r', 't', 'done'],
      async handle(c) {
        const store = c.get('store');
        const id = c.req.param('id') ?? '';
        const survey = await cachedSurveyAnywhere(store, id);
        if (survey === null) return notice(c, id, { language: languageOf(c), kind: 'unknown' }, 404);
        const surveyTitle = survey.definition.title;
        if (c.req.query('done') !== undefined) return notice(c, id, { language: languageOf(c), kind: 'thanks', surveyTitle }, 200);
        const closed = stateNotice(c, survey, languageOf(c), new Date());
        if (closed !== null) return closed;
        const respondent = await respondentOf(c, survey);
        const language = languageOf(c, respondent);
        const page = pageNumber(c.req.query('page') ?? '1', survey);
        const rows = respondent === null ? null : await storedRows(c, survey, respondent);
        if (respondent === null || rows === null) return notice(c, id, { language, kind: 'badLink', surveyTitle, restart: surveyHref(id) }, 400);
        if (page === null) return notice(c, id, { language, kind: 'badPage', surveyTitle, restart: surveyHref(id) }, 400);
        const back = firstIncompletePage(survey.definition, rows, page);
        if (back !== null) return c.redirect(surveyHref(id, { page: back > 1 ? back : undefined, r: c.req.query('r'), lang: chosenLanguage(c) }), 303);
        const token = await signResponseToken(store, survey.workspaceId, id, respondent.responseId ?? newResponseId());
        return send(c, surveyFormPage({ ...formOf(c, survey, language, page, token), values: storedValues(rows), problems: new Map() }));
      },
    },
    {
      method: 'POST',
      path: '/s/:id',
      access: 'anyone',
      parameters: ['lang'],
      async handle(c) {
        const store = c.get('store');
        const id = c.req.param('id') ?? '';
        const wait = buckets.take(clientAddress(c));
        if (wait > 0) {
          c.header('Retry-After', String(Math.ceil(wait)));
          return notice(c, id, { language: languageOf(c), kind: 'limited', retryAfter: Math.ceil(wait) }, 429);
        }
        const survey = await cachedSurveyAnywhere(store, id);
        if (survey === null) return notice(c, id, { language: languageOf(c), kind: 'unknown' }, 404);
        const surveyTitle = survey.definition.title;
        const now = new Date();
        const closed = stateNotice(c, survey, languageOf(c), now);
        if (closed !== null) return closed;
        let form: URLSearchParams;
        try {
          form = await formValues(c);
        } catch (error) {
          if (error instanceof HTTPException && error.status === 413) return notice(c, id, { language: languageOf(c), kind: 'tooLarge', surveyTitle }, 413);
          throw error;
        }
        const lang = chosenLanguage(c);
        if ((form.get(HONEYPOT_FIELD) ?? '') !== '') return c.redirect(surveyHref(id, { done: 1, lang }), 303);
        const respondent = await respondentOf(c, survey);
        const language = languageOf(c, respondent);
        const page = pageNumber(form.get('page'), survey);
        const rows = respondent === null ? null : await storedRows(c, survey, respondent);
        if (respondent === null || rows === null) return notice(c, id, { language, kind: 'badLink', surveyTitle, restart: surveyHref(id) }, 400);
        if (page === null) return notice(c, id, { language, kind: 'badPage', surveyTitle, restart: surveyHref(id) }, 400);
        const back = firstIncompletePage(survey.definition, rows, page);
        if (back !== null) return c.redirect(surveyHref(id, { page: back > 1 ? back : undefined, r: form.get('r') ?? undefined, lang }), 303);
        const responseId = respondent.responseId ?? newResponseId();
        const token = await signResponseToken(store, survey.workspaceId, id, responseId);
        const { values, answers, problems } = readPageForm(survey.definition, page, form);
        const again = (refused: Map<string, Problem>, error?: string) =>
          send(c, surveyFormPage({ ...formOf(c, survey, language, page, token), values, problems: refused, error }), 400);
        if (problems.size > 0) return again(problems);
        try {
          const receipt = await answerSurvey(
            store,
            survey,
            {
              answers,
              page,
              responseId,
              channel: respondent.channel ?? linkChannel(survey.definition),
              language,
              customerId: respondent.customerId,
              invitationId: respondent.invitationId,
              attributes: respondent.attributes,
            },
            now,
          );
          if (receipt.finished) return c.redirect(surveyHref(id, { done: 1, lang }), 303);
          return c.redirect(surveyHref(id, { page: page + 1, r: token, lang }), 303);
        } catch (error) {
          if (error instanceof StateError)
            return stateNotice(c, survey, language, new Date()) ?? again(new Map(), language === 'fr' ? error.inFrench() : error.message);
          if (error instanceof UsageError) return again(new Map(), language === 'fr' ? error.inFrench() : error.message);
          throw error;
        }
      },
    },
  ];
}
