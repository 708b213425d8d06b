import { sqlTimestamp } from '../sqlTimestamp.js';
import { emptyCopySql } from '../queries/dialect.js';
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
  return (await findSurveyResponses(session, workspaceId, [responseId])).get(responseId) ?? null;
}

/** The stored answer sets among these ids in the workspace, by id (ids with none are absent): two queries per 1,000 ids. */
export async function findSurveyResponses(session: Session, workspaceId: number, responseIds: readonly string[]): Promise<Map<string, StoredResponse>> {
  const found = new Map<string, StoredResponse>();
  for (let start = 0; start < responseIds.length; start += ROWS_PER_STATEMENT) {
    const chunk = responseIds.slice(start, start + ROWS_PER_STATEMENT);
    const params = { workspace: workspaceId, ...Object.fromEntries(chunk.map((id, index) => [`r${index}`, id])) };
    const ids = chunk.map((_, index) => `$r${index}`).join(', ');
    const metas = await session.query<{
      response_id: string;
      survey_id: string;
      version: number;
      finished: boolean;
      channel: string;
      language: string;
      interviewer: string | null;
      invitation_id: string | null;
    }>(
      'find survey responses',
      `select response_id, survey_id, version, finished, channel, language, interviewer, invitation_id from survey_responses
where workspace_id = $workspace and response_id in (${ids})`,
      params,
    );
    if (metas.length === 0) continue;
    const answers = await session.query<{ response_id: string; question_id: string; position: number; number: number | null; text: string | null }>(
      'find survey answers',
      `select response_id, question_id, position, number, text from survey_answers
where workspace_id = $workspace and response_id in (${ids}) order by response_id, question_id, position`,
      params,
    );
    for (const meta of metas) {
      found.set(meta.response_id, {
        responseId: meta.response_id,
        surveyId: meta.survey_id,
        version: meta.version,
        finished: meta.finished,
        channel: meta.channel,
        language: meta.language,
        interviewer: meta.interviewer,
        invitationId: meta.invitation_id,
        answers: [],
      });
    }
    for (const row of answers) {
      found.get(row.response_id)?.answers.push({
        questionId: row.question_id,
        position: Number(row.position),
        number: row.number === null ? null : Number(row.number),
        text: row.text,
      });
    }
  }
  return found;
}

/** The most rows one insert statement carries (bound parameters stay far under PostgreSQL's 65,535). */
const ROWS_PER_STATEMENT = 1000;

/**
 * Writes answer sets of one workspace inside the caller's transaction (each response id once):
 * their `survey_responses` rows at each set's own time `now` (a finished set stays finished;
 * `started_at` is kept from the first write) and all their answers, replacing those stored
 * before. The rows are staged in temporary tables through `insertRows` (DuckDB's appender, one
 * JSON parameter on PostgreSQL) and written by one statement each, whatever the batch's size.
 */
export async function writeSurveyResponses(
  session: Session,
  workspaceId: number,
  sets: readonly { meta: ResponseMeta; answers: readonly AnswerRow[]; now: Date }[],
): Promise<void> {
  const workspace = String(workspaceId);
  const text = (value: string | number | boolean | null) => (value === null ? null : String(value));
  await session.execute(
    'stage survey responses',
    `drop table if exists staged_responses; drop table if exists staged_answers;
${emptyCopySql(session.engine, 'staged_responses', 'survey_responses')};
${emptyCopySql(session.engine, 'staged_answers', 'survey_answers')}`,
  );
  await session.insertRows(
    'staged_responses',
    sets.map(({ meta, now }) => [
      workspace,
      meta.responseId,
      meta.surveyId,
      String(meta.version),
      sqlTimestamp(now),
      sqlTimestamp(now),
      String(meta.finished),
      meta.channel,
      meta.language,
      meta.interviewer,
      meta.invitationId,
    ]),
  );
  await session.insertRows(
    'staged_answers',
    sets.flatMap(({ meta, answers }) =>
      answers.map((answer) => [workspace, meta.responseId, answer.questionId, String(answer.position), text(answer.number), answer.text]),
    ),
  );
  await session.query(
    'write survey responses',
    `insert into survey_responses select * from staged_responses
on conflict (workspace_id, response_id) do update set version = excluded.version, updated_at = excluded.updated_at,
  finished = survey_responses.finished or excluded.finished, channel = excluded.channel, language = excluded.language, interviewer = excluded.interviewer`,
  );
  await session.query(
    'clear survey answers',
    'delete from survey_answers where workspace_id = $workspace and response_id in (select response_id from staged_responses)',
    { workspace: workspaceId },
  );
  await session.query('write survey answers', 'insert into survey_answers select * from staged_answers');
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
