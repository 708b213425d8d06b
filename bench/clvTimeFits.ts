/**
 * Times the model fits on the CDNOW sample, in-process after start-up: the median of 20 runs
 * of each (after 3 warm-up runs), from the summary (the summary itself is timed apart).
 *
 *     npx tsx bench/clvTimeFits.ts
 *
 * Targets (issue 4): BG/NBD + Gamma-Gamma ≤ 30 ms, Pareto/NBD ≤ 100 ms.
 */
import { performance } from 'node:perf_hooks';
import { bgnbdConditionalExpectedTransactions, bgnbdFit, bgnbdProbabilityAlive } from '../src/models/clv/bgnbd.js';
import { cdnowPurchases } from '../src/test-support/cdnowSample.js';
import { gammaGammaFit } from '../src/models/clv/gammaGamma.js';
import { paretoNbdFit } from '../src/models/clv/paretoNbd.js';
import { rfmPatterns } from '../src/models/clv/rfmPatterns.js';
import { summariseTransactions } from '../src/models/clv/summariseTransactions.js';

const RUNS = 20;
const WARM_UP = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((p, q) => p - q);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function time(label: string, work: () => unknown): number {
  for (let i = 0; i < WARM_UP; i += 1) work();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  const result = median(times);
  console.log(`${label.padEnd(48)} median ${result.toFixed(2)} ms (min ${Math.min(...times).toFixed(2)}, max ${Math.max(...times).toFixed(2)})`);
  return result;
}

const purchases = cdnowPurchases();
const summary = summariseTransactions(purchases, { to: '1997-09-30', unit: 'week' });
console.log(
  `CDNOW sample: ${summary.customerId.length} customers, ${rfmPatterns('BG/NBD', summary).frequency.length} distinct (x, t_x, T) patterns, ${RUNS} runs each`,
);

time('summary (in memory, 6,919 purchases)', () => summariseTransactions(purchases, { to: '1997-09-30', unit: 'week' }));
const bgnbd = time('BG/NBD fit', () => bgnbdFit(summary));
const spend = time('Gamma-Gamma fit', () => gammaGammaFit(summary));
time('Pareto/NBD fit', () => paretoNbdFit(summary));
const params = bgnbdFit(summary).params;
time('BG/NBD P(alive) + E[Y(52)] for every customer', () => {
  summary.frequency.forEach((frequency, i) => {
    const row = { frequency, recency: summary.recency[i] ?? 0, age: summary.age[i] ?? 0 };
    bgnbdProbabilityAlive(params, row);
    bgnbdConditionalExpectedTransactions(params, 52, row);
  });
});
console.log(`BG/NBD + Gamma-Gamma: ${(bgnbd + spend).toFixed(2)} ms (target ≤ 30 ms)`);

// The same fit on a larger base: the sample's rows repeated, as the store would give them
// before grouping (the fits group equal patterns themselves).
const copies = 1000;
const big = {
  frequency: Array.from({ length: copies }, () => summary.frequency).flat(),
  recency: Array.from({ length: copies }, () => summary.recency).flat(),
  age: Array.from({ length: copies }, () => summary.age).flat(),
};
const start = performance.now();
const fit = bgnbdFit(big);
console.log(
  `BG/NBD fit on ${big.frequency.length.toLocaleString('en')} rows (the sample × ${copies}): ${(performance.now() - start).toFixed(0)} ms, r = ${fit.params.r.toFixed(4)}`,
);
