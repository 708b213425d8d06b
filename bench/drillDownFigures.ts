/**
 * Issue 14's figure: from a number to the comments behind it. On the large bench store (1M
 * survey responses, a fifth with a comment, at full scale; BENCH_SCALE=0.1 for a tenth), the
 * stored analyses are brought up to date once, then `buildFeedback` answers drill-downs
 * in-process, each a median of 5: the NPS detractors' comments as the comments page asks for
 * them (the target, ≤ 0.5 s: the page of 50 comments with the themes and drivers of the same
 * texts, without the candidate phrases the page does not show), and for reference a
 * theme with a sentiment, and every text unfiltered.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '../src/store/openStore.js';
import { buildFeedback, type FeedbackQuery } from '../src/services/feedback/buildFeedback.js';
import { refreshAnalyses } from '../src/services/feedback/refreshAnalyses.js';
import { buildStore } from './buildStore.js';
import { generateLargeStore, scaledSize, scaleFolder } from './generateLargeStore.js';
import { median, timeRuns } from './measure.js';
import type { Figure } from './figure.js';

const RUNS = 5;
/** The drill-down's target (issue 14), in seconds. */
const TARGET_SECONDS = 0.5;
const EVERYTHING: FeedbackQuery = { from: null, to: null, where: [], source: null, perItem: false };

/** The large store of `scale`, generated and imported through the CLI the first time. */
export async function largeStore(scale: number): Promise<string> {
  const folder = scaleFolder(scale);
  const database = join(folder, 'large.duckdb');
  if (existsSync(database)) return database;
  await generateLargeStore(scaledSize(scale), folder);
  await buildStore(['--db', database], folder);
  return database;
}

/** Measures the drill-downs at BENCH_SCALE (default 1: the 10M-event store); `record` prints and keeps each figure. */
export async function drillDownFigures(record: (figure: Figure) => void): Promise<void> {
  const scale = Number(process.env.BENCH_SCALE ?? '1');
  const store = await openStore({ db: await largeStore(scale) });
  try {
    const started = performance.now();
    const refresh = await refreshAnalyses(store, 1);
    const texts = (await buildFeedback(store, 1, EVERYTHING)).result.items;
    const at = `${texts / 1000}k texts, scale ${scale}`;
    record({
      name: `DuckDB: analyses brought up to date (${refresh.analysed} analysed now)`,
      value: (performance.now() - started) / 1000,
      unit: 's',
      target: 'reference',
      ok: null,
    });
    const drill = async (query: Partial<FeedbackQuery>) => median(await timeRuns(RUNS, () => buildFeedback(store, 1, { ...EVERYTHING, ...query })));
    // As the comments page asks: without the candidate phrases it does not show.
    const detractors = await drill({ band: 'detractor', indicator: 'nps', candidates: false });
    record({
      name: `DuckDB: feedbackDrillDown, NPS detractors, page of 50 (${at})`,
      value: detractors,
      unit: 's',
      target: `≤ ${TARGET_SECONDS}`,
      ok: detractors <= TARGET_SECONDS,
    });
    record({
      name: `DuckDB: drill-down, theme delivery and positive, page 3 (${at})`,
      value: await drill({ theme: 'delivery', sentiment: 'positive', offset: 100 }),
      unit: 's',
      target: 'reference',
      ok: null,
    });
    record({ name: `DuckDB: every text, first page (${at})`, value: await drill({}), unit: 's', target: 'reference', ok: null });
  } finally {
    await store.close();
  }
}
