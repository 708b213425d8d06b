import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'src');
const WEB = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'web');

/**
 * The folders of src/ and the folders each may import from (docs/architecture.md, "Layers"):
 * pure math, indicators, models and text analysis at the bottom, the store above them, the
 * import and the services over the store, the command line and the server on top. Tests
 * (`*.test.ts`) and src/test-support/ may import anything.
 */
const ALLOWED: Record<string, readonly string[]> = {
  math: [],
  tracker: [],
  errors: ['output'],
  output: [],
  indicators: ['math'],
  models: ['math', 'errors', 'output'],
  feedback: ['math', 'indicators', 'output', 'errors'],
  store: ['errors', 'output', 'math', 'indicators', 'models', 'feedback'],
  importing: ['store', 'errors', 'output', 'feedback'],
  services: ['store', 'errors', 'output', 'math', 'indicators', 'models', 'feedback'],
  demo: ['importing', 'services', 'store', 'errors', 'output'],
  server: ['services', 'importing', 'store', 'errors', 'output', 'models', 'indicators', 'tracker'],
  cli: ['server', 'services', 'importing', 'demo', 'store', 'errors', 'output', 'math', 'indicators', 'models', 'feedback'],
};

/** Every source file under `folder` that is not a test, relative to src/. */
function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'))
    .map((entry) => relative(SRC, join(entry.parentPath, entry.name)));
}

/** The top folders of src/ that a file imports from, by its relative import specifiers. */
function importedFolders(file: string): string[] {
  const text = readFileSync(join(SRC, file), 'utf8');
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((match) => match[1] as string);
  return specifiers.map((specifier) => relative(SRC, resolve(SRC, dirname(file), specifier)).split('/')[0] as string);
}

describe('the layers of src/', () => {
  const files = sources(SRC).filter((file) => !file.startsWith('test-support/'));

  it('know every top folder', () => {
    const folders = new Set(files.map((file) => file.split('/')[0] as string).filter((folder) => !folder.endsWith('.ts')));
    expect([...folders].sort()).toEqual(Object.keys(ALLOWED).sort());
  });

  it('point one way: each folder imports only from the folders below it', () => {
    const offences = files.flatMap((file) => {
      const own = file.split('/')[0] as string;
      return importedFolders(file)
        .filter((folder) => folder !== own && !(ALLOWED[own] ?? []).includes(folder))
        .map((folder) => `${file} imports from ${folder}/`);
    });
    expect(offences).toEqual([]);
  });
});

describe('the web app', () => {
  it('has no private path to the data: nothing under web/ imports from outside it (every number comes from the HTTP API)', () => {
    const offences = readdirSync(WEB, { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
      .flatMap((entry) => {
        const file = join(entry.parentPath, entry.name);
        const specifiers = [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((match) => match[1] as string);
        return specifiers
          .filter((specifier) => relative(WEB, resolve(dirname(file), specifier)).startsWith('..'))
          .map((specifier) => `${relative(WEB, file)} imports ${specifier}`);
      });
    expect(offences).toEqual([]);
  });
});
