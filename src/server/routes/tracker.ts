import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { SetupError } from '../../errors/errors.js';
import { TRACKER_SCRIPT_FILE } from '../../tracker/scriptFile.js';
import type { Route } from '../route.js';

/** How long a browser or a CDN may use the tracker without asking again: an hour, so an upgrade reaches every site the same day. */
export const TRACKER_MAX_AGE_SECONDS = 3600;

/** The built tracker as served: its text, the same gzipped, and its strong ETag (RFC 9110 §8.8.3). */
export interface TrackerScript {
  body: string;
  gzipped: Uint8Array<ArrayBuffer>;
  etag: string;
}

/** Reads the built tracker at `file`; a missing file is a SetupError that says to run `npm run build`. */
export function readTrackerScript(file: string): TrackerScript {
  let body: string;
  try {
    body = readFileSync(file, 'utf8');
  } catch {
    throw new SetupError({
      en: `The tracker ${file} is missing: run npm run build (npm install runs it) before barometre serve.`,
      fr: `Le traceur ${file} manque : lancez npm run build (npm install le lance) avant barometre serve.`,
    });
  }
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  return { body, gzipped: new Uint8Array(gzipSync(body, { level: 9 })), etag };
}

let installed: TrackerScript | undefined;

/** The tracker of this installation (dist/tracker/script.js), read once; `barometre serve` reads it at start, so a missing build stops the server there. */
export function installedTrackerScript(): TrackerScript {
  installed ??= readTrackerScript(TRACKER_SCRIPT_FILE);
  return installed;
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
 * GET /script.js, open to anyone: the tracker that `script()` gives, as text/javascript, cached
 * an hour and revalidated by ETag (304), gzipped for clients that accept it, and loadable from
 * any site (`Access-Control-Allow-Origin: *`, `Cross-Origin-Resource-Policy: cross-origin`).
 */
export function trackerRoute(script: () => TrackerScript): Route {
  return {
    method: 'GET',
    path: '/script.js',
    access: 'anyone',
    parameters: [],
    async handle(c) {
      const { body, gzipped, etag } = script();
      const headers: Record<string, string> = {
        'Content-Type': 'text/javascript; charset=utf-8',
        'Cache-Control': `public, max-age=${TRACKER_MAX_AGE_SECONDS}`,
        ETag: etag,
        Vary: 'Accept-Encoding',
        'Access-Control-Allow-Origin': '*',
        'Cross-Origin-Resource-Policy': 'cross-origin',
      };
      if (matchesEtag(c.req.header('if-none-match'), etag)) return c.body(null, 304, headers);
      if (/\bgzip\b/.test(c.req.header('accept-encoding') ?? '')) return c.body(gzipped, 200, { ...headers, 'Content-Encoding': 'gzip' });
      return c.body(body, 200, headers);
    },
  };
}

/** The tracker route of this installation (docs/api.md). */
export const trackerRoutes: readonly Route[] = [trackerRoute(installedTrackerScript)];
