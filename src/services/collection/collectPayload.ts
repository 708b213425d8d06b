import { z } from 'zod';
import { UsageError } from '../../errors/errors.js';
import { isoTimeWithOffset } from '../validation/isoTime.js';
import { mustBe, quoted, storableText, zodRefusal } from '../validation/zodFields.js';

/**
 * The body of POST /api/collect (docs/api.md): one event, or `{"events": […]}` of 1 to 1,000,
 * either with the site key in a `key` field (what `sendBeacon` can send). Every field is
 * checked here with zod and a refusal names the field as the body writes it
 * (`events[3].url "ftp://x" is not an absolute http or https URL.`), in one sentence.
 */

/** The most events one request may carry. */
export const MAX_EVENTS = 1000;

/** How far in the future an `occurred_at` may be: clocks of servers sending batches drift a little. */
export const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

/** The attributes the server derives for every event (deriveAttributes.ts): a prop may not take their names. */
export const DERIVED_ATTRIBUTES = ['device', 'browser', 'os', 'source', 'utm_source', 'utm_medium', 'utm_campaign', 'engaged_seconds', 'amount'] as const;

/** The columns of an event: a prop of that name would be hidden by the column in --where and --by. */
const EVENT_COLUMNS = ['event_id', 'visitor_id', 'occurred_at', 'type', 'customer_id', 'url', 'referrer'];

/** An event as the body gives it, checked. */
export interface CollectedEvent {
  type: string;
  url: string;
  event_id?: string | undefined;
  referrer?: string | undefined;
  visitor_id?: string | undefined;
  customer_id?: string | undefined;
  engaged_seconds?: number | undefined;
  amount?: number | undefined;
  props?: Record<string, string | number | boolean> | undefined;
  /** UTC, as `YYYY-MM-DD HH:MM:SS.mmm` (both engines read it as a timestamp). */
  occurred_at?: string | undefined;
}

/** A checked body: the key it carries, if any, and its events. */
export interface CollectBody {
  key: string | undefined;
  events: CollectedEvent[];
}

/** An absolute URL of at most 2048 characters whose scheme `schemes` accepts. */
function url(what: string, schemes: (protocol: string) => boolean) {
  const error = mustBe(what);
  return storableText(what, 1, 2048).refine((value) => URL.canParse(value) && schemes(new URL(value).protocol), { error });
}

/** A finite number from `min` to `max`. */
function number(what: string, min: number, max: number) {
  const error = mustBe(what);
  return z.number({ error }).min(min, { error }).max(max, { error });
}

/** Names of props: like event types, and never a column's or a derived attribute's name. */
const propName = z
  .string()
  .regex(/^[A-Za-z0-9_.:-]{1,64}$/, { error: (issue) => `${quoted(issue.input)} is not a prop name: 1 to 64 letters, digits, _ . : or -.` })
  .refine((name) => !EVENT_COLUMNS.includes(name) && !(DERIVED_ATTRIBUTES as readonly string[]).includes(name), {
    error: (issue) => `${quoted(issue.input)} is a name the server keeps for itself (${[...EVENT_COLUMNS, ...DERIVED_ATTRIBUTES].join(', ')}).`,
  });

const propValue = z.union([storableText('a text of at most 1024 characters', 0, 1024), z.number(), z.boolean()], {
  error: (issue) => `${quoted(issue.input)} is not a text of at most 1024 characters, a number or true/false.`,
});

const props = z
  .record(propName, propValue, { error: mustBe('an object of props') })
  .refine((value) => Object.keys(value).length <= 20, { error: 'has more than 20 props.' });

const EVENT_FIELDS = {
  type: storableText('1 to 64 letters, digits, _ . : or -', 1, 64).regex(/^[A-Za-z0-9_.:-]+$/, { error: mustBe('1 to 64 letters, digits, _ . : or -') }),
  url: url('an absolute http or https URL of at most 2048 characters', (protocol) => protocol === 'http:' || protocol === 'https:'),
  event_id: z
    .string({ error: mustBe('1 to 64 letters, digits, _ or -') })
    .regex(/^[A-Za-z0-9_-]{1,64}$/, { error: mustBe('1 to 64 letters, digits, _ or -') })
    .optional(),
  referrer: z.union([z.literal(''), url('an absolute URL of at most 2048 characters, or ""', () => true)], {
    error: mustBe('an absolute URL of at most 2048 characters, or ""'),
  }),
  visitor_id: storableText('a text of 1 to 64 characters not starting with "d:"', 1, 64)
    .refine((value) => !value.startsWith('d:'), { error: mustBe('a text of 1 to 64 characters not starting with "d:" (the server’s day-scoped ids)') })
    .optional(),
  customer_id: storableText('a text of 1 to 128 characters', 1, 128).optional(),
  engaged_seconds: number('a number of seconds from 0 to 86400', 0, 86_400).optional(),
  amount: number('a number from 0 to 1e12', 0, 1e12).optional(),
  props: props.optional(),
  occurred_at: isoTimeWithOffset.optional(),
};

const eventSchema = z.strictObject({ ...EVENT_FIELDS, referrer: EVENT_FIELDS.referrer.optional() });
const singleSchema = z.strictObject({ ...eventSchema.shape, key: z.string({ error: mustBe('a key') }).optional() });
const batchSchema = z.strictObject({
  key: z.string({ error: mustBe('a key') }).optional(),
  events: z
    .array(eventSchema, { error: mustBe(`an array of 1 to ${MAX_EVENTS} events`) })
    .min(1, { error: `is empty: send 1 to ${MAX_EVENTS} events.` })
    .max(MAX_EVENTS, { error: (issue) => `holds ${(issue.input as unknown[]).length} events: send at most ${MAX_EVENTS} per request.` }),
});

/** The field names of an event, for the refusal of an unknown one. */
const EVENT_FIELD_NAMES = Object.keys(EVENT_FIELDS).join(', ');

/**
 * The key and events of a collect body already parsed from JSON; `now` bounds `occurred_at`.
 *
 * @throws UsageError naming the first field at fault, in one sentence.
 */
export function parseCollectBody(body: unknown, now: Date): CollectBody {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new UsageError('The body must be a JSON object: one event, or {"events": [...]} with 1 to 1000 events.');
  }
  const batch = Object.hasOwn(body, 'events');
  const result = (batch ? batchSchema : singleSchema).safeParse(body);
  if (!result.success) throw refusal(result.error.issues[0]!, batch);
  const { key, ...rest } = result.data as { key?: string } & Partial<CollectBody> & CollectedEvent;
  const events = batch ? (rest.events as CollectedEvent[]) : [rest as CollectedEvent];
  const latest = now.getTime() + FUTURE_TOLERANCE_MS;
  events.forEach((event, index) => {
    if (event.occurred_at !== undefined && Date.parse(`${event.occurred_at.replace(' ', 'T')}Z`) > latest) {
      const field = batch ? `events[${index}].occurred_at` : 'occurred_at';
      throw new UsageError(`${field} ${event.occurred_at.replace(' ', 'T')}Z is more than 5 minutes in the future.`);
    }
  });
  return { key, events };
}

/** The sentence of a zod issue, naming its field. */
function refusal(issue: z.core.$ZodIssue, batch: boolean): UsageError {
  return zodRefusal(issue, 'The body', 'this route', (path) =>
    path.length === 0 && batch ? 'key, events' : `${EVENT_FIELD_NAMES}${path.length === 0 ? ', key' : ''}`,
  );
}
