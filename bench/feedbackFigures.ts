/**
 * Issue 5's figures: the sentiment model's throughput on one core (target ≥ 5,000
 * comments/s), its files' size (≤ 25 MB), and `barometre feedback` end to end on 100,000
 * survey comments: the first run analyses and stores every text, the second finds nothing
 * new and only reads the stored analyses back.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toCsv } from '../src/output/toCsv.js';
import { BENCH_DATA } from './generateLargeStore.js';
import { runProcess } from './measure.js';
import { generateComments, measureSentimentThroughput } from './sentimentThroughput.js';

const CLI = join(import.meta.dirname, '..', 'bin', 'barometre.js');
const MODEL_DIRECTORY = join(import.meta.dirname, '..', 'models', 'sentiment');
const COMMENTS = 100_000;

/** A figure as bench/run.ts records it. */
export interface FeedbackFigure {
  name: string;
  value: number;
  unit: string;
  target: string;
  ok: boolean | null;
}

/** Writes COMMENTS survey responses with a comment and an NPS answer (deterministic) into bench/data. */
function writeCommentsCsv(): string {
  const file = join(BENCH_DATA, 'comments.csv');
  if (existsSync(file)) return file;
  mkdirSync(BENCH_DATA, { recursive: true });
  const rows = generateComments(COMMENTS).map((comment, index) => ({
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
export async function feedbackFigures(record: (figure: FeedbackFigure) => void): Promise<void> {
  const throughput = await measureSentimentThroughput();
  record({ name: `sentiment predict, one core (${throughput.meanCharacters} characters/comment)`, value: throughput.commentsPerSecond, unit: '/s', target: '≥ 5000', ok: throughput.commentsPerSecond >= 5000 });
  const megabytes = readdirSync(MODEL_DIRECTORY).reduce((sum, name) => sum + statSync(join(MODEL_DIRECTORY, name)).size, 0) / 1e6;
  record({ name: 'sentiment model files, all together', value: megabytes, unit: 'MB', target: '≤ 25', ok: megabytes <= 25 });

  const database = join(BENCH_DATA, 'feedback.duckdb');
  rmSync(database, { force: true });
  rmSync(`${database}.wal`, { force: true });
  await runProcess('node', [CLI, 'import', 'responses', writeCommentsCsv(), '--db', database, '--json']);
  const first = await runProcess('node', [CLI, 'feedback', '--db', database, '--json']);
  record({ name: `barometre feedback, first run: ${COMMENTS / 1000}k comments analysed and stored`, value: COMMENTS / first.seconds, unit: '/s', target: 'reference', ok: null });
  const second = await runProcess('node', [CLI, 'feedback', '--db', database, '--json']);
  record({ name: `barometre feedback, nothing new (${COMMENTS / 1000}k stored analyses read back)`, value: second.seconds, unit: 's', target: 'reference', ok: null });
}
