import { type Margins, marginsFor } from '../../services/surveys/manageSurveys.js';
import { CHANNELS, MAX_QUESTIONS, type Question, QUESTION_TYPES, type SurveyDefinition } from '../../services/surveys/surveyDefinition.js';

/**
 * The survey form's fields (GET/POST /surveys/new, /surveys/:id/edit) and the survey file's
 * JSON they stand for, both ways: a definition shown as fields to edit, and the fields sent
 * turned back into the JSON that parseSurveyDefinition checks, so that the form and the API
 * refuse the same things with the same sentences.
 */

/** The form's fields by name, as sent or as filled from a definition (one value each). */
export type FormValues = Readonly<Record<string, string>>;

/** The empty question rows the form offers below the filled ones, and adds on "more questions". */
export const EMPTY_ROWS = 3;

/** The name of one field of question row `row` (from 0): `q2.options`. */
export function questionField(row: number, field: string): string {
  return `q${row}.${field}`;
}

/** The name of a channel's checkbox: `channel.email`. */
export function channelField(channel: string): string {
  return `channel.${channel}`;
}

/** The text fields of a question row; a row where they are all blank is ignored. */
const ROW_TEXTS = ['id', 'label_fr', 'label_en', 'min', 'max', 'dimension', 'options'] as const;

/** The question rows the form shows: the `rows` field sent, kept from 1 to the most questions a survey holds. */
export function rowCount(values: FormValues): number {
  const rows = Number(values.rows);
  return Number.isInteger(rows) ? Math.min(Math.max(rows, 1), MAX_QUESTIONS) : EMPTY_ROWS;
}

/** A share (0 to 1) as the form shows it, in percent, without binary noise: 0.35 → "35". */
function percent(share: number | undefined): string {
  return share === undefined ? '' : String(Number((share * 100).toPrecision(12)));
}

/** The fields of the form showing `definition`, with {@link EMPTY_ROWS} empty question rows after its questions. */
export function fieldsOfDefinition(definition: SurveyDefinition): Record<string, string> {
  const values: Record<string, string> = {
    title_fr: definition.title.fr,
    title_en: definition.title.en,
    theme: definition.theme ?? '',
    intro_fr: definition.introduction?.fr ?? '',
    intro_en: definition.introduction?.en ?? '',
    audience: definition.audience,
    opens_at: definition.opensAt ?? '',
    closes_at: definition.closesAt ?? '',
    target: definition.targetSample === undefined ? '' : String(definition.targetSample),
    promoters: percent(definition.expected?.promoters),
    detractors: percent(definition.expected?.detractors),
    satisfied: percent(definition.expected?.satisfied),
    rows: String(definition.questions.length + EMPTY_ROWS),
  };
  for (const channel of definition.channels) values[channelField(channel)] = 'on';
  return Object.assign(values, ...definition.questions.map(questionFields));
}

/** One question's fields in row `row`; a fixed scale's min and max are not shown (only a rating question gives them). */
function questionFields(question: Question, row: number): Record<string, string> {
  const field = (name: string) => questionField(row, name);
  const values: Record<string, string> = {
    [field('id')]: question.id,
    [field('type')]: question.type,
    [field('label_fr')]: question.label.fr,
    [field('label_en')]: question.label.en,
    [field('page')]: String(question.page),
  };
  if (question.required) values[field('required')] = 'on';
  if (question.type === 'rating') {
    values[field('min')] = String(question.min);
    values[field('max')] = String(question.max);
  }
  if (question.display !== undefined) values[field('display')] = question.display;
  if (question.dimension !== undefined) values[field('dimension')] = question.dimension;
  if (question.reverse) values[field('reverse')] = 'on';
  if (question.options !== undefined)
    values[field('options')] = question.options.map((option) => `${option.id} | ${option.label.fr} | ${option.label.en}`).join('\n');
  return values;
}

/** A number as the form writes it (a decimal comma and spaces accepted); other text is kept as text, to be refused naming its field. */
function numberOf(text: string | undefined): number | string | undefined {
  const value = (text ?? '').replace(/[\s\u00A0\u202F]/g, '');
  if (value === '') return undefined;
  return /^-?\d+([.,]\d+)?$/.test(value) ? Number(value.replace(',', '.')) : value;
}

/** A share from a percentage field: 35 → 0.35 (text is kept as text, to be refused). */
function shareOf(text: string | undefined): number | string | undefined {
  const value = numberOf(text);
  return typeof value === 'number' ? Number((value / 100).toPrecision(12)) : value;
}

/** A text in both languages from its two fields: the one given stands for both; absent when both are blank. */
function translatedOf(fr: string | undefined, en: string | undefined): { fr?: string; en?: string } | undefined {
  const text: { fr?: string; en?: string } = {};
  if (fr?.trim()) text.fr = fr.trim();
  if (en?.trim()) text.en = en.trim();
  return text.fr === undefined && text.en === undefined ? undefined : text;
}

