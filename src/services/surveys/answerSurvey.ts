import { randomBytes } from 'node:crypto';
import { StateError, UsageError } from '../../errors/errors.js';
import type { Language } from '../../output/language.js';
import { mergeRows } from '../../store/mergeRows.js';
import { KINDS } from '../../store/schema/kinds.js';
import { sqlTimestamp } from '../../store/sqlTimestamp.js';
import type { Store } from '../../store/Store.js';
import { type AnswerRow, findSurveyResponse, openFollowupCase, writeSurveyResponse } from '../../store/surveys/answerRows.js';
import { enqueueDelivery } from '../webhooks/enqueueDelivery.js';
import { webhookDeliverer } from '../webhooks/webhookDeliverer.js';
import { checkAnswers, type ResponseColumns, responseColumns } from './checkAnswers.js';
import type { LoadedSurvey } from './loadSurvey.js';
import { type Channel, pageCount, populationOf } from './surveyDefinition.js';
import { surveyState } from './surveyState.js';

/** The columns of `responses` after `workspace_id`, in the table's order, as the answer path writes them. */
const RESPONSE_COLUMNS = [
  'response_id',
  'survey_id',
  'submitted_at',
  'customer_id',
  'channel',
  'population',
  'nps',
  'csat',
  'ces',
  'comment',
  'language',
  'attributes',
];

/** One submission of answers: a whole answer set (the API, an interviewer) or one page of the survey page. */
export interface AnswerSubmission {
  /** Question id → value, as {@link checkAnswers} takes them. */
  answers: Readonly<Record<string, unknown>>;
  channel: Channel;
  language: Language;
  customerId?: string | undefined;
  /** Free attributes of the response (team, store…), usable in --where and --by. */
  attributes?: Readonly<Record<string, string | number | boolean>> | undefined;
  /** Who entered the answers (phone and face-to-face interviews). */
  interviewer?: string | undefined;
  /** The answer set this submission continues or replaces (a later page, a personal link answered again); a new one when absent. */
  responseId?: string | undefined;
  invitationId?: string | undefined;
  /** The page submitted: its questions are replaced and its required ones checked. Absent: the whole survey. */
  page?: number | undefined;
}

/** What a submission stored. */
export interface AnswerReceipt {
  responseId: string;
  /** Whether the answer set reached the survey's last page. */
  finished: boolean;
  /** The NPS answer of the set, if any (for the detractor follow-up and webhooks). */
  nps: number | null;
}

/** A new answer set's id: `r_` and 128 random bits, so that nobody can guess another's. */
export function newResponseId(): string {
  return `r_${randomBytes(16).toString('base64url')}`;
}

/**
 * Stores a submission of answers to an open survey, in one transaction: the answer set's
 * answers (a page's replacing that page's, the others kept), its `survey_responses` row, the
 * row of `responses` the report reads (NPS, CSAT, CES and comment, with `survey_id` the
 * survey's and the survey's version as the attribute `survey_version`) through the import's
 * merge, for a customer survey's detractor (NPS 0–6) a follow-up case, and when the set is
 * first finished, the delivery of the survey's webhook (sent once committed). Employee surveys
 * refuse a customer id: their answers stay anonymous.
 *
 * @throws StateError when the survey is closed or not open yet, UsageError naming the field at fault
 */
