import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { docsNamedIn, pathsNamedInMarkdown, type NamedPath } from './markdownPaths.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function git(args: readonly string[], input?: string): string {
  return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', input, maxBuffer: 256 * 1024 * 1024 });
}

function isGitCheckout(): boolean {
  try {
    return git(['rev-parse', '--is-inside-work-tree']).trim() === 'true';
  } catch {
    return false;
  }
}

/**
 * What a clone must not lean on: the team's folder beside the repository, its contract and
 * its reference notes. The patterns are assembled from pieces so that this file does not
 * name them itself.
 */
const OUTSIDE_REFERENCES: readonly RegExp[] = [
  new RegExp(`${String.raw`\.\./`}shared${String.raw`(?![\w-])`}`),
  new RegExp('shared' + '/data/'),
  new RegExp(`${String.raw`\b`}CONT${String.raw`RACT\b`}`),
  new RegExp(`${String.raw`(?<![\w-])`}metrics${String.raw`\.md\b`}`),
];

const inGit = isGitCheckout();

describe.skipIf(!inGit)('the repository stands alone', () => {
  const tracked = inGit
    ? git(['ls-files', '-z'])
        .split('\0')
        .filter((path) => path !== '' && existsSync(join(ROOT, path)))
    : [];
  const trackedSet = new Set(tracked);
  const trackedFolders = new Set(
    tracked.flatMap((path) =>
      path
        .split('/')
        .slice(0, -1)
        .map((_, index, parts) => `${parts.slice(0, index + 1).join('/')}/`),
    ),
  );
  const texts = tracked.flatMap((path) => {
    const bytes = readFileSync(join(ROOT, path));
    return bytes.subarray(0, 8000).includes(0) ? [] : [{ path, text: bytes.toString('utf8') }];
  });
  const markdown = texts.filter(({ path }) => path === 'README.md' || (path.startsWith('docs/') && path.endsWith('.md')));

  function isTracked({ path, pattern }: NamedPath): boolean {
    if (pattern) return tracked.some((trackedPath) => trackedPath.startsWith(path));
    return trackedSet.has(path.replace(/\/$/, '')) || trackedFolders.has(path.endsWith('/') ? path : `${path}/`);
  }

  /** The named paths a fresh clone does not have: neither tracked (as a file or a folder) nor git-ignored output of a script. */
  function missing(named: readonly (NamedPath & { file: string })[]): string[] {
    const absent = named.filter((entry) => !isTracked(entry));
    // A path outside the repository (`../…`) is missing from every clone; git refuses to check it.
    const candidates = [...new Set(absent.map(({ path }) => path).filter((path) => !path.startsWith('../')))];
    const ignored = new Set(candidates.length === 0 ? [] : gitIgnored(candidates));
    return [...new Set(absent.filter(({ path }) => !ignored.has(path)).map(({ file, line, path }) => `${file}:${line}: ${path}`))];
  }

  function gitIgnored(paths: readonly string[]): string[] {
    try {
      return git(['check-ignore', '--stdin'], `${paths.join('\n')}\n`)
        .split('\n')
        .filter((path) => path !== '');
    } catch {
      return []; // check-ignore exits 1 when none of them is ignored
    }
  }

  it('finds the tracked text files', () => {
    expect(markdown.map(({ path }) => path)).toContain('README.md');
    expect(texts.length).toBeGreaterThan(100);
  });

  it('names no file that lives outside it: no team folder beside the clone, no contract or reference-note sections', () => {
    const offences = texts.flatMap(({ path, text }) =>
      text
        .split('\n')
        .flatMap((line, index) => (OUTSIDE_REFERENCES.some((pattern) => pattern.test(line)) ? [`${path}:${index + 1}: ${line.trim().slice(0, 160)}`] : [])),
    );
    expect(offences, "these lines name files a clone does not have; cite the project's docs or the original source instead").toEqual([]);
  });

  it('names only repository paths that exist, in the README and the docs', () => {
    const named = markdown.flatMap(({ path, text }) => pathsNamedInMarkdown(text, path).map((entry) => ({ ...entry, file: path })));
    expect(named.length).toBeGreaterThan(50);
    expect(missing(named), 'these paths named in the docs do not exist in a clone').toEqual([]);
  });

  it('names only pages of docs/ that exist, in any tracked file', () => {
    const named = texts.flatMap(({ path, text }) => docsNamedIn(text).map((entry) => ({ ...entry, file: path })));
    expect(missing(named), 'these docs pages are named but do not exist').toEqual([]);
  });
});
