import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { UsageError } from '../../errors/errors.js';

/** The largest body a form or a JSON request of the accounts routes may have: 64 KiB. */
export const MAX_SMALL_BODY_BYTES = 64 * 1024;

const read = new WeakMap<Request, Promise<string>>();

/**
 * The request's body as text, read at most once per request (the CSRF check and the route
 * share it), refused with 413 past {@link MAX_SMALL_BODY_BYTES}, whether or not the client
 * declared its length.
 */
export function smallBody(c: Context): Promise<string> {
  let text = read.get(c.req.raw);
  if (text === undefined) {
    text = readCapped(c.req.raw);
    read.set(c.req.raw, text);
  }
  return text;
}

async function readCapped(request: Request): Promise<string> {
  const tooLarge = () => new HTTPException(413, { message: `The body is larger than ${MAX_SMALL_BODY_BYTES} bytes.` });
  if (Number(request.headers.get('content-length') ?? 0) > MAX_SMALL_BODY_BYTES) throw tooLarge();
  if (request.body === null) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of request.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > MAX_SMALL_BODY_BYTES) throw tooLarge();
    chunks.push(chunk);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

/** Every value of a form body (`application/x-www-form-urlencoded`), repeated names included (checkboxes); none for another body. */
export async function formValues(c: Context): Promise<URLSearchParams> {
  if (!/^application\/x-www-form-urlencoded\b/i.test(c.req.header('content-type') ?? '')) return new URLSearchParams();
  return new URLSearchParams(await smallBody(c));
}

/** The fields of a form body (`application/x-www-form-urlencoded`), the first value of each. */
export async function formFields(c: Context): Promise<Record<string, string>> {
  const fields: Record<string, string> = {};
  for (const [name, value] of await formValues(c)) if (!Object.hasOwn(fields, name)) fields[name] = value;
  return fields;
}

/** The JSON object a request sends with `Content-Type: application/json`; a UsageError (400) for anything else. */
export async function jsonObject(c: Context): Promise<Record<string, unknown>> {
  if (!/^application\/json\b/i.test(c.req.header('content-type') ?? ''))
    throw new UsageError('The body must be JSON, sent with Content-Type: application/json.');
  const text = await smallBody(c);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new UsageError('The body is not valid JSON.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new UsageError('The body must be a JSON object.');
  return value as Record<string, unknown>;
}