/** The options of a choice question, one a line: `id | label fr | label en` (one label serves both languages). */
function optionsOf(text: string): Record<string, unknown>[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const [id = '', fr, ...en] = line.split('|').map((part) => part.trim());
      const label = translatedOf(fr, en.join(' | '));
      return label === undefined ? { id } : { id, label };
    });
}

/** The question of row `row` as the survey file writes it, or null for a row left empty or ticked to be removed. */
function questionOf(values: FormValues, row: number): Record<string, unknown> | null {
  const text = (name: string) => (values[questionField(row, name)] ?? '').trim();
  if (text('remove') === 'on' || ROW_TEXTS.every((name) => text(name) === '')) return null;
  const question: Record<string, unknown> = { id: text('id'), type: text('type') };
  const label = translatedOf(text('label_fr'), text('label_en'));
  if (label !== undefined) question.label = label;
  if (text('required') === 'on') question.required = true;
  for (const name of ['page', 'min', 'max'] as const) {
    const value = numberOf(text(name));
    if (value !== undefined) question[name] = value;
  }
  if (text('display') !== '') question.display = text('display');
  if (text('dimension') !== '') question.dimension = text('dimension');
  if (text('reverse') === 'on') question.reverse = true;
  if (text('options') !== '') question.options = optionsOf(text('options'));
  return question;
}

/** What the form's fields describe: the survey file's JSON, and for each of its questions the form row it came from. */
export interface SurveyDraft {
  json: Record<string, unknown>;
  rows: number[];
}

/**
 * The survey file's JSON the form's fields describe, empty question rows and rows ticked
 * "remove" left out: blank
 * optional fields are absent, numbers are read with a point or a comma, the expected shares
 * are percentages, and each option is a line `id | label fr | label en`.
 */
export function draftOfForm(values: FormValues): SurveyDraft {
  const json: Record<string, unknown> = { audience: values.audience ?? '' };
  const title = translatedOf(values.title_fr, values.title_en);
  if (title !== undefined) json.title = title;
  if (values.theme?.trim()) json.theme = values.theme.trim();
  const introduction = translatedOf(values.intro_fr, values.intro_en);
  if (introduction !== undefined) json.introduction = introduction;
  json.channels = CHANNELS.filter((channel) => values[channelField(channel)] === 'on');
  if (values.opens_at?.trim()) json.opensAt = values.opens_at.trim();
  if (values.closes_at?.trim()) json.closesAt = values.closes_at.trim();
  const target = numberOf(values.target);
  if (target !== undefined) json.targetSample = target;
  const expected: Record<string, unknown> = {};
  for (const share of ['promoters', 'detractors', 'satisfied'] as const) {
    const value = shareOf(values[share]);
    if (value !== undefined) expected[share] = value;
  }
  if (Object.keys(expected).length > 0) json.expected = expected;
  const questions: Record<string, unknown>[] = [];
  const rows: number[] = [];
  for (let row = 0; row < rowCount(values); row++) {
    const question = questionOf(values, row);
    if (question === null) continue;
    questions.push(question);
    rows.push(row);
  }
  json.questions = questions;
  return { json, rows };
}

/** The places of the form a refusal's top field names: the field's name in the survey file → the form's place. */
const PLACES: Record<string, string> = {
  title: 'title',
  theme: 'theme',
  introduction: 'introduction',
  audience: 'audience',
  channels: 'channels',
  opensAt: 'opens_at',
  closesAt: 'closes_at',
  targetSample: 'target',
  expected: 'expected',
  questions: 'questions',
};

/**
 * The place of the form a refusal of parseSurveyDefinition is about, from the field it
 * begins with (`questions[2].options[0].label is missing.` → the options of the question in
 * the form row the third question came from: `q4.options` when rows 1 and 3 were empty), or
 * null when it names none.
 */
export function refusedPlace(message: string, rows: readonly number[]): string | null {
  const match = /^([A-Za-z]+)(?:\[(\d+)\])?(?:\.([A-Za-z]+))?/.exec(message);
  if (match === null) return null;
  const [, top = '', index, field] = match;
  if (top === 'questions' && index !== undefined) {
    const row = rows[Number(index)];
    if (row === undefined) return 'questions';
    return field === undefined ? `q${row}` : questionField(row, field);
  }
  return PLACES[top] ?? null;
}

/** The margins of error of the target the form gives, for the question types and expected shares it gives, or null without a valid target. */
export function plannedMarginsOfForm(values: FormValues): { target: number; margins: Margins } | null {
  const { json } = draftOfForm(values);
  const target = json.targetSample;
  if (typeof target !== 'number' || !Number.isInteger(target) || target < 1) return null;
  const questions = (json.questions as { type: unknown }[]).flatMap(({ type }) =>
    QUESTION_TYPES.some((known) => known === type) ? [{ type: type as Question['type'] }] : [],
  );
  const given = (json.expected ?? {}) as Record<string, unknown>;
  const expected: Record<string, number> = {};
  for (const [share, value] of Object.entries(given)) if (typeof value === 'number' && value >= 0 && value <= 1) expected[share] = value;
  return { target, margins: marginsFor({ questions, expected }, target) };
}
