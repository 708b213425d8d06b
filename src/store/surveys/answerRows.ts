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

/** The most rows one insert statement carries (bound parameters stay far under PostgreSQL's 65,535). */
const ROWS_PER_STATEMENT = 1000;

/**
 * Writes answer sets of one workspace inside the caller's transaction (each response id once):
 * their `survey_responses` rows (a finished set stays finished; `started_at` is kept from the
 * first write) and all their answers, replacing those stored before.
 */
export async function writeSurveyResponses(
  session: Session,
  workspaceId: number,
  sets: readonly { meta: ResponseMeta; answers: readonly AnswerRow[] }[],
  now: Date,
): Promise<void> {
  const common = { workspace: workspaceId, now: sqlTimestamp(now) };
  for (let start = 0; start < sets.length; start += ROWS_PER_STATEMENT / 10) {
    const chunk = sets.slice(start, start + ROWS_PER_STATEMENT / 10);
    const values: Record<string, string | number | boolean | null> = {};
    const tuples = chunk.map(({ meta }, index) => {
      Object.assign(values, {
        [`r${index}`]: meta.responseId,
        [`s${index}`]: meta.surveyId,
        [`v${index}`]: meta.version,
        [`f${index}`]: meta.finished,
        [`c${index}`]: meta.channel,
        [`l${index}`]: meta.language,
        [`i${index}`]: meta.interviewer,
        [`n${index}`]: meta.invitationId,
      });
      return `($workspace, $r${index}, $s${index}, $v${index}, cast($now as timestamp), cast($now as timestamp), $f${index}, $c${index}, $l${index}, $i${index}, $n${index})`;
    });
    await session.query(
      'write survey responses',
      `insert into survey_responses (workspace_id, response_id, survey_id, version, started_at, updated_at, finished, channel, language, interviewer, invitation_id)
values ${tuples.join(', ')}
on conflict (workspace_id, response_id) do update set version = excluded.version, updated_at = excluded.updated_at,
  finished = survey_responses.finished or excluded.finished, channel = excluded.channel, language = excluded.language, interviewer = excluded.interviewer`,
      { ...common, ...values },
    );
    const ids = Object.fromEntries(chunk.map(({ meta }, index) => [`r${index}`, meta.responseId]));
    await session.query(
      'clear survey answers',
      `delete from survey_answers where workspace_id = $workspace and response_id in (${chunk.map((_, index) => `$r${index}`).join(', ')})`,
      { ...common, ...ids },
    );
  }
  const rows = sets.flatMap(({ meta, answers }) => answers.map((answer) => ({ responseId: meta.responseId, ...answer })));
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + ROWS_PER_STATEMENT);
    const values: Record<string, string | number | null> = {};
    const tuples = chunk.map((row, index) => {
      Object.assign(values, {
        [`r${index}`]: row.responseId,
        [`q${index}`]: row.questionId,
        [`p${index}`]: row.position,
        [`n${index}`]: row.number,
        [`t${index}`]: row.text,
      });
      return `($workspace, $r${index}, $q${index}, $p${index}, cast($n${index} as double precision), $t${index})`;
    });
    await session.query(
      'write survey answers',
      `insert into survey_answers (workspace_id, response_id, question_id, position, number, text) values ${tuples.join(', ')}`,
      { ...common, ...values },
    );
  }
}

/** Opens a follow-up case on each of these detractors' answer sets (nothing for those that have one already). */
export async function openFollowupCases(
  session: Session,
  workspaceId: number,
  cases: readonly { responseId: string; surveyId: string }[],
  now: Date,
): Promise<void> {
  for (let start = 0; start < cases.length; start += ROWS_PER_STATEMENT) {
    const chunk = cases.slice(start, start + ROWS_PER_STATEMENT);
    const values = Object.fromEntries(
      chunk.flatMap((entry, index) => [
        [`r${index}`, entry.responseId],
        [`s${index}`, entry.surveyId],
      ]),
    );
    await session.query(
      'open follow-up cases',
      `insert into followup_cases (workspace_id, response_id, survey_id, status, opened_at, updated_at)
values ${chunk.map((_, index) => `($workspace, $r${index}, $s${index}, 'open', cast($now as timestamp), cast($now as timestamp))`).join(', ')} on conflict do nothing`,
      { workspace: workspaceId, now: sqlTimestamp(now), ...values },
    );
  }
}
