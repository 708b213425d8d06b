/**
 * Prints the size of the dashboard's first page as a browser downloads it — the JavaScript and
 * CSS that dist/web/index.html loads, following the Vite manifest's static imports — raw and
 * gzipped, and fails (exit 1) when its JavaScript passes the gzipped budget. Part of
 * `npm run build`, after `vite build`.
 *
 *   tsx scripts/checkWebSize.ts
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The first page's JavaScript budget, gzipped: 200 KB (issue 14). */
const WEB_JS_GZIP_LIMIT = 200 * 1024;

const WEB_DIST = fileURLToPath(new URL('../dist/web/', import.meta.url));

/** One chunk of the Vite manifest (https://vite.dev/guide/backend-integration). */
interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
  isEntry?: boolean;
}

/** The files the entry loads before the first page draws: its chunk, its static imports' chunks, and their CSS. */
function firstPageFiles(manifest: Record<string, ManifestChunk>): { scripts: string[]; styles: string[] } {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (chunk === undefined || scripts.has(chunk.file)) return;
    scripts.add(chunk.file);
    for (const style of chunk.css ?? []) styles.add(style);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  return { scripts: [...scripts], styles: [...styles] };
}

const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function main(): void {
  const manifest = JSON.parse(readFileSync(`${WEB_DIST}.vite/manifest.json`, 'utf8')) as Record<string, ManifestChunk>;
  const { scripts, styles } = firstPageFiles(manifest);
  const measure = (files: string[]) =>
    files.reduce(
      (sum, file) => {
        const body = readFileSync(WEB_DIST + file);
        return { raw: sum.raw + body.length, gzipped: sum.gzipped + gzipSync(body, { level: 9 }).length };
      },
      { raw: 0, gzipped: 0 },
    );
  const js = measure(scripts);
  const css = measure(styles);
  console.log(
    `dist/web first page: JavaScript ${kilobytes(js.raw)}, ${kilobytes(js.gzipped)} gzipped (limit ${kilobytes(WEB_JS_GZIP_LIMIT)}); CSS ${kilobytes(css.raw)}, ${kilobytes(css.gzipped)} gzipped`,
  );
  if (js.gzipped > WEB_JS_GZIP_LIMIT) {
    console.error(`The dashboard's first page loads ${kilobytes(js.gzipped)} of JavaScript gzipped, over its ${kilobytes(WEB_JS_GZIP_LIMIT)} budget.`);
    process.exit(1);
  }
}

main();
