import type { Context } from 'hono';
import { StateError, UsageError } from '../../errors/errors.js';
import type { Language } from '../../output/language.js';
import { newResponseId } from '../../services/surveys/answerSurvey.js';
import { type LoadedSurvey, loadSurvey } from '../../services/surveys/loadSurvey.js';
import { type InterviewEntry, interviewChannels, recordInterview } from '../../services/surveys/recordInterview.js';
import { surveyState } from '../../services/surveys/surveyState.js';
import { smallBody } from '../auth/smallBody.js';
import {
  firstValue,
  type InterviewRefusal,
  interviewFormPage,
  interviewPath,
  interviewRecordedPage,
  interviewRefusedPage,
  unknownSurveyPage,
} from '../pages/interviewPage.js';
import { pageLanguage } from '../pages/pageLanguage.js';
import type { AppEnv, Route } from '../route.js';

/** Why the survey takes no interview at `now`, or null when it takes one. */
function refusalOf(survey: LoadedSurvey, now: Date): InterviewRefusal | null {
  if (interviewChannels(survey.definition).length === 0) return { reason: 'noChannel' };
  const state = surveyState(survey.definition, survey.closedAt, now);
  if (state.status === 'scheduled') return { reason: 'scheduled', opensAt: state.opensAt };
  if (state.status === 'closed') return { reason: 'closed', closedOn: state.closedOn };
  return null;
}

/** The form's fields, every value of each (a multichoice question sends several). */
async function formValues(c: Context<AppEnv>): Promise<Record<string, string | string[]>> {
  const values: Record<string, string | string[]> = {};
  if (!/^application\/x-www-form-urlencoded\b/i.test(c.req.header('content-type') ?? '')) return values;
  const parameters = new URLSearchParams(await smallBody(c));
  for (const name of new Set(parameters.keys())) {
    const all = parameters.getAll(name);
    values[name] = all.length === 1 ? all[0]! : all;
  }
  return values;
}

/** The interview the form's fields describe: the answers by question id (a multichoice's as a list), the rest as text. */
function entryOf(survey: LoadedSurvey, values: Record<string, string | string[]>): InterviewEntry {
  const answers: Record<string, string | string[]> = {};
  for (const question of survey.definition.questions) {
    const value = values[`answers.${question.id}`];
    if (value === undefined) continue;
    answers[question.id] = question.type === 'multichoice' ? (Array.isArray(value) ? value : [value]) : firstValue(values, `answers.${question.id}`);
  }
  return {
    responseId: firstValue(values, 'response_id'),
    channel: firstValue(values, 'channel'),
    language: firstValue(values, 'language'),
    customerId: firstValue(values, 'customer_id'),
    answers,
  };
}

/** The error's sentence in the page's language. */
function sentence(error: UsageError | StateError, language: Language): string {
  return language === 'fr' ? error.inFrench() : error.message;
}

/**
 * The interviewer's form (docs/surveys.md, "Interviews"), for signed-in editors, no script:
 * `GET /surveys/:id/interview` shows every question of the survey on one page with the
 * channel (the survey's among phone and face to face), the language and, for a customer
 * survey, an optional customer id; the form carries an answer set id drawn when it is shown.
 * `POST /surveys/:id/interview` records it with the signed-in user's e-mail address as the
 * interviewer and sends to the confirmation (303), or shows the form again with the refusal
 * and the values sent (400; 409 when the survey takes no answers).
 */
export const interviewPageRoutes: readonly Route[] = [
  {
    method: 'GET',
    path: '/surveys/:id/interview',
    access: 'editor',
    parameters: ['lang', 'recorded'],
    async handle(c) {
      const language = pageLanguage(c);
      const survey = await loadSurvey(c.get('store'), c.get('workspaceId'), c.req.param('id') ?? '');
      if (survey === null) return unknownSurveyPage(c, language);
      if (c.req.query('recorded') !== undefined) return interviewRecordedPage(c, language, survey);
      const refusal = refusalOf(survey, new Date());
      if (refusal !== null) return interviewRefusedPage(c, language, survey, refusal);
      return interviewFormPage(c, { language, csrf: c.get('user')?.csrfToken ?? '', survey, values: { response_id: newResponseId(), language } });
    },
  },
  {
    method: 'POST',
    path: '/surveys/:id/interview',
    access: 'editor',
    parameters: ['lang'],
    async handle(c) {
      const language = pageLanguage(c);
      const survey = await loadSurvey(c.get('store'), c.get('workspaceId'), c.req.param('id') ?? '');
      if (survey === null) return unknownSurveyPage(c, language);
      const now = new Date();
      const refusal = refusalOf(survey, now);
      if (refusal !== null) return interviewRefusedPage(c, language, survey, refusal);
      const values = await formValues(c);
      const user = c.get('user');
      try {
        await recordInterview(c.get('store'), survey, entryOf(survey, values), user?.email ?? '', now);
      } catch (error) {
        if (!(error instanceof UsageError || error instanceof StateError)) throw error;
        const status = error instanceof StateError ? 409 : 400;
        return interviewFormPage(c, { language, csrf: user?.csrfToken ?? '', survey, values, error: sentence(error, language) }, status);
      }
      const path = interviewPath(c, survey.surveyId);
      return c.redirect(`${path}${path.includes('?') ? '&' : '?'}recorded=1`, 303);
    },
  },
];
