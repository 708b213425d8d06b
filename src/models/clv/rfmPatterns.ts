import { ModelError } from '../ModelError.js';
import { checkRfmRow } from './checkRfmRow.js';

/**
 * The input of the purchase models: one entry per customer (or per group of customers with the
 * same summary, counted by `weight`), column by column as the store's `rfmSummary` returns it
 * (docs/clv.md): repeat purchase days, recency and age in one time unit.
 */
export interface RfmColumns {
  /** x: repeat purchase days (purchase days − 1), a whole number ≥ 0. */
  frequency: readonly number[];
  /** t_x: from the first to the last purchase day; 0 when x = 0; at most `age`. */
  recency: readonly number[];
  /** T: from the first purchase day to the end of the observation period. */
  age: readonly number[];
  /** How many customers share the row (default 1 each); rows of weight 0 are left out. */
  weight?: readonly number[];
}

/** The distinct (x, t_x, T) of an input with the total weight of each: the likelihood is a weighted sum over them. */
export interface RfmPatterns {
  frequency: Float64Array;
  recency: Float64Array;
  age: Float64Array;
  weight: Float64Array;
  /** Sum of the weights: the number of customers. */
  customers: number;
  /** Weight of the customers with x ≥ 1. */
  repeatCustomers: number;
}

/**
 * Checks the columns of an {@link RfmColumns} input and groups equal (x, t_x, T) rows, adding
 * up their weights — the log-likelihoods are sums over customers, so summing over distinct
 * patterns with weights gives the same value with less work (CDNOW: 2,357 customers, 1,016
 * patterns in weeks; a store of millions of customers has far fewer patterns than rows).
 *
 * @param model - the model's name, for the error messages ("BG/NBD")
 * @param input - the columns, left unchanged
 * @returns the distinct patterns and their weights
 * @throws {ModelError} when the columns differ in length, there is no customer (no row, or all
 *   weights 0), a weight is negative or not finite, or a row is invalid ({@link checkRfmRow};
 *   the message names the row, counted from 0)
 *
 * @example
 * rfmPatterns('BG/NBD', { frequency: [0, 2, 0], recency: [0, 5, 0], age: [10, 10, 10] })
 * // { frequency: [0, 2], recency: [0, 5], age: [10, 10], weight: [2, 1], customers: 3, repeatCustomers: 1 }
 */
export function rfmPatterns(model: string, input: RfmColumns): RfmPatterns {
  const { frequency, recency, age, weight } = input;
  const n = frequency.length;
  if (recency.length !== n || age.length !== n || (weight !== undefined && weight.length !== n)) {
    throw new ModelError(
      `${model} needs columns of one length, got ${n} frequencies, ${recency.length} recencies, ${age.length} ages${weight === undefined ? '' : ` and ${weight.length} weights`}.`,
    );
  }
  const index = new Map<number, Map<number, Map<number, number>>>();
  const xs: number[] = [];
  const txs: number[] = [];
  const ts: number[] = [];
  const ws: number[] = [];
  let customers = 0;
  let repeatCustomers = 0;
  for (let i = 0; i < n; i += 1) {
    const w = weight === undefined ? 1 : (weight[i] ?? Number.NaN);
    if (!(Number.isFinite(w) && w >= 0)) {
      throw new ModelError(`${model} needs weights that are finite numbers ≥ 0, got ${String(w)} at row ${i}.`);
    }
    const row = { frequency: frequency[i] ?? Number.NaN, recency: recency[i] ?? Number.NaN, age: age[i] ?? Number.NaN };
    checkRfmRow(model, row, `at row ${i}`);
    if (w === 0) continue;
    customers += w;
    if (row.frequency > 0) repeatCustomers += w;
    // Nested maps with number keys: several times faster than one map of string keys.
    let byRecency = index.get(row.frequency);
    if (byRecency === undefined) {
      byRecency = new Map();
      index.set(row.frequency, byRecency);
    }
    let byAge = byRecency.get(row.recency);
    if (byAge === undefined) {
      byAge = new Map();
      byRecency.set(row.recency, byAge);
    }
    const found = byAge.get(row.age);
    if (found === undefined) {
      byAge.set(row.age, xs.length);
      xs.push(row.frequency);
      txs.push(row.recency);
      ts.push(row.age);
      ws.push(w);
    } else {
      ws[found] = (ws[found] ?? 0) + w;
    }
  }
  if (customers === 0) {
    throw new ModelError(`${model} needs at least one customer, got ${n === 0 ? 'none' : `${n} rows of weight 0`}.`);
  }
  return {
    frequency: Float64Array.from(xs),
    recency: Float64Array.from(txs),
    age: Float64Array.from(ts),
    weight: Float64Array.from(ws),
    customers,
    repeatCustomers,
  };
}

/**
 * A starting value for the models' time-scale parameter (α of BG/NBD and Pareto/NBD): the
 * customers' total observed time over their total repeat purchases — the mean time between
 * purchases — kept within [1e-6, 1e6] for the optimiser.
 */
export function startingTimeScale(patterns: RfmPatterns): number {
  let sumAge = 0;
  let sumFrequency = 0;
  patterns.frequency.forEach((x, i) => {
    const w = patterns.weight[i] ?? 0;
    sumAge += w * (patterns.age[i] ?? 0);
    sumFrequency += w * x;
  });
  return Math.min(1e6, Math.max(1e-6, sumAge / sumFrequency));
}

/** The distinct frequencies of a customer base's patterns, with their total weights. */
export interface DistinctFrequencies {
  /** Each distinct x, in the order the patterns first have it. */
  frequencies: Float64Array;
  /** The total weight of the patterns with each frequency. */
  frequencyWeights: Float64Array;
  /** For each pattern, the index of its frequency in `frequencies`. */
  frequencyIndex: Uint32Array;
}

/**
 * The distinct frequencies of the patterns and their total weights, for the terms of the
 * purchase models' likelihoods that depend on x alone (the Γ terms), computed once per x.
 *
 * @example
 * distinctFrequencies({ frequency: [0, 2, 0], weight: [3, 1, 2], … })
 * // { frequencies: [0, 2], frequencyWeights: [5, 1], frequencyIndex: [0, 1, 0] }
 */
export function distinctFrequencies(patterns: RfmPatterns): DistinctFrequencies {
  const position = new Map<number, number>();
  const frequencies: number[] = [];
  const weights: number[] = [];
  const frequencyIndex = new Uint32Array(patterns.frequency.length);
  patterns.frequency.forEach((x, i) => {
    let k = position.get(x);
    if (k === undefined) {
      k = frequencies.length;
      position.set(x, k);
      frequencies.push(x);
      weights.push(0);
    }
    weights[k] = (weights[k] ?? 0) + (patterns.weight[i] ?? 0);
    frequencyIndex[i] = k;
  });
  return { frequencies: Float64Array.from(frequencies), frequencyWeights: Float64Array.from(weights), frequencyIndex };
}
