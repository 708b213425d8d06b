import type { Change } from '../comparison/changes.js';
import { assertAtMost } from '../_lib/assertAtMost.js';
import { assertCount } from '../_lib/assertCount.js';
import { percentWithInterval } from '../_lib/percentWithInterval.js';
import { ENPS_MIN_RESPONDENTS, type EnpsSuppressedResult } from '../recommendation/enps.js';
import { pearsonOfSums } from '../stats/correlation.js';
import type { Interval } from '../stats/Interval.js';
import { meanOfSums } from '../stats/meanOfSums.js';
import { tInterval } from '../stats/tInterval.js';
import type { EmployeeEngagementStatistics, EngagementDimensionStatistics, ScoreSums } from '../statistics.js';
import { cronbachAlphaOfSums, isAlphaLow } from './cronbachAlpha.js';
import { type EngagementDriver, engagementDrivers } from './engagementDrivers.js';
import { scoreOutOfHundred } from './likertScores.js';

/** One dimension of the barometer (docs/indicators.md, `employeeEngagement`). */
export interface EngagementDimension {
  /** 25 × (mean of respondents' dimension scores − 1), 0–100; null without respondents. */
  value: number | null;
  /** Respondents with at least one item of the dimension answered. */
  n: number;
  /** % of item answers at 4 or 5 after reversal; null without answers. */
  favourable: number | null;
  /** t 95% interval of the respondents' mean, on the 0–100 scale; null with fewer than 2 respondents. */
  ci95: Interval | null;
  /** Wilson 95% interval of `favourable`. */
  favourableCi95: Interval | null;
  /** Cronbach's α over the respondents who answered every item; null when undefined (under 2 of them, 1 item, no spread). */
  alpha: number | null;
  /** Respondents α is computed over. */
  alphaN: number;
  /** α below 0.7: the items may not measure one thing. */
  alphaWarning: boolean;
  /** Items of the dimension in the surveys in scope. */
  items: number;
  /** Item answers counted in `favourable`. */
  answers: number;
  /** With --compare: Welch's t on the respondents' dimension scores (engagementChanges.ts). */
  change?: Change;
  /** With --compare: Newcombe's interval on the favourable share. */
  favourableChange?: Change;
}

/** The employee barometer of a period or group. */
export interface EmployeeEngagement {
  /** Mean of the dimensions' values, 0–100; null without respondents. */
  value: number | null;
  /** Respondents with at least one dimension score. */
  n: number;
  /** % of all item answers at 4 or 5 after reversal; null without answers. */
  favourable: number | null;
  /** `value` ± the t 95% half-width of the respondents' overall scores (mean of their dimension scores), 0–100. */
  ci95: Interval | null;
  favourableCi95: Interval | null;
  answers: number;
  /** Each dimension by name (code-point order), or its suppression marker under 5 respondents. */
  dimensions: Record<string, EngagementDimension | EnpsSuppressedResult>;
  /** The shown dimensions ranked as drivers ({@link engagementDrivers}). */
  drivers: EngagementDriver[];
  /** With --compare: Welch's t on the respondents' overall scores (comparison/changes.ts). */
  change?: Change;
  /** With --compare: Newcombe's interval on the favourable share. */
  favourableChange?: Change;
}

/** The barometer, or `{ suppressed: true }` for 1 to 4 respondents. */
export type EmployeeEngagementResult = EmployeeEngagement | EnpsSuppressedResult;

/**
 * The employee barometer from its sufficient statistics: each dimension's score 0–100 (25 ×
 * (mean of respondents' dimension scores − 1)) with its t interval transformed the same way,
 * its favourable share (answers 4–5 after reversal) with Wilson's interval, Cronbach's α over the
 * respondents who answered all its items (warning under 0.7); the overall value as the mean over
 * the dimensions; and the drivers. A group, or a dimension, with 1 to 4 respondents is
 * `{ suppressed: true }`, as eNPS (ENPS_MIN_RESPONDENTS); a dimension the report's anonymity
 * rules hide (`hidden`) is `{ suppressed: true, reason }` and left out of the value and drivers.
 *
 * Sources: Likert, "A technique for the measurement of attitudes", Archives of Psychology 140
 * (1932) for the summated scale; Cronbach (1951) for α; Wilson, JASA 22 (1927) for the
 * favourable share's interval; Student (1908) for the t interval; Fisher (1915) for the
 * drivers' intervals. The 0.7 threshold: Nunnally, "Psychometric Theory", 2nd ed. (1978).
 *
 * @throws {RangeError} when a count is not a non-negative integer or favourable answers exceed answers
 */
