import { TRACKER_SCRIPT_FILE, WIDGET_SCRIPT_FILE } from '../../tracker/scriptFile.js';
import type { Route } from '../route.js';
import { type BuiltFile, readBuiltFile, sendBuiltFile } from '../sendBuiltFile.js';

/** How long a browser or a CDN may use the tracker or the widget without asking again: an hour, so an upgrade reaches every site the same day. */
export const TRACKER_MAX_AGE_SECONDS = 3600;

let installedTracker: BuiltFile | undefined;
let installedWidget: BuiltFile | undefined;

/** The tracker of this installation (dist/tracker/script.js), read once; `barometre serve` reads it at start, so a missing build stops the server there. */
export function installedTrackerScript(): BuiltFile {
  installedTracker ??= readBuiltFile(TRACKER_SCRIPT_FILE);
  return installedTracker;
}

/** The survey widget of this installation (dist/tracker/widget.js), read once, at start like the tracker. */
export function installedWidgetScript(): BuiltFile {
  installedWidget ??= readBuiltFile(WIDGET_SCRIPT_FILE);
  return installedWidget;
}

/**
 * GET `path` (/script.js, /widget.js), open to anyone: the browser script that `script()` gives,
 * as text/javascript, cached an hour and revalidated by ETag (304), gzipped for clients that
 * accept it, and loadable from any site (`Access-Control-Allow-Origin: *`,
 * `Cross-Origin-Resource-Policy: cross-origin`).
 */
export function browserScriptRoute(path: '/script.js' | '/widget.js', script: () => BuiltFile): Route {
  return {
    method: 'GET',
    path,
    access: 'anyone',
    parameters: [],
    async handle(c) {
      return sendBuiltFile(c, script(), {
        'Content-Type': 'text/javascript; charset=utf-8',
        'Cache-Control': `public, max-age=${TRACKER_MAX_AGE_SECONDS}`,
        'Access-Control-Allow-Origin': '*',
        'Cross-Origin-Resource-Policy': 'cross-origin',
      });
    },
  };
}

/** The tracker and survey widget routes of this installation (docs/api.md). */
export const trackerRoutes: readonly Route[] = [
  browserScriptRoute('/script.js', installedTrackerScript),
  browserScriptRoute('/widget.js', installedWidgetScript),
];
