import { z } from 'zod';
import type { UsageError } from '../../errors/errors.js';
import { type Translated, translated } from '../validation/translated.js';
import { mustBe, quoted, storableText, zodRefusal } from '../validation/zodFields.js';

export type { Translated };

/**
 * A survey as its file (`barometre surveys create survey.json`) and the API give it
 * (docs/surveys.md): a title, an audience, channels, an open and a close day, a target sample
 * and questions. Every text is given in French and English (`{"fr": …, "en": …}`); a text
 * given as one string, or in one language only, is shown in both.
 */

/** Who answers: customers, or employees (whose answers keep no customer id, count in eNPS, and show only in groups of 5 or more). */
export const AUDIENCES = ['customers', 'employees'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** How an answer reaches the survey: its public link, a personal e-mail link, the on-site widget, an interviewer by phone or in person. */
export const CHANNELS = ['link', 'email', 'widget', 'phone', 'face-to-face'] as const;
export type Channel = (typeof CHANNELS)[number];

/** The kinds of question. */
export const QUESTION_TYPES = ['nps', 'csat', 'ces', 'rating', 'likert', 'choice', 'multichoice', 'text'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** The fixed scales: NPS 0–10 (Reichheld 2003), CSAT 1–5, CES 1–7 (CEB/Gartner CES 2.0), Likert agreement 1–5 (5 = strongly agree). */
export const FIXED_SCALES = { nps: { min: 0, max: 10 }, csat: { min: 1, max: 5 }, ces: { min: 1, max: 7 }, likert: { min: 1, max: 5 } } as const;

/** The longest answer to a text question, in characters: a longer one is refused, not cut. */
export const MAX_TEXT_ANSWER = 5000;

/** The most questions a survey holds, and options a choice question offers. */
export const MAX_QUESTIONS = 100;
export const MAX_OPTIONS = 50;

/** One option of a choice or multichoice question. */
export interface QuestionOption {
  id: string;
  label: Translated;
}

/** One question, checked; `min` and `max` are set for every scale question (the fixed scales' own for nps, csat, ces, likert). */
export interface Question {
  id: string;
  type: QuestionType;
  label: Translated;
  /** Whether a page cannot be left without answering it. */
  required: boolean;
  /** The page the question is on, from 1; questions of one page show together. */
  page: number;
  min?: number;
  max?: number;
  /** CSAT only: stars (default) or smileys. */
  display?: 'stars' | 'smileys';
  options?: QuestionOption[];
  /** Likert only: the dimension of the employee barometer the item measures. */
  dimension?: string;
  /** Likert only: the item is worded against the dimension, its answer counts as 6 − answer. */
  reverse?: boolean;
}

/** The shares a survey plan expects: of promoters and detractors (NPS), of satisfied answers (CSAT), each from 0 to 1. */
export interface ExpectedShares {
  promoters?: number;
  detractors?: number;
  satisfied?: number;
}

/** A survey's definition, checked. */
export interface SurveyDefinition {
  title: Translated;
  /** What the survey is about, in the survey plan's words (free text). */
  theme?: string;
  /** A line shown under the title on the first page. */
  introduction?: Translated;
  audience: Audience;
  channels: Channel[];
  /** The first and last calendar day (UTC) answers are taken, inclusive; absent: from creation, until closed. */
  opensAt?: string;
  closesAt?: string;
  /** The number of answers the plan aims at (its margin of error is shown beside it). */
  targetSample?: number;
  /** The shares the plan expects, for its margins of error (absent: the worst case, ½). */
  expected?: ExpectedShares;
  questions: Question[];
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;

const id = (what: string) => z.string({ error: mustBe(what) }).regex(ID, { error: mustBe(what) });

/** YYYY-MM-DD, a real calendar day. */
const day = z.string({ error: mustBe('a day written YYYY-MM-DD') }).refine(
  (value) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  },
  { error: mustBe('a day written YYYY-MM-DD') },
);

const integer = (what: string, min: number, max: number) =>
  z
    .number({ error: mustBe(what) })
    .int({ error: mustBe(what) })
    .min(min, { error: mustBe(what) })
    .max(max, { error: mustBe(what) });

const share = z
  .number({ error: mustBe('a share from 0 to 1') })
  .min(0, { error: mustBe('a share from 0 to 1') })
  .max(1, { error: mustBe('a share from 0 to 1') });

const QUESTION_FIELDS = {
  id: id('1 to 64 letters, digits, _ or -'),
  type: z.enum(QUESTION_TYPES, { error: mustBe(QUESTION_TYPES.join(', ')) }),
  label: translated('a text of 1 to 500 characters', 500),
  required: z.boolean({ error: mustBe('true or false') }).optional(),
  page: integer('a page number from 1 to 50', 1, 50).optional(),
  min: integer('a whole number from -100 to 100', -100, 100).optional(),
  max: integer('a whole number from -100 to 100', -100, 100).optional(),
  display: z.enum(['stars', 'smileys'], { error: mustBe('stars or smileys') }).optional(),
  options: z
    .array(z.strictObject({ id: id('1 to 64 letters, digits, _ or -'), label: translated('a text of 1 to 200 characters', 200) }), {
      error: mustBe(`a list of 2 to ${MAX_OPTIONS} options`),
    })
    .min(2, { error: mustBe(`a list of 2 to ${MAX_OPTIONS} options`) })
    .max(MAX_OPTIONS, { error: mustBe(`a list of 2 to ${MAX_OPTIONS} options`) })
    .optional(),
  dimension: storableText('a text of 1 to 64 characters', 1, 64).optional(),
  reverse: z.boolean({ error: mustBe('true or false') }).optional(),
};

const SURVEY_FIELDS = {
  title: translated('a text of 1 to 200 characters', 200),
  theme: storableText('a text of 1 to 500 characters', 1, 500).optional(),
  introduction: translated('a text of 1 to 2000 characters', 2000).optional(),
  audience: z.enum(AUDIENCES, { error: mustBe(AUDIENCES.join(' or ')) }),
  channels: z
    .array(z.enum(CHANNELS, { error: mustBe(CHANNELS.join(', ')) }), { error: mustBe(`a list of channels among ${CHANNELS.join(', ')}`) })
    .min(1, { error: mustBe(`a list of channels among ${CHANNELS.join(', ')}`) })
    .optional(),
  opensAt: day.optional(),
  closesAt: day.optional(),
  targetSample: integer('a whole number of answers from 1 to 10,000,000', 1, 10_000_000).optional(),
  expected: z
    .strictObject({ promoters: share.optional(), detractors: share.optional(), satisfied: share.optional() }, { error: mustBe('an object of expected shares') })
    .refine((value) => (value.promoters ?? 0) + (value.detractors ?? 0) <= 1, { error: 'gives promoters and detractors more than 1 between them.' })
    .optional(),
  questions: z
    .array(z.strictObject(QUESTION_FIELDS), { error: mustBe(`a list of 1 to ${MAX_QUESTIONS} questions`) })
    .min(1, { error: mustBe(`a list of 1 to ${MAX_QUESTIONS} questions`) })
    .max(MAX_QUESTIONS, { error: mustBe(`a list of 1 to ${MAX_QUESTIONS} questions`) }),
};

const surveySchema = z.strictObject(SURVEY_FIELDS, { error: mustBe('a JSON object') });

type ParsedQuestion = z.infer<z.ZodObject<typeof QUESTION_FIELDS>>;

/** Which of a question's optional fields its type takes. */
const FIELDS_OF_TYPE: Record<QuestionType, readonly string[]> = {
  nps: [],
  csat: ['display'],
  ces: [],
  rating: ['min', 'max'],
  likert: ['dimension', 'reverse'],
  choice: ['options'],
  multichoice: ['options'],
  text: [],
};

const COMMON_FIELDS = ['id', 'type', 'label', 'required', 'page'];

/** The question checked against its type: the fields it may and must have, its scale. */
function checkQuestion(question: ParsedQuestion, index: number, context: z.RefinementCtx): Question {
  const at = (field: string) => ['questions', index, field];
  const own = FIELDS_OF_TYPE[question.type];
  for (const field of Object.keys(question)) {
    if (!COMMON_FIELDS.includes(field) && !own.includes(field) && question[field as keyof ParsedQuestion] !== undefined) {
      context.addIssue({
        code: 'custom',
        path: at(field),
        message: `is not a field of a ${question.type} question (${[...COMMON_FIELDS, ...own].join(', ')}).`,
      });
    }
  }
  const checked: Question = { id: question.id, type: question.type, label: question.label, required: question.required ?? false, page: question.page ?? 1 };
  if (question.type === 'rating') {
    if (question.min === undefined || question.max === undefined) {
      context.addIssue({
        code: 'custom',
        path: at(question.min === undefined ? 'min' : 'max'),
        message: 'is missing: a rating question gives its scale with min and max.',
      });
    } else if (question.max <= question.min || question.max - question.min > 100) {
      context.addIssue({
        code: 'custom',
        path: at('max'),
        message: `${question.max} does not make a scale with min ${question.min}: max must be above min, by at most 100.`,
      });
    }
    checked.min = question.min ?? 0;
    checked.max = question.max ?? 0;
  } else if (question.type in FIXED_SCALES) {
    Object.assign(checked, FIXED_SCALES[question.type as keyof typeof FIXED_SCALES]);
  }
  if (question.type === 'csat') checked.display = question.display ?? 'stars';
  if (question.type === 'likert') {
    if (question.dimension !== undefined) checked.dimension = question.dimension;
    if (question.reverse !== undefined) checked.reverse = question.reverse;
  }
  if (question.type === 'choice' || question.type === 'multichoice') {
    if (question.options === undefined) {
      context.addIssue({ code: 'custom', path: at('options'), message: `is missing: a ${question.type} question lists its options.` });
    } else {
      const seen = new Set<string>();
      question.options.forEach((option, position) => {
        if (seen.has(option.id))
          context.addIssue({
            code: 'custom',
            path: ['questions', index, 'options', position, 'id'],
            message: `${quoted(option.id)} is the id of an earlier option.`,
          });
        seen.add(option.id);
      });
    }
    checked.options = question.options ?? [];
  }
  return checked;
}

const definitionSchema = surveySchema.transform((survey, context): SurveyDefinition => {
  const seen = new Set<string>();
  const questions = survey.questions.map((question, index) => {
    if (seen.has(question.id))
      context.addIssue({ code: 'custom', path: ['questions', index, 'id'], message: `${quoted(question.id)} is the id of an earlier question.` });
    seen.add(question.id);
    return checkQuestion(question, index, context);
  });
  if (survey.opensAt !== undefined && survey.closesAt !== undefined && survey.closesAt < survey.opensAt) {
    context.addIssue({ code: 'custom', path: ['closesAt'], message: `${survey.closesAt} is before opensAt ${survey.opensAt}.` });
  }
  // Pages are numbered 1, 2, … in the order of the numbers the file gives (3 and 7 become 1 and 2).
  const pages = [...new Set(questions.map((question) => question.page))].sort((a, b) => a - b);
  for (const question of questions) question.page = pages.indexOf(question.page) + 1;
  const definition: SurveyDefinition = {
    title: survey.title,
    audience: survey.audience,
    channels: [...new Set<Channel>(survey.channels ?? ['link'])],
    questions,
  };
  if (survey.theme !== undefined) definition.theme = survey.theme;
  if (survey.introduction !== undefined) definition.introduction = survey.introduction;
  if (survey.opensAt !== undefined) definition.opensAt = survey.opensAt;
  if (survey.closesAt !== undefined) definition.closesAt = survey.closesAt;
  if (survey.targetSample !== undefined) definition.targetSample = survey.targetSample;
  if (survey.expected !== undefined) definition.expected = survey.expected;
  return definition;
});

/** The fields each object of the file takes, for the refusal of an unknown one. */
function fieldsAt(path: readonly PropertyKey[]): string {
  if (path.length === 0) return Object.keys(SURVEY_FIELDS).join(', ');
  if (['title', 'label', 'introduction'].includes(String(path.at(-1)))) return 'fr, en';
  if (path.includes('options')) return 'id, label';
  if (path[0] === 'expected') return 'promoters, detractors, satisfied';
  return Object.keys(QUESTION_FIELDS).join(', ');
}

/**
 * The survey definition in `value` (a file's or a request's JSON, already parsed), checked:
 * unknown fields, fields of another question type, repeated ids, scales and days.
 *
 * @returns the definition, or the UsageError naming the first field at fault
 */
export function parseSurveyDefinition(value: unknown): { definition: SurveyDefinition } | { error: UsageError } {
  const result = definitionSchema.safeParse(value);
  if (result.success) return { definition: result.data };
  return { error: zodRefusal(result.error.issues[0]!, 'The survey', 'a survey', fieldsAt) };
}

/** The population of the `responses` table a survey's answers count in: customer (NPS) or employee (eNPS). */
export function populationOf(audience: Audience): 'customer' | 'employee' {
  return audience === 'customers' ? 'customer' : 'employee';
}

/** The number of pages of a survey: its highest question page. */
export function pageCount(definition: SurveyDefinition): number {
  return Math.max(...definition.questions.map((question) => question.page));
}

/** The channel of an answer that comes through the survey's public link (its page, the public answer route): link when the survey takes it, else its first channel. */
export function linkChannel(definition: SurveyDefinition): Channel {
  return definition.channels.includes('link') ? 'link' : definition.channels[0]!;
}

/** The channel of an answer that comes through a personal link, sent by e-mail or mail merge: email when the survey takes it, else its public link's channel. */
export function invitationChannel(definition: SurveyDefinition): Channel {
  return definition.channels.includes('email') ? 'email' : linkChannel(definition);
}
