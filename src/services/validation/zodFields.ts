import { z } from 'zod';
import { UsageError } from '../../errors/errors.js';

/**
 * The pieces every JSON body and file checked with zod shares (the collect body, the survey
 * file, answers): refusals that quote the value and say what the field must be, texts both
 * engines can store, and the field's path as the body writes it.
 */

/** A value as a refusal quotes it: JSON, cut after 60 characters. */
export function quoted(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/** The rest of a refusal's sentence: "is missing." for an absent field, else the value quoted and what the field must be. */
export function mustBe(what: string) {
  return (issue: { input?: unknown }) => (issue.input === undefined ? 'is missing.' : `${quoted(issue.input)} is not ${what}.`);
}

/** A NUL character, or half of a surrogate pair without its other half. */
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True for text a column or a JSON value can hold on both engines: no NUL, no unpaired surrogate. */
export function storable(text: string): boolean {
  return !UNSTORABLE.test(text);
}

/** A text of `min`–`max` characters that both engines can store, refused as not being `what`. */
export function storableText(what: string, min: number, max: number) {
  const error = mustBe(what);
  return z.string({ error }).min(min, { error }).max(max, { error }).refine(storable, { error });
}

/** `events[3].props.color` from zod's path `['events', 3, 'props', 'color']`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? String(part) : `.${String(part)}`)).join('');
}

/**
 * The UsageError of a zod issue, naming its field as the body writes it. `top` begins the
 * sentence of an issue with the whole value ("The body"); an unknown field gets
 * "`field` is not a field `owner` takes (`takes(path)`)." — the fields the object at that
 * place accepts.
 */
export function zodRefusal(issue: z.core.$ZodIssue, top: string, owner: string, takes: (path: readonly PropertyKey[]) => string): UsageError {
  if (issue.code === 'unrecognized_keys') {
    const field = fieldPath([...issue.path, issue.keys[0]!]);
    return new UsageError(`${field} is not a field ${owner} takes (${takes(issue.path)}).`);
  }
  const field = fieldPath(issue.path);
  // A refused record key: the record's issue holds the key's own.
  const message = issue.code === 'invalid_key' ? (issue.issues[0]?.message ?? issue.message) : issue.message;
  return new UsageError(field === '' ? `${top} ${message}` : `${field} ${message}`);
}
