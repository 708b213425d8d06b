import type { Session, Store } from '../../store/Store.js';
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

/** How long a public route reuses a survey it read: a change made by another process shows within this time. */
export const SURVEY_CACHE_MS = 2000;

/** The most surveys kept per store; past it the cache starts again empty. */
const CACHED_SURVEYS = 1000;

const caches = new WeakMap<Store, Map<string, { survey: LoadedSurvey; readAt: number }>>();

/**
 * The survey with this id in any workspace, as the public routes (its page, its answers) read
 * it on every request: from memory when read less than {@link SURVEY_CACHE_MS} ago, else from
 * the store. Changes made in this process ({@link forgetCachedSurvey}) show at once, those of
 * another process sharing a PostgreSQL database within that time.
 */
export async function cachedSurveyAnywhere(store: Store, surveyId: string, now = Date.now()): Promise<LoadedSurvey | null> {
  const cache = caches.get(store) ?? new Map<string, { survey: LoadedSurvey; readAt: number }>();
  caches.set(store, cache);
  const cached = cache.get(surveyId);
  if (cached !== undefined && now - cached.readAt < SURVEY_CACHE_MS) return cached.survey;
  const survey = await loadSurveyAnywhere(store, surveyId);
  if (cache.size >= CACHED_SURVEYS) cache.clear();
  if (survey === null) cache.delete(surveyId);
  else cache.set(surveyId, { survey, readAt: now });
  return survey;
}

/** Drops a survey from the public routes' cache (it was just changed or closed). */
export function forgetCachedSurvey(store: Store, surveyId: string): void {
  caches.get(store)?.delete(surveyId);
}