export async function answerSurvey(store: Store, survey: LoadedSurvey, submission: AnswerSubmission, now: Date): Promise<AnswerReceipt> {
  const { definition } = survey;
  const state = surveyState(definition, survey.closedAt, now);
  if (state.status === 'closed') throw new StateError(`The survey closed on ${state.closedOn}: it takes no more answers.`);
  if (state.status === 'scheduled') throw new StateError(`The survey opens on ${state.opensAt}: it takes no answers yet.`);
  if (survey.audience === 'employees' && submission.customerId !== undefined) {
    throw new UsageError('customer_id is not taken by an employee survey: its answers are anonymous.');
  }
  if (!definition.channels.includes(submission.channel)) {
    throw new UsageError(`channel "${submission.channel}" is not a channel of this survey (${definition.channels.join(', ')}).`);
  }
  const onPage = definition.questions.filter((question) => submission.page === undefined || question.page === submission.page);
  const rows = checkAnswers(definition, submission.answers, onPage);
  const replaced = new Set(onPage.map((question) => question.id));
  for (const row of rows) {
    if (!replaced.has(row.questionId)) throw new UsageError(`answers.${row.questionId} is not a question of page ${submission.page}.`);
  }
  const finished = submission.page === undefined || submission.page === pageCount(definition);
  const responseId = submission.responseId ?? newResponseId();
  const written = await store.transaction(async (session) => {
    const earlier = submission.responseId === undefined ? null : await findSurveyResponse(session, survey.workspaceId, responseId);
    if (earlier !== null && earlier.surveyId !== survey.surveyId) throw new UsageError('The answer set continued is not one of this survey.');
    const kept: AnswerRow[] = (earlier?.answers ?? []).filter((row) => !replaced.has(row.questionId));
    const all = [...kept, ...rows];
    await writeSurveyResponse(
      session,
      survey.workspaceId,
      {
        responseId,
        surveyId: survey.surveyId,
        version: survey.version,
        finished,
        channel: submission.channel,
        language: submission.language,
        interviewer: submission.interviewer ?? null,
        invitationId: submission.invitationId ?? null,
      },
      all,
      now,
    );
    const columns = responseColumns(definition, all);
    const attributes = { ...submission.attributes, survey_version: survey.version };
    const text = (value: number | null) => (value === null ? null : String(value));
    await mergeRows(
      session,
      KINDS.responses,
      RESPONSE_COLUMNS,
      survey.workspaceId,
      [
        [
          responseId,
          survey.surveyId,
          sqlTimestamp(now),
          submission.customerId ?? null,
          submission.channel,
          populationOf(survey.audience),
          text(columns.nps),
          text(columns.csat),
          text(columns.ces),
          columns.comment,
          submission.language,
          JSON.stringify(attributes),
        ],
      ],
      Object.keys(attributes).sort(),
    );
    const detractor = columns.nps !== null && columns.nps <= 6;
    if (survey.audience === 'customers' && detractor) await openFollowupCase(session, survey.workspaceId, responseId, survey.surveyId, now);
    // A webhook hears of an answer set once, when it is first finished (employee surveys have none).
    const queued =
      survey.audience === 'customers' && finished && earlier?.finished !== true
        ? await enqueueDelivery(
            session,
            survey.workspaceId,
            { surveyId: survey.surveyId, detractor, data: webhookData(responseId, survey, submission, columns, all, now) },
            now,
          )
        : null;
    return { receipt: { responseId, finished, nps: columns.nps }, queued };
  });
  if (written.queued !== null) webhookDeliverer(store).nudge();
  return written.receipt;
}

/** What a webhook receives of an answer set: its ids, channel, language, the report's columns, every answer by question id and its attributes. */
function webhookData(responseId: string, survey: LoadedSurvey, submission: AnswerSubmission, columns: ResponseColumns, rows: readonly AnswerRow[], now: Date) {
  const answers: Record<string, number | string | string[]> = {};
  for (const question of survey.definition.questions) {
    const own = rows.filter((row) => row.questionId === question.id);
    if (own.length === 0) continue;
    answers[question.id] = question.type === 'multichoice' ? own.map((row) => row.text ?? '') : (own[0]!.number ?? own[0]!.text ?? '');
  }
  return {
    responseId,
    surveyVersion: survey.version,
    submittedAt: now.toISOString(),
    customerId: submission.customerId ?? null,
    channel: submission.channel,
    language: submission.language,
    ...columns,
    answers,
    attributes: submission.attributes ?? {},
  };
}
