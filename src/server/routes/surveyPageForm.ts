import { UsageError } from '../../errors/errors.js';
import { checkAnswers } from '../../services/surveys/checkAnswers.js';
import { MAX_TEXT_ANSWER, type Question, type SurveyDefinition } from '../../services/surveys/surveyDefinition.js';
import type { AnswerRow } from '../../store/surveys/answerRows.js';
import { answerField, type Problem } from '../pages/surveyPage.js';

/** One page's answers as its form sent them. */
export interface PageForm {
  /** What to show again, by question id (every value of a multichoice). */
  values: Map<string, string[]>;
  /** The answers as answerSurvey takes them (a list for a multichoice); unanswered questions left out. */
  answers: Record<string, string | string[]>;
  /** The answers refused, by question id. */
  problems: Map<string, Problem>;
}

/** Whether a form value leaves its question unanswered: absent, blank, or no box ticked. */
function unanswered(value: string | string[] | undefined): boolean {
  return value === undefined || (typeof value === 'string' ? value.trim() === '' : value.length === 0);
}

/** Why one question's answer is refused, or null when it is taken: checked by the service's own checks, then told apart for the respondent. */
function problemOf(definition: SurveyDefinition, question: Question, value: string | string[] | undefined): Problem | null {
  try {
    checkAnswers(definition, value === undefined ? {} : { [question.id]: value }, [question]);
    return null;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    if (unanswered(value)) return { kind: 'missing' };
    const length = typeof value === 'string' ? value.trim().length : 0;
    return question.type === 'text' && length > MAX_TEXT_ANSWER ? { kind: 'tooLong', length } : { kind: 'invalid' };
  }
}

/** The answers of page `page` in a posted form, as {@link readAnswerForm} reads them. */
export function readPageForm(definition: SurveyDefinition, page: number, form: URLSearchParams): PageForm {
  return readAnswerForm(
    definition,
    definition.questions.filter((candidate) => candidate.page === page),
    form,
  );
}

/**
 * The answers to `questions` in a posted form (fields `a.<question id>`, repeated for the
 * boxes of a multichoice; other fields ignored), each checked on its own so that every
 * refused answer is marked, not only the first: one page of the survey page, or every
 * question of the interviewer's form.
 */
export function readAnswerForm(definition: SurveyDefinition, questions: readonly Question[], form: URLSearchParams): PageForm {
  const values = new Map<string, string[]>();
  const answers: Record<string, string | string[]> = {};
  const problems = new Map<string, Problem>();
  for (const question of questions) {
    const sent = form.getAll(answerField(question.id));
    values.set(question.id, sent);
    const value = question.type === 'multichoice' ? sent : sent[0];
    const problem = problemOf(definition, question, value);
    if (problem !== null) problems.set(question.id, problem);
    else if (!unanswered(value) && value !== undefined) answers[question.id] = value;
  }
  return { values, answers, problems };
}

/** Stored answers as the form shows them, by question id: numbers written out, option ids, texts. */
export function storedValues(rows: readonly AnswerRow[]): Map<string, string[]> {
  const values = new Map<string, string[]>();
  for (const row of rows) {
    const value = row.number === null ? (row.text ?? '') : String(row.number);
    values.set(row.questionId, [...(values.get(row.questionId) ?? []), value]);
  }
  return values;
}

/** The first page before `page` with a required question the stored answers leave unanswered (where the respondent must go back to), or null. */
export function firstIncompletePage(definition: SurveyDefinition, rows: readonly AnswerRow[], page: number): number | null {
  const answered = new Set(rows.map((row) => row.questionId));
  const pages = definition.questions
    .filter((question) => question.page < page && question.required && !answered.has(question.id))
    .map((question) => question.page);
  return pages.length === 0 ? null : Math.min(...pages);
}
