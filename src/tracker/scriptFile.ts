import { fileURLToPath } from 'node:url';

/**
 * Where `npm run build` (scripts/buildTracker.ts) writes the minified tracker and where
 * GET /script.js reads it: <repo>/dist/tracker/script.js, the same path from this module's
 * place in src/tracker/ or dist/tracker/.
 */
export const TRACKER_SCRIPT_FILE = fileURLToPath(new URL('../../dist/tracker/script.js', import.meta.url));

/** Where the build writes the on-site survey widget and GET /widget.js reads it: <repo>/dist/tracker/widget.js. */
export const WIDGET_SCRIPT_FILE = fileURLToPath(new URL('../../dist/tracker/widget.js', import.meta.url));
