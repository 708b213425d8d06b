import type { Session } from '../../store/Store.js';
import { findSurvey, findSurveyAnywhere, type StoredSurvey } from '../../store/surveys/surveyRows.js';
import type { Audience, SurveyDefinition } from './surveyDefinition.js';

/** A stored survey with its current definition read back. */
export interface LoadedSurvey {
  workspaceId: number;
  surveyId: string;
  version: number;
  audience: Audience;
  definition: SurveyDefinition;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

/** The survey of a stored row, its definition parsed (it was checked when stored). */
export function loadedSurvey(stored: StoredSurvey): LoadedSurvey {
  const definition = JSON.parse(stored.definition) as SurveyDefinition;
  return { ...stored, audience: definition.audience, definition };
}

/** Survey ids as they are made: letters, digits, `_` and `-`; anything else names no survey (and is not sent to the store). */
const SURVEY_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The survey with this id in any workspace (the public page and its answers), or null. */
export async function loadSurveyAnywhere(session: Session, surveyId: string): Promise<LoadedSurvey | null> {
  if (!SURVEY_ID.test(surveyId)) return null;
  const stored = await findSurveyAnywhere(session, surveyId);
  return stored === null ? null : loadedSurvey(stored);
}

/** The survey with this id in the workspace, or null. */
export async function loadSurvey(session: Session, workspaceId: number, surveyId: string): Promise<LoadedSurvey | null> {
  if (!SURVEY_ID.test(surveyId)) return null;
  const stored = await findSurvey(session, workspaceId, surveyId);
  return stored === null ? null : loadedSurvey(stored);
}
