import { sqlTimestamp } from '../sqlTimestamp.js';
import type { Session, Store } from '../Store.js';
import { isoSeconds } from '../timestampText.js';

/** A survey as stored: its current version's definition as JSON text, and whether it was closed by hand. */
export interface StoredSurvey {
  workspaceId: number;
  surveyId: string;
  version: number;
  audience: string;
  /** The current version's definition, the JSON the service checked. */
  definition: string;
  createdAt: string;
  updatedAt: string;
  /** When it was closed by hand (ISO 8601 to the second), or null. */
  closedAt: string | null;
}

type SurveyRow = {
  workspace_id: number;
  survey_id: string;
  version: number;
  audience: string;
  definition: string;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
};

const SELECT_SURVEY = `select s.workspace_id, s.survey_id, s.version, s.audience, cast(v.definition as text) as definition,
  cast(s.created_at as text) as created_at, cast(s.updated_at as text) as updated_at, cast(s.closed_at as text) as closed_at
from surveys s join survey_versions v on v.workspace_id = s.workspace_id and v.survey_id = s.survey_id and v.version = s.version`;

function surveyOf(row: SurveyRow): StoredSurvey {
  return {
    workspaceId: row.workspace_id,
    surveyId: row.survey_id,
    version: row.version,
    audience: row.audience,
    definition: row.definition,
    createdAt: isoSeconds(row.created_at),
    updatedAt: isoSeconds(row.updated_at),
    closedAt: row.closed_at === null ? null : isoSeconds(row.closed_at),
  };
}

/** The cast of JSON text to the engine's JSON type. */
function jsonCast(session: Session, parameter: string): string {
  return `cast(${parameter} as ${session.engine === 'duckdb' ? 'json' : 'jsonb'})`;
}

/** Records a new survey at version 1 with its definition (JSON text). */
export async function insertSurvey(session: Session, workspaceId: number, surveyId: string, audience: string, definition: string, now: Date): Promise<void> {
  const params = { workspace: workspaceId, survey: surveyId, audience, definition, now: sqlTimestamp(now) };
  await session.query(
    'insert survey',
    `insert into surveys (workspace_id, survey_id, version, audience, created_at, updated_at) values ($workspace, $survey, 1, $audience, cast($now as timestamp), cast($now as timestamp))`,
    params,
  );
  await session.query(
    'insert survey version',
    `insert into survey_versions (workspace_id, survey_id, version, definition, created_at) values ($workspace, $survey, 1, ${jsonCast(session, '$definition')}, cast($now as timestamp))`,
    params,
  );
}

/**
 * Stores a changed definition: as the next version when `newVersion` (the survey becomes
 * that version), else in place of the current version's. Returns the survey's version after.
 */
export async function storeSurveyChange(
  session: Session,
  survey: Pick<StoredSurvey, 'workspaceId' | 'surveyId' | 'version'>,
  definition: string,
  newVersion: boolean,
  now: Date,
): Promise<number> {
  const version = newVersion ? survey.version + 1 : survey.version;
  const params = { workspace: survey.workspaceId, survey: survey.surveyId, version, definition, now: sqlTimestamp(now) };
  if (newVersion) {
    await session.query(
      'insert survey version',
      `insert into survey_versions (workspace_id, survey_id, version, definition, created_at) values ($workspace, $survey, $version, ${jsonCast(session, '$definition')}, cast($now as timestamp))`,
      params,
    );
  } else {
    await session.query(
      'update survey version',
      `update survey_versions set definition = ${jsonCast(session, '$definition')} where workspace_id = $workspace and survey_id = $survey and version = $version`,
      params,
    );
  }
  await session.query(
    'update survey',
    'update surveys set version = $version, updated_at = cast($now as timestamp) where workspace_id = $workspace and survey_id = $survey',
    params,
  );
  return version;
}

