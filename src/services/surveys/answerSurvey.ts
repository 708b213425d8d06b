import { randomBytes } from 'node:crypto';
import { UsageError } from '../../errors/errors.js';
import type { Language } from '../../output/language.js';
import { mergeRows } from '../../store/mergeRows.js';
import { KINDS } from '../../store/schema/kinds.js';
import { sqlTimestamp } from '../../store/sqlTimestamp.js';
import type { Session, Store } from '../../store/Store.js';
import { type AnswerRow, findSurveyResponses, openFollowupCases, type ResponseMeta, writeSurveyResponses } from '../../store/surveys/answerRows.js';
import { findSurveyWebhook } from '../../store/webhooks/surveyWebhooks.js';
import { GroupCommit, type ItemOutcome } from '../groupCommit.js';
import { enqueueDelivery } from '../webhooks/enqueueDelivery.js';
import { webhookDeliverer } from '../webhooks/webhookDeliverer.js';
import { checkAnswers, type ResponseColumns, responseColumns } from './checkAnswers.js';
import type { LoadedSurvey } from './loadSurvey.js';
import { type Channel, pageCount, populationOf } from './surveyDefinition.js';
import { refuseUnlessOpen } from './surveyState.js';

/** The columns of `responses` after `workspace_id`, in the table's order (the kind's columns, then the free attributes), as the answer path writes them. */
const RESPONSE_COLUMNS = [...KINDS.responses.columns.map((column) => column.name), 'attributes'];

/** The most answer sets one commit writes, and the most waiting for a commit before new ones are refused (503). */
export const MAX_ANSWERS_PER_COMMIT = 200;
export const MAX_QUEUED_ANSWERS = 5000;

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
  /** Whether the answer set was stored before this submission (a later page, a personal link answered again). */
  existed: boolean;
}

/** A submission checked against its survey, ready to be written. */
interface PreparedAnswer {
  survey: LoadedSurvey;
  submission: AnswerSubmission;
  responseId: string;
  /** The answers of this submission, and the questions whose answers they replace. */
  rows: AnswerRow[];
  replaced: ReadonlySet<string>;
  finished: boolean;
  now: Date;
}

/** A new answer set's id: `r_` and 128 random bits, so that nobody can guess another's. */
export function newResponseId(): string {
  return `r_${randomBytes(16).toString('base64url')}`;
}

/**
 * Stores a submission of answers to an open survey: the answer set's answers (a page's
 * replacing that page's, the others kept), its `survey_responses` row, the row of `responses`
 * the report reads (NPS, CSAT, CES and comment, with `survey_id` the survey's and the survey's
 * version as the attribute `survey_version`) through the import's merge, for a customer
 * survey's detractor (NPS 0–6) a follow-up case, and when the set is first finished, the
 * delivery of the survey's webhook (sent once committed). Submissions arriving together share
 * one transaction (group commit); the promise resolves once this one is committed. Employee
 * surveys refuse a customer id: their answers stay anonymous.
 *
 * @throws StateError when the survey is closed or not open yet, UsageError naming the field at
 *   fault, StoreError when too many answers already wait for a commit
 */
export async function answerSurvey(store: Store, survey: LoadedSurvey, submission: AnswerSubmission, now: Date): Promise<AnswerReceipt> {
  const { receipt, queued } = await answerWriter(store).write(prepareAnswer(survey, submission, now));
  if (queued) webhookDeliverer(store).nudge();
  return receipt;
}

/** The submission checked against the survey: open, channel, customer id, answers, page. */
function prepareAnswer(survey: LoadedSurvey, submission: AnswerSubmission, now: Date): PreparedAnswer {
  const { definition } = survey;
  refuseUnlessOpen(definition, survey.closedAt, now);
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
  return { survey, submission, responseId: submission.responseId ?? newResponseId(), rows, replaced, finished, now };
}

const writers = new WeakMap<Store, GroupCommit<PreparedAnswer, { receipt: AnswerReceipt; queued: boolean }>>();

