import type { Context } from 'hono';
import { NotFoundError } from '../../errors/errors.js';
import type { LoadedSurvey } from '../../services/surveys/loadSurvey.js';
import {
  closeSurvey,
  createSurvey,
  currentVersionReason,
  duplicateSurvey,
  editSurvey,
  listSurveys,
  surveyDetails,
  surveyOf,
} from '../../services/surveys/manageSurveys.js';
import { surveyTemplate } from '../../services/surveys/surveyTemplates.js';
import { MAX_QUESTIONS, parseSurveyDefinition, type SurveyDefinition } from '../../services/surveys/surveyDefinition.js';
import { publicOrigin } from '../auth/publicOrigin.js';
import { formFields } from '../auth/smallBody.js';
import { pageLanguage } from '../pages/pageLanguage.js';
import {
  channelField,
  draftOfForm,
  EMPTY_ROWS,
  fieldsOfDefinition,
  type FormValues,
  plannedMarginsOfForm,
  refusedPlace,
  rowCount,
} from '../pages/surveyFormFields.js';
import {
  type Actions,
  isNotice,
  type Notice,
  surveyFormPage,
  surveyPage,
  surveysPage,
  surveysPath,
  unknownSurveyPage,
  unknownTemplate,
} from '../pages/surveyAppPages.js';
import type { AppEnv, Route } from '../route.js';

/** The checked definition of a survey template (surveyTemplates.ts), or null when there is no template of that name. */
function templateDefinition(name: string): SurveyDefinition | null {
  const template = surveyTemplate(name);
  if (template === null) return null;
  const parsed = parseSurveyDefinition(template);
  if ('error' in parsed) throw parsed.error;
  return parsed.definition;
}

/** The editor's actions a page offers: the session's CSRF token for an editor or admin, null for a viewer or a read key. */
function editing(c: Context<AppEnv>): Actions | null {
  const role = c.get('role');
  const user = c.get('user');
  return user !== undefined && (role === 'editor' || role === 'admin') ? { csrf: user.csrfToken } : null;
}

/** The `notice` URL parameter when it names a notice (any other value shows none). */
function noticeOf(c: Context<AppEnv>): Notice | undefined {
  const notice = c.req.query('notice');
  return isNotice(notice) ? notice : undefined;
}

/** A 303 to a survey page (`''` the list, `/<id>` a survey), keeping the language and workspace, with a notice. */
function redirectTo(c: Context<AppEnv>, path: string, notice: Notice): Response {
  const target = surveysPath(c, path);
  return c.redirect(`${target}${target.includes('?') ? '&' : '?'}notice=${notice}`, 303);
}

