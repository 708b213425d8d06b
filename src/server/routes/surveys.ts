import { UsageError } from '../../errors/errors.js';
import { closeSurvey, createSurvey, duplicateSurvey, editSurvey, listSurveys, surveyDetails } from '../../services/surveys/manageSurveys.js';
import { parseSurveyDefinition, type SurveyDefinition } from '../../services/surveys/surveyDefinition.js';
import { jsonObject } from '../auth/smallBody.js';
import type { AppEnv, Route } from '../route.js';
import type { Context } from 'hono';

/** The survey definition a request's JSON body gives (the survey file's format, docs/surveys.md); a UsageError naming the field otherwise. */
async function definitionOf(c: Context<AppEnv>): Promise<SurveyDefinition> {
  const parsed = parseSurveyDefinition(await jsonObject(c));
  if ('error' in parsed) throw parsed.error;
  return parsed.definition;
}

/** The `:id` of the path. */
function surveyId(c: Context<AppEnv>): string {
  const id = c.req.param('id');
  if (id === undefined) throw new UsageError('The path names no survey.');
  return id;
}

/**
 * The surveys of a workspace (docs/surveys.md): its members read them with their counts,
 * state and margins of error; editors create them from the survey file's JSON, change them
 * (a new version when an answered survey's change breaks comparability), duplicate and
 * close them.
 */
export const surveyRoutes: readonly Route[] = [
  {
    method: 'GET',
    path: '/api/surveys',
    access: 'reader',
    parameters: [],
    handle: async (c) => c.json({ surveys: await listSurveys(c.get('store'), c.get('workspaceId'), new Date()) }),
  },
  {
    method: 'POST',
    path: '/api/surveys',
    access: 'editor',
    parameters: [],
    handle: async (c) => c.json(await createSurvey(c.get('store'), c.get('workspaceId'), await definitionOf(c), new Date()), 201),
  },
  {
    method: 'GET',
    path: '/api/surveys/:id',
    access: 'reader',
    parameters: [],
    handle: async (c) => c.json(await surveyDetails(c.get('store'), c.get('workspaceId'), surveyId(c), new Date())),
  },
  {
    method: 'PUT',
    path: '/api/surveys/:id',
    access: 'editor',
    parameters: [],
    handle: async (c) => c.json(await editSurvey(c.get('store'), c.get('workspaceId'), surveyId(c), await definitionOf(c), new Date())),
  },
  {
    method: 'POST',
    path: '/api/surveys/:id/duplicate',
    access: 'editor',
    parameters: [],
    handle: async (c) => c.json(await duplicateSurvey(c.get('store'), c.get('workspaceId'), surveyId(c), new Date()), 201),
  },
  {
    method: 'POST',
    path: '/api/surveys/:id/close',
    access: 'editor',
    parameters: [],
    handle: async (c) => c.json(await closeSurvey(c.get('store'), c.get('workspaceId'), surveyId(c), new Date())),
  },
];
