import { StateError, UsageError } from '../../errors/errors.js';
import type { Language } from '../../output/language.js';
import { newResponseId } from '../../services/surveys/answerSurvey.js';
import { type LoadedSurvey, loadSurvey } from '../../services/surveys/loadSurvey.js';
import { interviewChannels, recordInterview } from '../../services/surveys/recordInterview.js';
import { surveyState } from '../../services/surveys/surveyState.js';
import { formValues } from '../auth/smallBody.js';
import {
  type InterviewForm,
  type InterviewRefusal,
  interviewFormPage,
  interviewPath,
  interviewRecordedPage,
  interviewRefusedPage,
  unknownSurveyPage,
} from '../pages/interviewPage.js';
import { pageLanguage } from '../pages/pageLanguage.js';
import type { Route } from '../route.js';
import { readAnswerForm } from './surveyPageForm.js';

/** Why the survey takes no interview at `now`, or null when it takes one. */
function refusalOf(survey: LoadedSurvey, now: Date): InterviewRefusal | null {
  if (interviewChannels(survey.definition).length === 0) return { reason: 'noChannel' };
  const state = surveyState(survey.definition, survey.closedAt, now);
  if (state.status === 'scheduled') return { reason: 'scheduled', opensAt: state.opensAt };
  if (state.status === 'closed') return { reason: 'closed', closedOn: state.closedOn };
  return null;
}

/** The form's own fields (not the answers), as the form sent them. */
function fieldsOf(form: URLSearchParams): InterviewForm['fields'] {
  const text = (name: string) => form.get(name) ?? '';
  return { response_id: text('response_id'), channel: text('channel'), language: text('language'), customer_id: text('customer_id') };
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
      const fields = { response_id: newResponseId(), language };
      return interviewFormPage(c, { language, csrf: c.get('user')?.csrfToken ?? '', survey, fields, values: new Map(), problems: new Map() });
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
      const form = await formValues(c);
      const fields = fieldsOf(form);
      const { values, answers, problems } = readAnswerForm(survey.definition, survey.definition.questions, form);
      const user = c.get('user');
      const again = (status: 400 | 409, error?: string) =>
        interviewFormPage(c, { language, csrf: user?.csrfToken ?? '', survey, fields, values, problems, error }, status);
      if (problems.size > 0) return again(400);
      try {
        const entry = {
          responseId: fields.response_id ?? '',
          channel: fields.channel ?? '',
          language: fields.language ?? '',
          customerId: fields.customer_id ?? '',
          answers,
        };
        await recordInterview(c.get('store'), survey, entry, user?.email ?? '', now);
      } catch (error) {
        if (!(error instanceof UsageError || error instanceof StateError)) throw error;
        return again(error instanceof StateError ? 409 : 400, sentence(error, language));
      }
      const path = interviewPath(c, survey.surveyId);
      return c.redirect(`${path}${path.includes('?') ? '&' : '?'}recorded=1`, 303);
    },
  },
];
