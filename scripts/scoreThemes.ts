/**
 * Measures the default themes on the labelled check set (datasets/themes/theme_check_set.csv):
 * precision and recall per theme, micro and macro, on the whole set and on its tune and
 * held-out halves, through the same analysis `barometre feedback` stores (analyseText).
 *
 *   npm run score:themes -- [--file PATH] [--errors tune|held_out|all] [--json]
 *
 * --errors  also lists the rows of that half where a theme was missed or found wrongly
 *           (tune on the `tune` half's errors only: the held-out half must stay unseen).
 * --json    prints the figures as JSON instead of a table.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse/sync';
import { loadSentimentModel } from '../src/feedback/sentiment/sentimentModel.js';
import { compileThemes } from '../src/feedback/themes/matchThemes.js';
import type { ThemeScores } from '../src/feedback/themes/scoreThemes.js';
import { CHECK_SET_HALVES, type CheckSetRow, measureCheckSet, parseCheckSet } from '../src/feedback/themes/themeCheckSet.js';
import { DEFAULT_THEMES } from '../src/feedback/themes/themeDefinitions.js';

const DEFAULT_FILE = fileURLToPath(new URL('../datasets/themes/theme_check_set.csv', import.meta.url));

const { values } = parseArgs({ options: { file: { type: 'string' }, errors: { type: 'string' }, json: { type: 'boolean' } } });
if (values.errors !== undefined && values.errors !== 'all' && !CHECK_SET_HALVES.some((half) => half === values.errors)) {
  process.stderr.write(`--errors takes tune, held_out or all, not "${values.errors}".\n`);
  process.exit(2);
}

const analyser = { model: loadSentimentModel(), themes: compileThemes(DEFAULT_THEMES) };
const file = values.file ?? DEFAULT_FILE;
let rows: CheckSetRow[];
try {
  rows = parseCheckSet(parse(readFileSync(file), { columns: true }) as Record<string, string>[], analyser.themes.themeIds);
} catch (error) {
  process.stderr.write(`Cannot read the check set ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
}
const result = measureCheckSet(rows, analyser);

if (values.json === true) {
  process.stdout.write(`${JSON.stringify({ all: result.all, ...result.halves }, null, 2)}\n`);
} else {
  const columns: [string, ThemeScores][] = [['all', result.all], ...CHECK_SET_HALVES.map((half): [string, ThemeScores] => [half, result.halves[half]])];
  const cell = (precision: number, recall: number): string => `${precision.toFixed(2)} ${recall.toFixed(2)}`.padEnd(13);
  const lines = [
    `Theme check set: ${columns.map(([name, scores]) => `${name} ${scores.texts} texts`).join(', ')}. Precision and recall:`,
    `${'theme'.padEnd(22)}${columns.map(([name]) => name.padEnd(13)).join('')}labelled (all)`,
    ...result.all.themes.map(
      (score, index) =>
        `${score.theme.padEnd(22)}${columns.map(([, scores]) => cell(scores.themes[index]?.precision ?? 0, scores.themes[index]?.recall ?? 0)).join('')}${score.support}`,
    ),
    `${'micro'.padEnd(22)}${columns.map(([, scores]) => cell(scores.micro.precision, scores.micro.recall)).join('')}`,
    `${'macro'.padEnd(22)}${columns.map(([, scores]) => cell(scores.macro.precision, scores.macro.recall)).join('')}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

if (values.errors !== undefined) {
  for (const { row, expected, found } of result.judgements) {
    if (values.errors !== 'all' && row.half !== values.errors) continue;
    const missed = expected.filter((theme) => !found.includes(theme));
    const extra = found.filter((theme) => !expected.includes(theme));
    if (missed.length === 0 && extra.length === 0) continue;
    process.stdout.write(
      `${row.id}\t${missed.length > 0 ? `missed ${missed.join(',')} ` : ''}${extra.length > 0 ? `extra ${extra.join(',')}` : ''}\t${row.text}\n`,
    );
  }
}