export function employeeEngagement(statistics: EmployeeEngagementStatistics): EmployeeEngagementResult {
  assertCount(statistics.scores.n, 'employeeEngagement respondents');
  const n = statistics.scores.n;
  if (n > 0 && n < ENPS_MIN_RESPONDENTS) return { suppressed: true };
  const names = Object.keys(statistics.dimensions).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const dimensions: Record<string, EngagementDimension | EnpsSuppressedResult> = {};
  let answers = 0;
  let favourableAnswers = 0;
  for (const name of names) {
    const dimension = statistics.dimensions[name]!;
    const result = engagementDimension(dimension, name);
    dimensions[name] = result;
    if (!('suppressed' in result)) {
      answers += dimension.answers;
      favourableAnswers += dimension.favourableAnswers;
    }
  }
  const shown = names.filter((name) => !('suppressed' in dimensions[name]!));
  const values = shown.map((name) => (dimensions[name] as EngagementDimension).value).filter((value): value is number => value !== null);
  const value = values.length === 0 ? null : values.reduce((sum, each) => sum + each, 0) / values.length;
  const favourable = percentWithInterval(favourableAnswers, 'employeeEngagement favourable answers', answers, 'employeeEngagement answers');
  const drivers =
    value === null
      ? []
      : engagementDrivers(
          shown.map((name) => {
            const own = statistics.dimensions[name]!;
            return {
              dimension: name,
              value: (dimensions[name] as EngagementDimension).value!,
              enps: pearsonOfSums(own.withEnps),
              engagement: own.withEngagement === undefined ? null : pearsonOfSums(own.withEngagement),
            };
          }),
          value,
        );
  return {
    value,
    n,
    favourable: favourable.value,
    ci95: value === null ? null : centredInterval(value, statistics.scores),
    favourableCi95: favourable.ci95,
    answers,
    dimensions,
    drivers,
  };
}

/** One dimension's result, or its suppression marker for 1 to 4 respondents. */
function engagementDimension(statistics: EngagementDimensionStatistics, name: string): EngagementDimension | EnpsSuppressedResult {
  const { scores, answers, favourableAnswers, items } = statistics;
  assertCount(scores.n, `employeeEngagement.dimensions.${name} respondents`);
  assertCount(answers, `employeeEngagement.dimensions.${name} answers`);
  assertCount(favourableAnswers, `employeeEngagement.dimensions.${name} favourable answers`);
  assertAtMost(favourableAnswers, `employeeEngagement.dimensions.${name} favourable answers`, answers, 'answers');
  if (scores.n > 0 && scores.n < ENPS_MIN_RESPONDENTS) return { suppressed: true };
  if (statistics.hidden !== undefined) return { suppressed: true, reason: statistics.hidden };
  const favourable = percentWithInterval(favourableAnswers, `employeeEngagement.dimensions.${name} favourable answers`, answers, 'answers');
  const alpha = cronbachAlphaOfSums(statistics.alpha);
  const base = { n: scores.n, favourable: favourable.value, favourableCi95: favourable.ci95, alpha, alphaN: statistics.alpha.respondents };
  const rest = { alphaWarning: isAlphaLow(alpha), items, answers };
  if (scores.n === 0) return { value: null, ...base, ci95: null, ...rest };
  const { mean, variance } = meanOfSums(scores.n, scores.sum, scores.sumSquares);
  const interval = tInterval(scores.n, mean, variance);
  return { value: scoreOutOfHundred(mean), ...base, ci95: interval === null ? null : (interval.map(scoreOutOfHundred) as Interval), ...rest };
}

/** `value` ± the t 95% half-width of the respondents' overall scores, on the 0–100 scale; null with fewer than 2. */
function centredInterval(value: number, scores: ScoreSums): Interval | null {
  const { mean, variance } = meanOfSums(scores.n, scores.sum, scores.sumSquares);
  const interval = tInterval(scores.n, mean, variance);
  if (interval === null) return null;
  const halfWidth = scoreOutOfHundred(interval[1]) - scoreOutOfHundred(mean);
  return [value - halfWidth, value + halfWidth];
}
