import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { SetupError } from '../../errors/errors.js';
import { TRACKER_SCRIPT_FILE, WIDGET_SCRIPT_FILE } from '../../tracker/scriptFile.js';
import type { Route } from '../route.js';

/** How long a browser or a CDN may use the tracker or the widget without asking again: an hour, so an upgrade reaches every site the same day. */
export const TRACKER_MAX_AGE_SECONDS = 3600;

/** A built browser script as served: its text, the same gzipped, and its strong ETag (RFC 9110 §8.8.3). */
export interface BrowserScript {
  body: string;
  gzipped: Uint8Array<ArrayBuffer>;
  etag: string;
}

/** Reads the built browser script at `file` (the tracker, the widget); a missing file is a SetupError that says to run `npm run build`. */
export function readBrowserScript(file: string): BrowserScript {
  let body: string;
  try {
    body = readFileSync(file, 'utf8');
  } catch {
    throw new SetupError({
      en: `The browser script ${file} is missing: run npm run build (npm install runs it) before barometre serve.`,
      fr: `Le script pour navigateurs ${file} manque : lancez npm run build (npm install le lance) avant barometre serve.`,
    });
  }
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  return { body, gzipped: new Uint8Array(gzipSync(body, { level: 9 })), etag };
}

let installedTracker: BrowserScript | undefined;
let installedWidget: BrowserScript | undefined;

/** The tracker of this installation (dist/tracker/script.js), read once; `barometre serve` reads it at start, so a missing build stops the server there. */
export function installedTrackerScript(): BrowserScript {
  installedTracker ??= readBrowserScript(TRACKER_SCRIPT_FILE);
  return installedTracker;
}

/** The survey widget of this installation (dist/tracker/widget.js), read once, at start like the tracker. */
export function installedWidgetScript(): BrowserScript {
  installedWidget ??= readBrowserScript(WIDGET_SCRIPT_FILE);
  return installedWidget;
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
 * GET `path` (/script.js, /widget.js), open to anyone: the browser script that `script()` gives,
 * as text/javascript, cached an hour and revalidated by ETag (304), gzipped for clients that
 * accept it, and loadable from any site (`Access-Control-Allow-Origin: *`,
 * `Cross-Origin-Resource-Policy: cross-origin`).
 */
export function browserScriptRoute(path: '/script.js' | '/widget.js', script: () => BrowserScript): Route {
  return {
    method: 'GET',
    path,
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

/** The tracker and survey widget routes of this installation (docs/api.md). */
export const trackerRoutes: readonly Route[] = [
  browserScriptRoute('/script.js', installedTrackerScript),
  browserScriptRoute('/widget.js', installedWidgetScript),
];
