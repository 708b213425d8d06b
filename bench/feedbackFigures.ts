/**
 * Issue 5's figures: the sentiment model's throughput on one core (target ≥ 5,000
 * comments/s), its files' size (≤ 25 MB), and `barometre feedback` end to end on 100,000
 * survey comments (DuckDB, and PostgreSQL with BENCH_DATABASE_URL): the first run analyses
 * and stores every text, the second finds nothing new and only reads the stored analyses
 * back, the third follows the change of 1,000 comments.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toCsv } from '../src/output/toCsv.js';
import { BENCH_DATA } from './generateLargeStore.js';
import { analyseText } from '../src/feedback/analyseText.js';
import { loadSentimentModel } from '../src/feedback/sentiment/sentimentModel.js';
import { compileThemes } from '../src/feedback/themes/matchThemes.js';
import { DEFAULT_THEMES } from '../src/feedback/themes/themeDefinitions.js';
import { median, runProcess } from './measure.js';
import { generateComments, measureSentimentThroughput } from './sentimentThroughput.js';
import type { Figure } from './figure.js';

const CLI = join(import.meta.dirname, '..', 'bin', 'barometre.js');
const MODEL_DIRECTORY = join(import.meta.dirname, '..', 'models', 'sentiment');
const COMMENTS = 100_000;
/** Comments changed between the second and the third run. */
const CHANGED = 1_000;
/** A new workspace each run, so that the first run always starts with no analysis (on PostgreSQL the database stays). */
const BENCH_WORKSPACE = `feedback-bench-${Date.now()}`;

/** Writes COMMENTS survey responses with a comment and an NPS answer (deterministic) into bench/data. */
function writeCommentsCsv(): string {
  return writeResponses('comments.csv', generateComments(COMMENTS));
}

/** The first CHANGED of those responses with a sentence added to each comment. */
function writeChangedCsv(): string {
  return writeResponses(
    'comments-changed.csv',
    generateComments(CHANGED).map((comment) => `${comment} Merci.`),
  );
}

function writeResponses(name: string, comments: readonly string[]): string {
  const file = join(BENCH_DATA, name);
  if (existsSync(file)) return file;
  mkdirSync(BENCH_DATA, { recursive: true });
  const rows = comments.map((comment, index) => ({
    response_id: `c${index}`,
    survey_id: 'bench',
    submitted_at: new Date(Date.UTC(2025, 0, 1) + (index % 365) * 86_400_000).toISOString(),
    nps: (index * 7) % 11,
    comment,
  }));
  writeFileSync(file, toCsv(rows, ['response_id', 'survey_id', 'submitted_at', 'nps', 'comment']));
  return file;
}

/** Measures the model and the command; `record` prints and keeps each figure. */
export async function feedbackFigures(record: (figure: Figure) => void): Promise<void> {
  const throughput = await measureSentimentThroughput();
  record({
    name: `sentiment predict, one core (${throughput.meanCharacters} characters/comment)`,
    value: throughput.commentsPerSecond,
    unit: '/s',
    target: '≥ 5000',
    ok: throughput.commentsPerSecond >= 5000,
  });
  const analysis = analyseThroughput();
  record({
    name: 'full analysis of a comment (clean, language, sentiment, themes), one core',
    value: analysis,
    unit: '/s',
    target: '≥ 5000',
    ok: analysis >= 5000,
  });
  const megabytes = readdirSync(MODEL_DIRECTORY).reduce((sum, name) => sum + statSync(join(MODEL_DIRECTORY, name)).size, 0) / 1e6;
  record({ name: 'sentiment model files, all together', value: megabytes, unit: 'MB', target: '≤ 25', ok: megabytes <= 25 });

  const database = join(BENCH_DATA, 'feedback.duckdb');
  rmSync(database, { force: true });
  rmSync(`${database}.wal`, { force: true });
  await commandFigures(record, 'DuckDB', ['--db', database]);
  if (process.env.BENCH_DATABASE_URL) await commandFigures(record, 'PostgreSQL', ['--database-url', process.env.BENCH_DATABASE_URL]);
}

/** Imports the comments into a workspace of their own, then times `barometre feedback` twice and after 1,000 changed comments. */
async function commandFigures(record: (figure: Figure) => void, engine: string, connection: string[]): Promise<void> {
  const store = [...connection, '--workspace', BENCH_WORKSPACE];
  await runProcess('node', [CLI, 'import', 'responses', writeCommentsCsv(), ...store, '--json']);
  const first = await runProcess('node', [CLI, 'feedback', ...store, '--json']);
  record({
    name: `${engine}: barometre feedback, first run (${COMMENTS / 1000}k comments analysed, stored)`,
    value: COMMENTS / first.seconds,
    unit: '/s',
    target: 'reference',
    ok: null,
  });
  const second = await runProcess('node', [CLI, 'feedback', ...store, '--json']);
  record({
    name: `${engine}: barometre feedback, nothing new (${COMMENTS / 1000}k analyses read back)`,
    value: second.seconds,
    unit: 's',
    target: 'reference',
    ok: null,
  });
  await runProcess('node', [CLI, 'import', 'responses', writeChangedCsv(), ...store, '--json']);
  const changed = await runProcess('node', [CLI, 'feedback', ...store, '--json']);
  record({ name: `${engine}: barometre feedback after ${CHANGED / 1000}k comments changed`, value: changed.seconds, unit: 's', target: 'reference', ok: null });
}

/** Comments per second through analyseText (what a refresh does to each text), one core, median of 5 passes over 2,000 comments. */
function analyseThroughput(): number {
  const analyser = { model: loadSentimentModel(), themes: compileThemes(DEFAULT_THEMES) };
  const texts = generateComments(2000);
  for (const text of texts) analyseText(text, analyser); // warm-up
  const passes = Array.from({ length: 5 }, () => {
    const started = performance.now();
    for (const text of texts) analyseText(text, analyser);
    return texts.length / ((performance.now() - started) / 1000);
  });
  return median(passes);
}
