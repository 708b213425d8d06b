import { randomBytes } from 'node:crypto';
import { type Localised, NotFoundError } from '../../errors/errors.js';
import { npsMarginOfError, proportionMarginOfError } from '../../indicators/stats/samplePlan.js';
import type { Store } from '../../store/Store.js';
import {
  closeStoredSurvey,
  findSurveyVersion,
  insertSurvey,
  listStoredSurveys,
  type SurveyCounts,
  storeSurveyChange,
  surveyCounts,
} from '../../store/surveys/surveyRows.js';
import { comparabilityBreak } from './comparability.js';
import { forgetCachedSurvey, type LoadedSurvey, loadSurvey, loadedSurvey } from './loadSurvey.js';
import type { ExpectedShares, Question, SurveyDefinition } from './surveyDefinition.js';
import { type SurveyState, surveyState } from './surveyState.js';

/** A new survey's id: `s` and 12 random letters and digits (about 62 bits): a public page's address nobody guesses. */
export function newSurveyId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return `s${[...randomBytes(12)].map((byte) => alphabet[byte % alphabet.length]).join('')}`;
}

/** The public page of a survey, as a path. */
export function surveyPath(surveyId: string): string {
  return `/s/${surveyId}`;
}

/** Creates a survey at version 1 from a checked definition; returns its id and page path. */
export async function createSurvey(store: Store, workspaceId: number, definition: SurveyDefinition, now: Date): Promise<{ id: string; url: string }> {
  const id = newSurveyId();
  await store.transaction((session) => insertSurvey(session, workspaceId, id, definition.audience, JSON.stringify(definition), now));
  return { id, url: surveyPath(id) };
}

/** The survey with this id in the workspace. @throws NotFoundError when there is none */
export async function surveyOf(store: Store, workspaceId: number, surveyId: string): Promise<LoadedSurvey> {
  const survey = await loadSurvey(store, workspaceId, surveyId);
  if (survey === null) throw new NotFoundError(`The workspace has no survey ${JSON.stringify(surveyId)}.`);
  return survey;
}

/** What an edit did: the survey's version after it, and why a new version was made (null when the current one was changed in place). */
export interface SurveyEdit {
  id: string;
  version: number;
  newVersion: string | null;
}

/**
 * Replaces a survey's definition. When the survey already has answers and the change would
 * break their comparability (comparability.ts), the change becomes a new version — the public
 * link stays, and answers carry the version they answered — else the current version changes
 * in place.
 */
export async function editSurvey(store: Store, workspaceId: number, surveyId: string, definition: SurveyDefinition, now: Date): Promise<SurveyEdit> {
  return store
    .transaction(async (session) => {
      const survey = await loadSurvey(session, workspaceId, surveyId);
      if (survey === null) throw new NotFoundError(`The workspace has no survey ${JSON.stringify(surveyId)}.`);
      const [answered] = await session.query<{ answered: boolean }>(
        'survey answered',
        'select exists (select 1 from survey_responses where workspace_id = $workspace and survey_id = $survey and version = $version) as answered',
        { workspace: workspaceId, survey: surveyId, version: survey.version },
      );
      const reason = answered?.answered ? (comparabilityBreak(survey.definition, definition)?.en ?? null) : null;
      const version = await storeSurveyChange(session, survey, JSON.stringify(definition), reason !== null, now);
      return { id: surveyId, version, newVersion: reason };
    })
    .finally(() => forgetCachedSurvey(store, surveyId));
}

/**
 * Why a survey's current version (as surveyDetails gives it) was made: what breaks
 * comparability with the version before it, in English and French; null at version 1 (or when a later change in place
 * undid the break).
 */
export async function currentVersionReason(
  store: Store,
  workspaceId: number,
  survey: { id: string; version: number; definition: SurveyDefinition },
): Promise<Localised | null> {
  if (survey.version === 1) return null;
  const previous = await findSurveyVersion(store, workspaceId, survey.id, survey.version - 1);
  return previous === null ? null : comparabilityBreak(JSON.parse(previous) as SurveyDefinition, survey.definition);
}

/** Makes a new survey with the definition of an existing one (its answers stay with the original). */
export async function duplicateSurvey(store: Store, workspaceId: number, surveyId: string, now: Date): Promise<{ id: string; url: string }> {
  const survey = await surveyOf(store, workspaceId, surveyId);
  return createSurvey(store, workspaceId, survey.definition, now);
}

