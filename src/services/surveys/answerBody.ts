import { z } from 'zod';
import { UsageError } from '../../errors/errors.js';
import { LANGUAGES, type Language } from '../../output/language.js';
import { KINDS } from '../../store/schema/kinds.js';
import { mustBe, quoted, storableText, zodRefusal } from '../validation/zodFields.js';
import { CHANNELS, type Channel } from './surveyDefinition.js';

/** The columns of `responses` and the attribute the answer path sets: an attribute may not take their names. */
const RESERVED_ATTRIBUTES = [...KINDS.responses.columns.map((column) => column.name), 'survey_version'];

/** The most free attributes one answer set carries. */
export const MAX_ATTRIBUTES = 20;

const attributeName = z
  .string()
  .regex(/^[A-Za-z0-9_.:-]{1,64}$/, { error: (issue) => `${quoted(issue.input)} is not an attribute name: 1 to 64 letters, digits, _ . : or -.` })
  .refine((name) => !RESERVED_ATTRIBUTES.includes(name), {
    error: (issue) => `${quoted(issue.input)} is a name the server keeps for itself (${RESERVED_ATTRIBUTES.join(', ')}).`,
  });

const attributeValue = z.union([storableText('a text of at most 256 characters', 0, 256), z.number(), z.boolean()], {
  error: (issue) => `${quoted(issue.input)} is not a text of at most 256 characters, a number or true/false.`,
});

/** Free attributes of an answer set: at most {@link MAX_ATTRIBUTES}, named like CSV columns, never a column's name. */
export const attributesSchema = z
  .record(attributeName, attributeValue, { error: mustBe('an object of attributes') })
  .refine((value) => Object.keys(value).length <= MAX_ATTRIBUTES, { error: `has more than ${MAX_ATTRIBUTES} attributes.` });

const FIELDS = {
  answers: z.record(z.string(), z.unknown(), { error: mustBe('an object of answers by question id') }),
  customer_id: storableText('a text of 1 to 128 characters', 1, 128).optional(),
  channel: z.enum(CHANNELS, { error: mustBe(CHANNELS.join(', ')) }).optional(),
  language: z.enum(LANGUAGES, { error: mustBe(LANGUAGES.join(' or ')) }).optional(),
  attributes: attributesSchema.optional(),
  token: storableText('the token of a personal link', 1, 128).optional(),
};

const bodySchema = z.strictObject(FIELDS, { error: mustBe('a JSON object') });

/** An answer set as POST /api/surveys/:id/responses sends it, checked (not yet against the survey's questions). */
export interface AnswerBody {
  answers: Record<string, unknown>;
  customerId: string | undefined;
  channel: Channel | undefined;
  language: Language | undefined;
  attributes: Record<string, string | number | boolean> | undefined;
  /** The token of a personal link (the `t` of its address): the answer set is then the invitation's. */
  token: string | undefined;
}

/**
 * The body of POST /api/surveys/:id/responses (docs/surveys.md) already parsed from JSON:
 * `{"answers": {…}, "customer_id"?, "channel"?, "language"?, "attributes"?, "token"?}`; a
 * token names its own customer, so `customer_id` is refused beside it.
 *
 * @returns the body, or the UsageError naming the first field at fault
 */
export function parseAnswerBody(value: unknown): AnswerBody | { error: UsageError } {
  const result = bodySchema.safeParse(value);
  if (!result.success) return { error: zodRefusal(result.error.issues[0]!, 'The body', 'an answer set', () => Object.keys(FIELDS).join(', ')) };
  const { answers, customer_id, channel, language, attributes, token } = result.data;
  if (token !== undefined && customer_id !== undefined) {
    return { error: new UsageError('customer_id is not taken with a token: the personal link gives its own customer.') };
  }
  return { answers, customerId: customer_id, channel, language, attributes, token };
}