/** The workspace's survey the path names, or null when it has none of that id. */
async function pathSurvey(c: Context<AppEnv>): Promise<LoadedSurvey | null> {
  try {
    return await surveyOf(c.get('store'), c.get('workspaceId'), c.req.param('id') ?? '');
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

/**
 * The answer to a sent survey form: the form again with more question rows ("more"), with
 * the margin of its target ("margin"), or with the refusal beside its field (400); else the
 * checked definition handed to `save`, which answers.
 */
async function sentForm(c: Context<AppEnv>, survey: LoadedSurvey | null, save: (definition: SurveyDefinition) => Promise<Response>): Promise<Response> {
  const language = pageLanguage(c);
  const values: FormValues = await formFields(c);
  const form = {
    language,
    csrf: c.get('user')?.csrfToken ?? '',
    surveyId: survey?.surveyId ?? null,
    title: survey?.definition.title[language],
    values,
    planned: plannedMarginsOfForm(values),
  };
  if (values.action === 'more') {
    return surveyFormPage(c, { ...form, values: { ...values, rows: String(Math.min(rowCount(values) + EMPTY_ROWS, MAX_QUESTIONS)) } });
  }
  if (values.action === 'margin') return surveyFormPage(c, form);
  const draft = draftOfForm(values);
  const parsed = parseSurveyDefinition(draft.json);
  if ('error' in parsed) {
    const message = language === 'fr' ? parsed.error.inFrench() : parsed.error.message;
    return surveyFormPage(c, { ...form, error: { message, place: refusedPlace(parsed.error.message, draft.rows) } }, 400);
  }
  return save(parsed.definition);
}

/**
 * The survey pages of the app (docs/surveys.md, "Surveys in the app"), server-rendered with no
 * script: every member sees the list and each survey with its figures and margins of error;
 * editors create and edit surveys with a form that goes through the survey file's checks,
 * duplicate and close them. The forms carry the session's CSRF token and answer 303 to the
 * page that shows the outcome, with a notice.
 */
export const surveyAppPageRoutes: readonly Route[] = [
  {
    method: 'GET',
    path: '/surveys',
    access: 'reader',
    parameters: ['lang', 'notice'],
    async handle(c) {
      const surveys = await listSurveys(c.get('store'), c.get('workspaceId'), new Date());
      return surveysPage(c, { language: pageLanguage(c), surveys, origin: publicOrigin(c), editing: editing(c), notice: noticeOf(c) });
    },
  },
  {
    method: 'GET',
    path: '/surveys/new',
    access: 'editor',
    parameters: ['lang', 'template'],
    async handle(c) {
      const language = pageLanguage(c);
      const csrf = c.get('user')?.csrfToken ?? '';
      const template = c.req.query('template');
      if (template === undefined) {
        const values = { audience: 'customers', [channelField('link')]: 'on', rows: String(EMPTY_ROWS) };
        return surveyFormPage(c, { language, csrf, surveyId: null, values, planned: null });
      }
      const definition = templateDefinition(template);
      if (definition === null) {
        const values = { audience: 'customers', [channelField('link')]: 'on', rows: String(EMPTY_ROWS) };
        return surveyFormPage(
          c,
          { language, csrf, surveyId: null, values, planned: null, error: { message: unknownTemplate(template, language), place: null } },
          400,
        );
      }
      // A draft: nothing is stored until the form is sent, its items edited or removed.
      const values = fieldsOfDefinition(definition);
      return surveyFormPage(c, { language, csrf, surveyId: null, values, planned: plannedMarginsOfForm(values) });
    },
  },
  {
    method: 'POST',
    path: '/surveys/new',
    access: 'editor',
    parameters: ['lang'],
    handle: (c) =>
      sentForm(c, null, async (definition) => {
        const { id } = await createSurvey(c.get('store'), c.get('workspaceId'), definition, new Date());
        return redirectTo(c, `/${id}`, 'created');
      }),
  },
  {
    method: 'GET',
    path: '/surveys/:id',
    access: 'reader',
    parameters: ['lang', 'notice'],
    async handle(c) {
      const language = pageLanguage(c);
      const store = c.get('store');
      let details: Awaited<ReturnType<typeof surveyDetails>>;
      try {
        details = await surveyDetails(store, c.get('workspaceId'), c.req.param('id') ?? '', new Date());
      } catch (error) {
        if (error instanceof NotFoundError) return unknownSurveyPage(c, language);
        throw error;
      }
      const reason = await currentVersionReason(store, c.get('workspaceId'), details);
      return surveyPage(c, {
        language,
        summary: details,
        definition: details.definition,
        reason,
        origin: publicOrigin(c),
        editing: editing(c),
        notice: noticeOf(c),
      });
    },
  },
  {
    method: 'GET',
    path: '/surveys/:id/edit',
    access: 'editor',
    parameters: ['lang'],
    async handle(c) {
      const language = pageLanguage(c);
      const survey = await pathSurvey(c);
      if (survey === null) return unknownSurveyPage(c, language);
      const values = fieldsOfDefinition(survey.definition);
      return surveyFormPage(c, {
        language,
        csrf: c.get('user')?.csrfToken ?? '',
        surveyId: survey.surveyId,
        title: survey.definition.title[language],
        values,
        planned: plannedMarginsOfForm(values),
      });
    },
  },
  {
    method: 'POST',
    path: '/surveys/:id/edit',
    access: 'editor',
    parameters: ['lang'],
    async handle(c) {
      const survey = await pathSurvey(c);
      if (survey === null) return unknownSurveyPage(c, pageLanguage(c));
      return sentForm(c, survey, async (definition) => {
        const edit = await editSurvey(c.get('store'), c.get('workspaceId'), survey.surveyId, definition, new Date());
        return redirectTo(c, `/${survey.surveyId}`, edit.newVersion === null ? 'saved' : 'version');
      });
    },
  },
  {
    method: 'POST',
    path: '/surveys/:id/duplicate',
    access: 'editor',
    parameters: ['lang'],
    async handle(c) {
      const survey = await pathSurvey(c);
      if (survey === null) return unknownSurveyPage(c, pageLanguage(c));
      await duplicateSurvey(c.get('store'), c.get('workspaceId'), survey.surveyId, new Date());
      return redirectTo(c, '', 'duplicated');
    },
  },
  {
    method: 'POST',
    path: '/surveys/:id/close',
    access: 'editor',
    parameters: ['lang'],
    async handle(c) {
      const survey = await pathSurvey(c);
      if (survey === null) return unknownSurveyPage(c, pageLanguage(c));
      const { closed } = await closeSurvey(c.get('store'), c.get('workspaceId'), survey.surveyId, new Date());
      const back = (await formFields(c)).back === 'detail' ? `/${survey.surveyId}` : '';
      return redirectTo(c, back, closed ? 'closed' : 'alreadyClosed');
    },
  },
];
