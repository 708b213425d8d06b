import { sqlTimestamp } from '../sqlTimestamp.js';
import type { Session } from '../Store.js';

/** One stored answer: a number for scale questions, an option id or a text otherwise; a multichoice answer is one per option (`position` 0, 1, …). */
export interface AnswerRow {
  questionId: string;
  position: number;
  number: number | null;
  text: string | null;
}

/** What `survey_responses` records about an answer set. */
export interface ResponseMeta {
  responseId: string;
  surveyId: string;
  version: number;
  finished: boolean;
  channel: string;
  language: string;
  interviewer: string | null;
  invitationId: string | null;
}

/** An answer set already stored: its meta and its answers. */
export interface StoredResponse extends ResponseMeta {
  answers: AnswerRow[];
}

/** The stored answer set with this id in the workspace, or null. */
export async function findSurveyResponse(session: Session, workspaceId: number, responseId: string): Promise<StoredResponse | null> {
  const params = { workspace: workspaceId, response: responseId };
  const [meta] = await session.query<{
    survey_id: string;
    version: number;
    finished: boolean;
    channel: string;
    language: string;
    interviewer: string | null;
    invitation_id: string | null;
  }>(
    'find survey response',
    'select survey_id, version, finished, channel, language, interviewer, invitation_id from survey_responses where workspace_id = $workspace and response_id = $response',
    params,
  );
  if (meta === undefined) return null;
  const answers = await session.query<{ question_id: string; position: number; number: number | null; text: string | null }>(
    'find survey answers',
    'select question_id, position, number, text from survey_answers where workspace_id = $workspace and response_id = $response order by question_id, position',
    params,
  );
  return {
    responseId,
    surveyId: meta.survey_id,
    version: meta.version,
    finished: meta.finished,
    channel: meta.channel,
    language: meta.language,
    interviewer: meta.interviewer,
    invitationId: meta.invitation_id,
    answers: answers.map((row) => ({
      questionId: row.question_id,
      position: Number(row.position),
      number: row.number === null ? null : Number(row.number),
      text: row.text,
    })),
  };
}

/**
 * Writes an answer set inside the caller's transaction: its `survey_responses` row (a
 * finished set stays finished) and all its answers, replacing those stored before.
 */
export async function writeSurveyResponse(session: Session, workspaceId: number, meta: ResponseMeta, answers: readonly AnswerRow[], now: Date): Promise<void> {
  const params = {
    workspace: workspaceId,
    response: meta.responseId,
    survey: meta.surveyId,
    version: meta.version,
    finished: meta.finished,
    channel: meta.channel,
    language: meta.language,
    interviewer: meta.interviewer,
    invitation: meta.invitationId,
    now: sqlTimestamp(now),
  };
  await session.query(
    'write survey response',
    `insert into survey_responses (workspace_id, response_id, survey_id, version, started_at, updated_at, finished, channel, language, interviewer, invitation_id)
values ($workspace, $response, $survey, $version, cast($now as timestamp), cast($now as timestamp), $finished, $channel, $language, $interviewer, $invitation)
on conflict (workspace_id, response_id) do update set version = excluded.version, updated_at = excluded.updated_at,
  finished = survey_responses.finished or excluded.finished, channel = excluded.channel, language = excluded.language, interviewer = excluded.interviewer`,
    params,
  );
  await session.query('clear survey answers', 'delete from survey_answers where workspace_id = $workspace and response_id = $response', params);
  if (answers.length === 0) return;
  const values: Record<string, string | number | null> = {};
  const tuples = answers.map((answer, index) => {
    values[`q${index}`] = answer.questionId;
    values[`p${index}`] = answer.position;
    values[`n${index}`] = answer.number;
    values[`t${index}`] = answer.text;
    return `($workspace, $response, $q${index}, $p${index}, cast($n${index} as double precision), $t${index})`;
  });
  await session.query(
    'write survey answers',
    `insert into survey_answers (workspace_id, response_id, question_id, position, number, text) values ${tuples.join(', ')}`,
    { ...params, ...values },
  );
}

/** Opens a follow-up case on a detractor's answer set (nothing when it has one already). */
export async function openFollowupCase(session: Session, workspaceId: number, responseId: string, surveyId: string, now: Date): Promise<void> {
  await session.query(
    'open follow-up case',
    `insert into followup_cases (workspace_id, response_id, survey_id, status, opened_at, updated_at)
values ($workspace, $response, $survey, 'open', cast($now as timestamp), cast($now as timestamp)) on conflict do nothing`,
    { workspace: workspaceId, response: responseId, survey: surveyId, now: sqlTimestamp(now) },
  );
}