/** Closes a survey by hand: it takes no more answers. @throws NotFoundError when the workspace has no such survey */
export async function closeSurvey(store: Store, workspaceId: number, surveyId: string, now: Date): Promise<{ id: string; closed: boolean }> {
  await surveyOf(store, workspaceId, surveyId);
  const closed = await closeStoredSurvey(store, workspaceId, surveyId, now);
  forgetCachedSurvey(store, surveyId);
  return { id: surveyId, closed };
}

/** The margins of error of a number of answers for the indicators a survey measures (95 %, in points; null when it has no such question). */
export interface Margins {
  nps: number | null;
  csat: number | null;
}

/**
 * The split of promoters and detractors a margin is planned at: the expected shares, a share
 * not given taken at its worst (the largest variance the other leaves room for: with p given,
 * d = min(1 − p, p + ½)), both ½ when neither is given.
 */
export function worstSplitGiven(expected: ExpectedShares): { promoters: number; detractors: number } {
  const { promoters, detractors } = expected;
  if (promoters !== undefined && detractors !== undefined) return { promoters, detractors };
  if (promoters !== undefined) return { promoters, detractors: Math.min(1 - promoters, promoters + 0.5) };
  if (detractors !== undefined) return { promoters: Math.min(1 - detractors, detractors + 0.5), detractors };
  return { promoters: 0.5, detractors: 0.5 };
}

/**
 * The 95 % margins `answers` answers give for the survey's NPS (adjusted-Wald, at the expected
 * split) and CSAT share (Wilson, at the expected share); only the question types and the
 * expected shares count, so a form's draft can be given as well as a checked definition.
 */
export function marginsFor(definition: { questions: readonly Pick<Question, 'type'>[]; expected?: ExpectedShares | undefined }, answers: number): Margins {
  const has = (type: string) => definition.questions.some((question) => question.type === type);
  const expected = definition.expected ?? {};
  const split = worstSplitGiven(expected);
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    nps: has('nps') && answers > 0 ? round(npsMarginOfError(answers, split)) : null,
    csat: has('csat') && answers > 0 ? round(proportionMarginOfError(answers, expected.satisfied ?? 0.5)) : null,
  };
}

/** A survey as lists and the API show it. */
export interface SurveySummary {
  id: string;
  url: string;
  title: SurveyDefinition['title'];
  audience: SurveyDefinition['audience'];
  version: number;
  state: SurveyState['status'];
  opensAt: string | null;
  closesAt: string | null;
  createdAt: string;
  closedAt: string | null;
  answers: number;
  finished: number;
  invitations: number;
  /** Answers through personal links ÷ invitations, in %, or null without invitations. */
  responseRate: number | null;
  targetSample: number | null;
  /** The margins the target sample will give, and those the finished answers give now. */
  plannedMargins: Margins | null;
  achievedMargins: Margins;
}

/** The summary of one survey given its counts. */
export function summarise(survey: LoadedSurvey, counts: SurveyCounts | undefined, now: Date): SurveySummary {
  const { definition } = survey;
  const answers = counts?.answers ?? 0;
  const invitations = counts?.invitations ?? 0;
  return {
    id: survey.surveyId,
    url: surveyPath(survey.surveyId),
    title: definition.title,
    audience: definition.audience,
    version: survey.version,
    state: surveyState(definition, survey.closedAt, now).status,
    opensAt: definition.opensAt ?? null,
    closesAt: definition.closesAt ?? null,
    createdAt: survey.createdAt,
    closedAt: survey.closedAt,
    answers,
    finished: counts?.finished ?? 0,
    invitations,
    responseRate: invitations === 0 ? null : Math.round((1000 * (counts?.invitedAnswers ?? 0)) / invitations) / 10,
    targetSample: definition.targetSample ?? null,
    plannedMargins: definition.targetSample === undefined ? null : marginsFor(definition, definition.targetSample),
    achievedMargins: marginsFor(definition, counts?.finished ?? 0),
  };
}

/** The workspace's surveys, newest first, each with its counts, state and margins. */
export async function listSurveys(store: Store, workspaceId: number, now: Date): Promise<SurveySummary[]> {
  const stored = await listStoredSurveys(store, workspaceId);
  const counts = await surveyCounts(store, workspaceId);
  return stored.map((row) => summarise(loadedSurvey(row), counts.get(row.surveyId), now));
}

/** One survey's summary and definition. @throws NotFoundError when the workspace has no such survey */
export async function surveyDetails(store: Store, workspaceId: number, surveyId: string, now: Date): Promise<SurveySummary & { definition: SurveyDefinition }> {
  const survey = await surveyOf(store, workspaceId, surveyId);
  const counts = await surveyCounts(store, workspaceId);
  return { ...summarise(survey, counts.get(surveyId), now), definition: survey.definition };
}
