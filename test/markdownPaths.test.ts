import { describe, expect, it } from 'vitest';
import { docsNamedIn, pathsNamedInMarkdown } from './markdownPaths.js';

describe('pathsNamedInMarkdown', () => {
  it('reads code spans that start with a repository folder, from the repository root, up to the first character no path has', () => {
    const text = 'The command is in `src/cli/runCli.ts:12`, the services in `src/services/{report,clv}`,\nthe data in `datasets/clv/`.';
    expect(pathsNamedInMarkdown(text, 'docs/cli.md')).toEqual([
      { line: 1, path: 'src/cli/runCli.ts' },
      { line: 1, path: 'src/services/', pattern: true },
      { line: 2, path: 'datasets/clv/' },
    ]);
  });

  it('marks a name that goes on as a pattern of several files', () => {
    expect(pathsNamedInMarkdown('The seed files `scripts/data/cx_seed_*.csv`.', 'docs/sentiment.md')).toEqual([
      { line: 1, path: 'scripts/data/cx_seed_', pattern: true },
    ]);
  });

  it('leaves out code spans that are commands, flags or words', () => {
    expect(pathsNamedInMarkdown('Run `npx tsx bench/run.ts` with `--json`; `srcset` is no path.', 'README.md')).toEqual([]);
  });

  it("reads link targets from the markdown file's own folder, without their anchor", () => {
    const text = 'See [formats](formats.md#bom), [the README](../README.md) and [a model](<../models/sentiment/LICENCE.md>).';
    expect(pathsNamedInMarkdown(text, 'docs/cli.md').map(({ path }) => path)).toEqual(['docs/formats.md', 'README.md', 'models/sentiment/LICENCE.md']);
  });

  it('leaves out URLs, mail addresses and anchors of the same page', () => {
    expect(pathsNamedInMarkdown('[Bain](https://nps.bain.com/) [mail](mailto:a@b.c) [above](#set-up)', 'README.md')).toEqual([]);
  });

  it('skips fenced code blocks, which hold commands and output', () => {
    const text = '```sh\nls `src/nowhere.ts`\n```\nThen `src/cli/main.ts`.';
    expect(pathsNamedInMarkdown(text, 'README.md')).toEqual([{ line: 4, path: 'src/cli/main.ts' }]);
  });

  it('finds nothing in an empty text', () => {
    expect(pathsNamedInMarkdown('', 'README.md')).toEqual([]);
  });
});

describe('docsNamedIn', () => {
  it('finds the docs pages a comment or a message names, with their line', () => {
    expect(docsNamedIn('/**\n * Exit statuses (docs/cli.md, docs/api.md).\n */')).toEqual([
      { line: 2, path: 'docs/cli.md' },
      { line: 2, path: 'docs/api.md' },
    ]);
  });

  it('does not take a page of another folder for one of docs/', () => {
    expect(docsNamedIn('node_modules/docs/x.md and mydocs/y.md')).toEqual([]);
  });
});