/** The one answer writer of a store, made on first use. */
function answerWriter(store: Store): GroupCommit<PreparedAnswer, { receipt: AnswerReceipt; queued: boolean }> {
  const writer =
    writers.get(store) ??
    new GroupCommit(store, commitAnswers, {
      weight: () => 1,
      perCommit: MAX_ANSWERS_PER_COMMIT,
      queued: MAX_QUEUED_ANSWERS,
      behind: (waiting) => `${waiting} survey answers are waiting for a commit: the store is behind, this answer is refused.`,
    });
  writers.set(store, writer);
  return writer;
}

/** An answer set as a batch leaves it: its meta, all its answers and the report's columns of them, the submission that last wrote it. */
interface SetState {
  meta: ResponseMeta;
  answers: AnswerRow[];
  columns: ResponseColumns;
  item: PreparedAnswer;
}

/**
 * Writes a batch of prepared answers in the caller's transaction: each answer set once, in its
 * state after the batch's submissions in order (a page posted twice in one batch counts once),
 * then the follow-up cases and webhook deliveries. A submission continuing another survey's
 * answer set is refused alone.
 */
async function commitAnswers(session: Session, items: readonly PreparedAnswer[]): Promise<ItemOutcome<{ receipt: AnswerReceipt; queued: boolean }>[]> {
  const sets = new Map<string, SetState>();
  const outcomes: ItemOutcome<{ receipt: AnswerReceipt; queued: boolean }>[] = [];
  const announced: { item: PreparedAnswer; set: SetState; index: number }[] = [];
  const followUps: PreparedAnswer[] = [];
  const earlier = await earlierSets(session, items);
  for (const item of items) {
    const key = `${item.survey.workspaceId} ${item.responseId}`;
    let previous: Pick<SetState, 'meta' | 'answers'> | undefined = sets.get(key);
    if (previous === undefined && item.submission.responseId !== undefined) previous = earlier.get(key);
    if (previous !== undefined && previous.meta.surveyId !== item.survey.surveyId) {
      outcomes.push({ error: new UsageError('The answer set continued is not one of this survey.') });
      continue;
    }
    const existed = previous !== undefined;
    const wasFinished = previous?.meta.finished ?? false;
    const answers = [...(previous?.answers ?? []).filter((row) => !item.replaced.has(row.questionId)), ...item.rows];
    const { submission, survey } = item;
    const meta: ResponseMeta = {
      responseId: item.responseId,
      surveyId: survey.surveyId,
      version: survey.version,
      finished: wasFinished || item.finished,
      channel: submission.channel,
      language: submission.language,
      interviewer: submission.interviewer ?? null,
      invitationId: submission.invitationId ?? previous?.meta.invitationId ?? null,
    };
    const set: SetState = { meta, answers, columns: responseColumns(survey.definition, answers), item };
    sets.set(key, set);
    const { nps } = set.columns;
    if (survey.audience === 'customers' && nps !== null && nps <= 6) followUps.push(item);
    if (survey.audience === 'customers' && meta.finished && !wasFinished) announced.push({ item, set, index: outcomes.length });
    outcomes.push({ value: { receipt: { responseId: item.responseId, finished: meta.finished, nps, existed }, queued: false } });
  }
  for (const [workspaceId, own] of byWorkspace([...sets.values()])) {
    const now = own.at(-1)!.item.now;
    await writeSurveyResponses(
      session,
      workspaceId,
      own.map(({ meta, answers, item }) => ({ meta, answers, now: item.now })),
    );
    const rows = own.map(({ columns, item }) => responseRow(item, columns));
    const keys = new Set(own.flatMap(({ item }) => [...Object.keys(item.submission.attributes ?? {}), 'survey_version']));
    await mergeRows(session, KINDS.responses, RESPONSE_COLUMNS, workspaceId, rows, [...keys].sort());
    const detractors = followUps.filter((item) => item.survey.workspaceId === workspaceId);
    await openFollowupCases(
      session,
      workspaceId,
      detractors.map((item) => ({ responseId: item.responseId, surveyId: item.survey.surveyId })),
      now,
    );
  }
  const webhooks = new Map<string, boolean>();
  for (const { item, set, index } of announced) {
    const key = `${item.survey.workspaceId} ${item.survey.surveyId}`;
    if (!webhooks.has(key)) webhooks.set(key, (await findSurveyWebhook(session, item.survey.workspaceId, item.survey.surveyId)) !== null);
    if (!webhooks.get(key)) continue;
    const { columns } = set;
    const data = webhookData(item, columns, set.answers);
    const queued =
      (await enqueueDelivery(
        session,
        item.survey.workspaceId,
        { surveyId: item.survey.surveyId, detractor: columns.nps !== null && columns.nps <= 6, data },
        item.now,
      )) !== null;
    const outcome = outcomes[index];
    if (outcome !== undefined && 'value' in outcome) outcome.value.queued = queued;
  }
  return outcomes;
}