/**
 * The survey with this id, in whichever workspace (the public page names no workspace), or
 * null. Its workspace is found first, in `surveys` alone (a reference table on Citus:
 * src/store/referenceTables.ts), so that its versions are then read on that workspace's shard.
 */
export async function findSurveyAnywhere(session: Session, surveyId: string): Promise<StoredSurvey | null> {
  const [found] = await session.query<{ workspace_id: number }>('find survey workspace', 'select workspace_id from surveys where survey_id = $survey', {
    survey: surveyId,
  });
  return found ? findSurvey(session, found.workspace_id, surveyId) : null;
}

/** The survey with this id in the workspace, or null. */
export async function findSurvey(session: Session, workspaceId: number, surveyId: string): Promise<StoredSurvey | null> {
  const [row] = await session.query<SurveyRow>('find survey', `${SELECT_SURVEY} where s.workspace_id = $workspace and s.survey_id = $survey`, {
    workspace: workspaceId,
    survey: surveyId,
  });
  return row ? surveyOf(row) : null;
}

/** The definition of one version of a survey (JSON text), or null. */
export async function findSurveyVersion(session: Session, workspaceId: number, surveyId: string, version: number): Promise<string | null> {
  const [row] = await session.query<{ definition: string }>(
    'find survey version',
    'select cast(definition as text) as definition from survey_versions where workspace_id = $workspace and survey_id = $survey and version = $version',
    { workspace: workspaceId, survey: surveyId, version },
  );
  return row?.definition ?? null;
}

/** The workspace's surveys, newest first. */
export async function listStoredSurveys(store: Store, workspaceId: number): Promise<StoredSurvey[]> {
  const rows = await store.query<SurveyRow>('list surveys', `${SELECT_SURVEY} where s.workspace_id = $workspace order by s.created_at desc, s.survey_id`, {
    workspace: workspaceId,
  });
  return rows.map(surveyOf);
}

/** Closes a survey by hand at `now` (a closed survey stays closed: false when it was already, or does not exist). */
export async function closeStoredSurvey(store: Store, workspaceId: number, surveyId: string, now: Date): Promise<boolean> {
  const closed = await store.query(
    'close survey',
    `update surveys set closed_at = cast($now as timestamp), updated_at = cast($now as timestamp)
where workspace_id = $workspace and survey_id = $survey and closed_at is null returning survey_id`,
    { workspace: workspaceId, survey: surveyId, now: sqlTimestamp(now) },
  );
  return closed.length > 0;
}

/** Answer counts per survey of the workspace: answer sets, finished ones, invitations, and the invitations answered. */
export interface SurveyCounts {
  answers: number;
  finished: number;
  invitations: number;
  /** Invitations with a finished answer set through their personal link (a started one does not count, as AAPOR's RR1 counts complete interviews only). */
  invitedAnswers: number;
}

/** The counts of {@link SurveyCounts} for each survey of the workspace that has any. */
export async function surveyCounts(store: Store, workspaceId: number): Promise<Map<string, SurveyCounts>> {
  const rows = await store.query<{ survey_id: string; answers: number; finished: number; invitations: number; invited_answers: number }>(
    'survey counts',
    `select survey_id, sum(answers) as answers, sum(finished) as finished, sum(invitations) as invitations, sum(invited_answers) as invited_answers from (
  select survey_id, count(*) as answers, count(*) filter (where finished) as finished, 0 as invitations,
    count(distinct invitation_id) filter (where finished and invitation_id in (select invitation_id from survey_invitations where workspace_id = $workspace)) as invited_answers
  from survey_responses where workspace_id = $workspace group by survey_id
  union all
  select survey_id, 0, 0, count(*), 0 from survey_invitations where workspace_id = $workspace group by survey_id
) counts group by survey_id`,
    { workspace: workspaceId },
  );
  return new Map(
    rows.map((row) => [
      row.survey_id,
      { answers: Number(row.answers), finished: Number(row.finished), invitations: Number(row.invitations), invitedAnswers: Number(row.invited_answers) },
    ]),
  );
}
