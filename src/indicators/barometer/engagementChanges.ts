import type { Change } from '../comparison/changes.js';
import type { EnpsSuppressedResult } from '../recommendation/enps.js';
import { benjaminiHochberg } from '../stats/benjaminiHochberg.js';
import type { MeanSample } from '../stats/welchTest.js';
import { meanOfSums } from '../stats/meanOfSums.js';
import { newcombeDifference } from '../stats/newcombeDifference.js';
import { welchTest } from '../stats/welchTest.js';
import type { EmployeeEngagementStatistics, ScoreSums } from '../statistics.js';
import type { EmployeeEngagement, EmployeeEngagementResult, EngagementDimension } from './employeeEngagement.js';
import { scoreOutOfHundred } from './likertScores.js';

/** The significance level of one change's test. */
const ALPHA = 0.05;

/** A dimension, or the whole barometer, with its changes against the comparison period. */
export interface EngagementChanges {
  /** Welch's test on the respondents' scores (0–100). */
  change?: Change;
  /** Newcombe's interval on the favourable share (item answers at 4–5). */
  favourableChange?: Change;
}

/** A barometer's result with its statistics, for one period. */
export interface EngagementPeriod {
  result: EmployeeEngagementResult | undefined;
  statistics: EmployeeEngagementStatistics | undefined;
}

/**
 * The respondents' scores as a sample on the 0–100 scale: mean 25 × (x̄ − 1), variance 625 × s²
 * (the linear map of {@link scoreOutOfHundred}), for Welch's test of a change.
 */
export function hundredScaleSample(scores: ScoreSums): MeanSample {
  const { n, mean, variance } = meanOfSums(scores.n, scores.sum, scores.sumSquares);
  const slope = scoreOutOfHundred(2) - scoreOutOfHundred(1);
  return { n, mean: scoreOutOfHundred(mean), variance: slope * slope * variance };
}

/** A change from a test's interval and p-value (null test: untested), significant at 5%. */
function changeOf(value: number, previous: number, test: { ci95: [number, number]; pValue: number } | null, method: Change['method']): Change {
  const base = { previous, delta: value - previous };
  if (test === null) return { ...base, ci95: null, pValue: null, significant: null, method: null };
  return { ...base, ci95: test.ci95, pValue: test.pValue, significant: test.pValue < ALPHA, method };
}

/** The favourable share's change (Newcombe), or undefined when either period has none. */
function favourableChange(
  now: { favourable: number | null; answers: number },
  before: { favourable: number | null; answers: number },
  nowFavourable: number,
  beforeFavourable: number,
): Change | undefined {
  if (now.favourable === null || before.favourable === null) return undefined;
  const test = newcombeDifference({ k: nowFavourable, n: now.answers }, { k: beforeFavourable, n: before.answers });
  return changeOf(now.favourable, before.favourable, test, 'newcombe');
}

/**
 * The barometer with each shown dimension's `change` (Welch's t on the respondents' dimension
 * scores, on the 0–100 scale) and `favourableChange` (Newcombe's hybrid score interval on the
 * favourable share), and the whole barometer's `favourableChange` — against the comparison
 * period. The whole barometer's `change` (Welch on respondents' overall scores) comes with the
 * other indicators' (comparison/changes.ts). A dimension hidden or without a value in either
 * period gets none. Significant at 5% on its own p-value; in a split report see
 * {@link controlEngagementDiscoveries}.
 *
 * Caveat: the favourable share counts item answers, several per respondent: Newcombe's
 * interval treats them as independent and is narrower than it should be.
 */
export function engagementChanges(current: EngagementPeriod, previous: EngagementPeriod): EmployeeEngagementResult | undefined {
  const { result } = current;
  if (result === undefined || 'suppressed' in result || previous.result === undefined || 'suppressed' in previous.result) return result;
  if (current.statistics === undefined || previous.statistics === undefined) return result;
  const before = previous.result;
  const dimensions: Record<string, EngagementDimension | EnpsSuppressedResult> = {};
  let favourableNow = 0;
  let favourableBefore = 0;
  for (const [name, dimension] of Object.entries(result.dimensions)) {
    const old = before.dimensions[name];
    const nowStatistics = current.statistics.dimensions[name];
    const oldStatistics = previous.statistics.dimensions[name];
    if (!('suppressed' in dimension)) favourableNow += nowStatistics?.favourableAnswers ?? 0;
    if (old !== undefined && !('suppressed' in old)) favourableBefore += oldStatistics?.favourableAnswers ?? 0;
    if ('suppressed' in dimension || old === undefined || 'suppressed' in old || dimension.value === null || old.value === null) {
      dimensions[name] = dimension;
      continue;
    }
    const test = welchTest(hundredScaleSample(nowStatistics!.scores), hundredScaleSample(oldStatistics!.scores));
    const favourable = favourableChange(dimension, old, nowStatistics!.favourableAnswers, oldStatistics!.favourableAnswers);
    dimensions[name] = {
      ...dimension,
      change: changeOf(dimension.value, old.value, test, 'welch'),
      ...(favourable === undefined ? {} : { favourableChange: favourable }),
    };
  }
  for (const [name, old] of Object.entries(before.dimensions)) {
    if (result.dimensions[name] === undefined && !('suppressed' in old)) favourableBefore += previous.statistics.dimensions[name]?.favourableAnswers ?? 0;
  }
  const favourable = favourableChange(result, before, favourableNow, favourableBefore);
  return { ...result, dimensions, ...(favourable === undefined ? {} : { favourableChange: favourable }) };
}

/**
 * Decides `significant` for every change of the barometer across the groups of a split report
 * in one Benjamini–Hochberg family at 5%: the whole barometer's and each dimension's `change`
 * and `favourableChange`, in every group (teams × dimensions). Changes without a p-value are
 * left as they are; the results are new objects in the input's order.
 */
export function controlEngagementDiscoveries(groups: readonly (EmployeeEngagementResult | undefined)[]): (EmployeeEngagementResult | undefined)[] {
  const changes: { owner: Record<string, unknown>; field: 'change' | 'favourableChange'; change: Change }[] = [];
  const copies = groups.map((group) => {
    if (group === undefined || 'suppressed' in group) return group;
    const copy: EmployeeEngagement = { ...group, dimensions: { ...group.dimensions } };
    const owners: Record<string, unknown>[] = [copy as unknown as Record<string, unknown>];
    for (const [name, dimension] of Object.entries(copy.dimensions)) {
      if ('suppressed' in dimension) continue;
      const own = { ...dimension };
      copy.dimensions[name] = own;
      owners.push(own as unknown as Record<string, unknown>);
    }
    for (const owner of owners) {
      for (const field of ['change', 'favourableChange'] as const) {
        const change = owner[field] as Change | undefined;
        if (change?.pValue != null) changes.push({ owner, field, change });
      }
    }
    return copy;
  });
  const decisions = benjaminiHochberg(changes.map(({ change }) => change.pValue!));
  changes.forEach(({ owner, field, change }, index) => {
    owner[field] = { ...change, significant: decisions[index]!.significant };
  });
  return copies;
}
