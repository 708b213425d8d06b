/**
 * Builds the browser scripts: the tracker served as /script.js and the on-site survey widget
 * served as /widget.js. Bundles and minifies src/tracker/browser/tracker.ts and widget.ts with
 * esbuild into dist/tracker/script.js and widget.js, prints each size raw and gzipped, and
 * fails (exit 1) when one passes its gzipped budget. Part of `npm run build`, which
 * `npm install` runs through `prepare`.
 *
 *   tsx scripts/buildTracker.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { TRACKER_SCRIPT_FILE, WIDGET_SCRIPT_FILE } from '../src/tracker/scriptFile.js';

/** The tracker's budget, gzipped: 1.5 KB (Plausible's legacy script is about 1.3 KB, Umami's 2.2 KB). */
export const TRACKER_GZIP_LIMIT = 1536;

/** The survey widget's budget, gzipped: 6 KB. It loads only on the pages where a survey is due, so it is kept small, not tiny. */
export const WIDGET_GZIP_LIMIT = 6144;

const entry = (name: string) => fileURLToPath(new URL(`../src/tracker/browser/${name}`, import.meta.url));

/** A minified browser script, as served, and its size gzipped at the highest level. */
export interface BuiltScript {
  code: string;
  gzipBytes: number;
}

/** Bundles and minifies one entry of src/tracker/browser/ in memory (an IIFE for browsers of ES2020 and later). */
async function buildBrowserScript(file: string): Promise<BuiltScript> {
  const result = await build({
    entryPoints: [entry(file)],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text ?? '';
  return { code, gzipBytes: gzipSync(code, { level: 9 }).length };
}

/** The tracker, built as /script.js serves it. */
export const buildTracker = (): Promise<BuiltScript> => buildBrowserScript('tracker.ts');

/** The survey widget, built as /widget.js serves it. */
export const buildWidget = (): Promise<BuiltScript> => buildBrowserScript('widget.ts');

async function main(): Promise<void> {
  const scripts = [
    { name: 'tracker', build: buildTracker, file: TRACKER_SCRIPT_FILE, limit: TRACKER_GZIP_LIMIT },
    { name: 'survey widget', build: buildWidget, file: WIDGET_SCRIPT_FILE, limit: WIDGET_GZIP_LIMIT },
  ];
  for (const script of scripts) {
    const { code, gzipBytes } = await script.build();
    const size = `${code.length} bytes, ${gzipBytes} bytes gzipped (limit ${script.limit})`;
    if (gzipBytes > script.limit) {
      process.stderr.write(`The ${script.name} is too large: ${size}. Make src/tracker/browser/ smaller.\n`);
      process.exit(1);
    }
    mkdirSync(dirname(script.file), { recursive: true });
    writeFileSync(script.file, code);
    process.stdout.write(`${relative(process.cwd(), script.file)}: ${size}\n`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
