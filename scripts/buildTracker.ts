/**
 * Builds the tracker served as /script.js: bundles and minifies src/tracker/browser/tracker.ts
 * with esbuild into dist/tracker/script.js, prints its size raw and gzipped, and fails (exit 1)
 * when the gzipped size passes TRACKER_GZIP_LIMIT. Part of `npm run build`, which `npm install`
 * runs through `prepare`.
 *
 *   tsx scripts/buildTracker.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { TRACKER_SCRIPT_FILE } from '../src/tracker/scriptFile.js';

/** The tracker's budget, gzipped: 1.5 KB (Plausible's legacy script is about 1.3 KB, Umami's 2.2 KB). */
export const TRACKER_GZIP_LIMIT = 1536;

const ENTRY = fileURLToPath(new URL('../src/tracker/browser/tracker.ts', import.meta.url));

/** The minified tracker, as served, and its size gzipped at the highest level. */
export interface BuiltTracker {
  code: string;
  gzipBytes: number;
}

/** Bundles and minifies the tracker in memory (an IIFE for browsers of ES2020 and later). */
export async function buildTracker(): Promise<BuiltTracker> {
  const result = await build({
    entryPoints: [ENTRY],
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

async function main(): Promise<void> {
  const { code, gzipBytes } = await buildTracker();
  const size = `${code.length} bytes, ${gzipBytes} bytes gzipped (limit ${TRACKER_GZIP_LIMIT})`;
  if (gzipBytes > TRACKER_GZIP_LIMIT) {
    process.stderr.write(`The tracker is too large: ${size}. Make src/tracker/browser/ smaller.\n`);
    process.exit(1);
  }
  mkdirSync(dirname(TRACKER_SCRIPT_FILE), { recursive: true });
  writeFileSync(TRACKER_SCRIPT_FILE, code);
  process.stdout.write(`dist/tracker/script.js: ${size}\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
