import { UsageError } from '../../errors/errors.js';
import type { AnswerRow } from '../../store/surveys/answerRows.js';
import { quoted, storable } from '../validation/zodFields.js';
import { MAX_TEXT_ANSWER, type Question, type SurveyDefinition } from './surveyDefinition.js';

/**
 * The answers of a submission checked against the survey's questions and turned into stored
 * rows. `answers` maps question ids to a value as JSON or a form gives it: a whole number (or
 * its digits, from a form) for a scale, an option id for a choice, a list of option ids (or one)
 * for a multichoice, a text for a text question; null, "" or an empty list leave the question
 * unanswered. `required` are the questions this submission must answer (a page's, or all).
 *
 * @throws UsageError naming the field at fault (`answers.q1 11 is not a whole number from 0 to 10.`)
 */
export function checkAnswers(definition: SurveyDefinition, answers: Readonly<Record<string, unknown>>, required: readonly Question[]): AnswerRow[] {
  const questions = new Map(definition.questions.map((question) => [question.id, question]));
  const rows: AnswerRow[] = [];
  for (const [id, value] of Object.entries(answers)) {
    const question = questions.get(id);
    if (question === undefined) {
      throw new UsageError(`answers.${id} is not a question of this survey (${[...questions.keys()].join(', ')}).`);
    }
    rows.push(...answerRows(question, value));
  }
  for (const question of required) {
    if (question.required && !rows.some((row) => row.questionId === question.id)) {
      throw new UsageError(`answers.${question.id} is missing: this question must be answered.`);
    }
  }
  return rows;
}

/** Whether a value leaves its question unanswered. */
function unanswered(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/** The stored rows of one question's answer. */
function answerRows(question: Question, value: unknown): AnswerRow[] {
  if (unanswered(value)) return [];
  const field = `answers.${question.id}`;
  switch (question.type) {
    case 'choice': {
      if (typeof value !== 'string') throw new UsageError(`${field} ${quoted(value)} is not one option id.`);
      return [{ questionId: question.id, position: 0, number: null, text: optionOf(question, value, field) }];
    }
    case 'multichoice': {
      const chosen = typeof value === 'string' ? [value] : value;
      if (!Array.isArray(chosen) || !chosen.every((item) => typeof item === 'string'))
        throw new UsageError(`${field} ${quoted(value)} is not a list of option ids.`);
      if (new Set(chosen).size !== chosen.length) throw new UsageError(`${field} ${quoted(value)} names an option twice.`);
      return chosen.map((item, position) => ({ questionId: question.id, position, number: null, text: optionOf(question, item, field) }));
    }
    case 'text': {
      if (typeof value !== 'string' || !storable(value)) throw new UsageError(`${field} ${quoted(value)} is not a text.`);
      const text = value.trim();
      if (text.length > MAX_TEXT_ANSWER) {
        throw new UsageError(`${field} is ${text.length.toLocaleString('en')} characters long: at most ${MAX_TEXT_ANSWER.toLocaleString('en')} are taken.`);
      }
      return text === '' ? [] : [{ questionId: question.id, position: 0, number: null, text }];
    }
    default: {
      const min = question.min ?? 0;
      const max = question.max ?? 0;
      const number = typeof value === 'string' && /^-?\d{1,4}$/.test(value.trim()) ? Number(value) : value;
      if (typeof number !== 'number' || !Number.isInteger(number) || number < min || number > max) {
        throw new UsageError(`${field} ${quoted(value)} is not a whole number from ${min} to ${max}.`);
      }
      return [{ questionId: question.id, position: 0, number, text: null }];
    }
  }
}

/** The option id, checked against the question's options. */
function optionOf(question: Question, id: string, field: string): string {
  const options = question.options ?? [];
  if (!options.some((option) => option.id === id)) {
    throw new UsageError(`${field} ${quoted(id)} is not an option of this question (${options.map((option) => option.id).join(', ')}).`);
  }
  return id;
}

/** The values an answer set gives the `responses` row the report reads. */
export interface ResponseColumns {
  nps: number | null;
  csat: number | null;
  ces: number | null;
  comment: string | null;
}

/**
 * The report's columns of an answer set: the answer to the survey's first NPS, CSAT and CES
 * question, and to its first text question as the comment (null where unanswered).
 */
export function responseColumns(definition: SurveyDefinition, rows: readonly AnswerRow[]): ResponseColumns {
  const first = (type: Question['type']) => {
    const question = definition.questions.find((candidate) => candidate.type === type);
    return rows.find((row) => row.questionId === question?.id);
  };
  return { nps: first('nps')?.number ?? null, csat: first('csat')?.number ?? null, ces: first('ces')?.number ?? null, comment: first('text')?.text ?? null };
}
