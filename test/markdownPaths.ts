import { posix } from 'node:path';

/** A repository path a text names, with the 1-based line that names it. */
export interface NamedPath {
  line: number;
  /** The path from the repository root, as named (a folder keeps its trailing slash). */
  path: string;
  /** True when the name goes on as a pattern (`scripts/data/cx_seed_*.csv`, `src/{a,b}`): some path must start with `path`. */
  pattern?: true;
}

/** The top-level folders whose paths the docs name in code spans, read from the repository root. */
export const REPOSITORY_FOLDERS = ['src/', 'docs/', 'bench/', 'scripts/', 'models/', 'datasets/', 'test/', 'bin/'] as const;

const FENCE = /^\s*(```|~~~)/;
const CODE_SPAN = /`([^`]+)`/g;
const LINK_TARGET = /\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;
const URL_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
/** The characters a path is made of here; a path named in a code span stops at the first other one (`src/a.ts:12`, `src/{a,b}`). */
const PATH_PREFIX = /^[\w./-]+/;
/** What continues a path into a pattern of several paths. */
const PATTERN_START = /^[{*<…[]/;
const DOC_MENTION = /(?<![\w./-])docs\/[\w./-]*?\.md\b/g;

/**
 * The repository paths a markdown file names: code spans that start with one of
 * REPOSITORY_FOLDERS (read from the repository root), and link targets that are neither URLs
 * nor anchors (read from the markdown file's own folder, as a web page would). Fenced code
 * blocks hold commands and sample output, not references, and are skipped.
 *
 * @param file the markdown file's path from the repository root (`docs/cli.md`)
 * @example pathsNamedInMarkdown('See `src/cli/runCli.ts` and [formats](formats.md#bom).', 'docs/cli.md')
 *   // [{ line: 1, path: 'src/cli/runCli.ts' }, { line: 1, path: 'docs/formats.md' }]
 */
export function pathsNamedInMarkdown(text: string, file: string): NamedPath[] {
  const named: NamedPath[] = [];
  let fenced = false;
  text.split('\n').forEach((content, index) => {
    if (FENCE.test(content)) {
      fenced = !fenced;
      return;
    }
    if (fenced) return;
    const line = index + 1;
    for (const [, span] of content.matchAll(CODE_SPAN)) {
      const candidate = span!.trim();
      if (!REPOSITORY_FOLDERS.some((folder) => candidate.startsWith(folder))) continue;
      const path = PATH_PREFIX.exec(candidate)![0];
      named.push(PATTERN_START.test(candidate.slice(path.length)) ? { line, path, pattern: true } : { line, path });
    }
    for (const [, target] of content.matchAll(LINK_TARGET)) {
      if (URL_SCHEME.test(target!) || target!.startsWith('#')) continue;
      const path = decodeURI(target!.replace(/[#?].*$/, ''));
      named.push({ line, path: posix.normalize(posix.join(posix.dirname(file), path)) });
    }
  });
  return named;
}

/**
 * The pages of docs/ any text names (`docs/cli.md`), wherever it names them: in a comment,
 * a message or a document.
 *
 * @example docsNamedIn('// Exit statuses (docs/cli.md).') // [{ line: 1, path: 'docs/cli.md' }]
 */
export function docsNamedIn(text: string): NamedPath[] {
  return text.split('\n').flatMap((content, index) => [...content.matchAll(DOC_MENTION)].map(([path]) => ({ line: index + 1, path: path! })));
}
