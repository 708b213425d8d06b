import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Context } from 'hono';
import { SetupError } from '../errors/errors.js';

/** A built file as served: its text, the same gzipped, and its strong ETag (RFC 9110 §8.8.3). */
export interface BuiltFile {
  body: string;
  gzipped: Uint8Array<ArrayBuffer>;
  etag: string;
}

/** Reads the built file at `file` (the tracker, the widget, a file of the dashboard); a missing file is a SetupError that says to run `npm run build`. */
export function readBuiltFile(file: string): BuiltFile {
  let body: string;
  try {
    body = readFileSync(file, 'utf8');
  } catch {
    throw new SetupError({
      en: `The built file ${file} is missing: run npm run build (npm install runs it) before barometre serve.`,
      fr: `Le fichier construit ${file} manque : lancez npm run build (npm install le lance) avant barometre serve.`,
    });
  }
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  return { body, gzipped: new Uint8Array(gzipSync(body, { level: 9 })), etag };
}

/** Whether an If-None-Match header names `etag` (weak comparison, RFC 9110 §13.1.2), or is `*`. */
function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === etag;
  });
}

/**
 * Answers with a built file (the tracker, the widget, the dashboard's files) and `headers`:
 * 304 when the client's If-None-Match names its ETag, the gzipped copy to a client that
 * accepts gzip, else the text; always with its ETag and `Vary: Accept-Encoding`.
 */
export function sendBuiltFile(c: Context, file: BuiltFile, headers: Record<string, string>): Response {
  const all = { ...headers, ETag: file.etag, Vary: 'Accept-Encoding' };
  if (matchesEtag(c.req.header('if-none-match'), file.etag)) return c.body(null, 304, all);
  if (/\bgzip\b/.test(c.req.header('accept-encoding') ?? '')) return c.body(file.gzipped, 200, { ...all, 'Content-Encoding': 'gzip' });
  return c.body(file.body, 200, all);
}