/** The stored answer sets the batch's submissions continue or replace, by `workspace id` and `response id`: read in one go per workspace. */
async function earlierSets(session: Session, items: readonly PreparedAnswer[]): Promise<Map<string, Pick<SetState, 'meta' | 'answers'>>> {
  const wanted = new Map<number, Set<string>>();
  for (const item of items) {
    if (item.submission.responseId !== undefined) wanted.set(item.survey.workspaceId, (wanted.get(item.survey.workspaceId) ?? new Set()).add(item.responseId));
  }
  const earlier = new Map<string, Pick<SetState, 'meta' | 'answers'>>();
  for (const [workspaceId, ids] of wanted) {
    for (const [id, stored] of await findSurveyResponses(session, workspaceId, [...ids]))
      earlier.set(`${workspaceId} ${id}`, { meta: stored, answers: stored.answers });
  }
  return earlier;
}

/** The answer sets of a batch by workspace. */
function byWorkspace(sets: readonly SetState[]): Map<number, SetState[]> {
  const grouped = new Map<number, SetState[]>();
  for (const set of sets) grouped.set(set.item.survey.workspaceId, [...(grouped.get(set.item.survey.workspaceId) ?? []), set]);
  return grouped;
}

/** The `responses` row of an answer set, as text for the staging table. */
function responseRow(item: PreparedAnswer, columns: ResponseColumns): (string | null)[] {
  const { survey, submission } = item;
  const text = (value: number | null) => (value === null ? null : String(value));
  const attributes = { ...submission.attributes, survey_version: survey.version };
  return [
    item.responseId,
    survey.surveyId,
    sqlTimestamp(item.now),
    submission.customerId ?? null,
    submission.channel,
    populationOf(survey.audience),
    text(columns.nps),
    text(columns.csat),
    text(columns.ces),
    columns.comment,
    submission.language,
    JSON.stringify(attributes),
  ];
}

/** What a webhook receives of an answer set: its ids, channel, language, the report's columns, every answer by question id and its attributes. */
function webhookData(item: PreparedAnswer, columns: ResponseColumns, rows: readonly AnswerRow[]) {
  const { survey, submission } = item;
  const answers: Record<string, number | string | string[]> = {};
  for (const question of survey.definition.questions) {
    const own = rows.filter((row) => row.questionId === question.id);
    if (own.length === 0) continue;
    answers[question.id] = question.type === 'multichoice' ? own.map((row) => row.text ?? '') : (own[0]!.number ?? own[0]!.text ?? '');
  }
  return {
    responseId: item.responseId,
    surveyVersion: survey.version,
    submittedAt: item.now.toISOString(),
    customerId: submission.customerId ?? null,
    channel: submission.channel,
    language: submission.language,
    ...columns,
    answers,
    attributes: submission.attributes ?? {},
  };
}
