/**
 * Draws docs/growth.png from bench/results.json's growth figures (bench/growthFigures.ts):
 * report latency, import time and store size against the events, log–log, one line per
 * engine, built as SVG (bench/growthChart.ts) and photographed in headless Chromium.
 *
 * Usage: npm run bench:chart   (also run at the end of BENCH_ONLY=growth npm run bench)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../src/test-support/headlessChromium.js';
import { type GrowthLine, type GrowthPanel, growthChartSvg } from './growthChart.js';
import type { Figure } from './figure.js';
import type { GrowthEngine, GrowthMeasure } from './growthFigures.js';

const RESULTS = join(import.meta.dirname, 'results.json');
const GROWTH_PNG = join(import.meta.dirname, '..', 'docs', 'growth.png');
const ENGINES: readonly { name: GrowthEngine; color: string }[] = [
  { name: 'DuckDB', color: '#d9480f' },
  { name: 'PostgreSQL', color: '#1c64c8' },
];

/** The panels: each measure a line per engine, the first of each panel solid and the second dashed. */
function growthPanels(figures: readonly Figure[]): GrowthPanel[] {
  const lines = (measures: readonly GrowthMeasure[]): GrowthLine[] =>
    ENGINES.flatMap((engine) =>
      measures.map((measure, index) => ({
        label: `${engine.name}, ${measure}`,
        color: engine.color,
        dashed: index > 0,
        points: figures.flatMap(({ growth, value }) =>
          growth?.engine === engine.name && growth.measure === measure ? [{ events: growth.events, value }] : [],
        ),
      })),
    );
  return [
    { title: 'Report latency', note: 'solid: full report · dashed: one-year report', unit: 's', lines: lines(['report', 'yearReport']) },
    {
      title: 'Import of the events',
      note: 'solid: wall time · dashed: CPU time (DuckDB), re-import (PostgreSQL)',
      unit: 's',
      lines: lines(['importWall', 'importCpu', 'reimportWall']),
    },
    { title: 'Store size on disk', note: 'the whole store: every table and index', unit: 'MB', lines: lines(['storeBytes']) },
  ];
}

/** The growth figures of bench/results.json's last growth run (those measured at the newest time), so that an earlier run's other sizes stay off the chart. */
function lastGrowthRun(): Figure[] {
  const { figures } = JSON.parse(readFileSync(RESULTS, 'utf8')) as { figures: (Figure & { measuredAt?: string })[] };
  const growth = figures.filter((figure) => figure.growth !== undefined);
  const last = growth
    .map((figure) => figure.measuredAt ?? '')
    .sort()
    .pop();
  if (last === undefined) throw new Error(`${RESULTS} has no growth figures: run BENCH_ONLY=growth npm run bench first.`);
  return growth.filter((figure) => (figure.measuredAt ?? '') === last);
}

/** Renders the growth chart of bench/results.json's last growth run to docs/growth.png; returns the PNG's path. */
export async function drawGrowthChart(): Promise<string> {
  const svg = growthChartSvg('How cost grows with the events in the store (log–log)', ENGINES, growthPanels(lastGrowthRun()));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1.5 });
    await page.setContent(`<!doctype html><html><body style="margin:0">${svg.text}</body></html>`);
    await page.locator('svg').screenshot({ path: GROWTH_PNG });
  } finally {
    await browser.close();
  }
  return GROWTH_PNG;
}

if (process.argv[1] === import.meta.filename) process.stdout.write(`wrote ${await drawGrowthChart()}\n`);
