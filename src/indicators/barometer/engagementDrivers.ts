import type { Correlation } from '../stats/correlation.js';

/** From this r on, a relation counts as strong enough to act on: Cohen's "medium" effect (Cohen, 1988, §3.2). */
export const STRONG_RELATION = 0.3;

/** One dimension as a driver: how it scores and how closely it moves with eNPS and with engagement. */
export interface EngagementDriver {
  dimension: string;
  /** The dimension's score 0–100. */
  value: number;
  /** Pearson's r of respondents' dimension score with their eNPS answer, Fisher-z interval; null when undefined. */
  enps: Correlation | null;
  /** Pearson's r with their `engagement` dimension score; null for `engagement` itself or when undefined. */
  engagement: Correlation | null;
  /** Low-scoring and strongly related: the dimension to work on first. */
  priority: boolean;
}

/** One dimension's score and correlations, as {@link engagementDrivers} takes them. */
export interface DriverInput {
  dimension: string;
  value: number;
  enps: Correlation | null;
  engagement: Correlation | null;
}

/** The correlation a driver is ranked on: with engagement when it has one, else with eNPS. */
export function rankingCorrelation(driver: Pick<DriverInput, 'enps' | 'engagement'>): Correlation | null {
  return driver.engagement ?? driver.enps;
}

/**
 * "What to work on": the dimensions ranked by how strongly their respondents' scores move with
 * the outcome — Pearson's r with the `engagement` dimension's score when the dimension has one,
 * else with the eNPS answer — strongest first (no correlation last, ties by name). A dimension
 * is a `priority` when it scores below `overall` (the barometer's mean over dimensions) and its
 * ranking r is at least {@link STRONG_RELATION} with a 95% interval above 0: low, and it matters.
 *
 * Correlation is not cause: a driver analysis of this kind (key-driver analysis) says where
 * scores move together, as in Johnson & LeBreton, "History and use of relative importance
 * indices in organizational research", Organizational Research Methods 7(3) (2004).
 *
 * @example
 * engagementDrivers([{ dimension: 'recognition', value: 40, enps: null, engagement: { r: 0.6, n: 50, ci95: [0.39, 0.75] } }], 55)
 * // [{ dimension: 'recognition', value: 40, enps: null, engagement: {…}, priority: true }]
 */
export function engagementDrivers(dimensions: readonly DriverInput[], overall: number): EngagementDriver[] {
  const strength = (driver: DriverInput) => rankingCorrelation(driver)?.r ?? Number.NEGATIVE_INFINITY;
  return [...dimensions]
    .sort((a, b) => strength(b) - strength(a) || (a.dimension < b.dimension ? -1 : a.dimension > b.dimension ? 1 : 0))
    .map((driver) => {
      const relation = rankingCorrelation(driver);
      const strong = relation !== null && relation.r >= STRONG_RELATION && relation.ci95 !== null && relation.ci95[0] > 0;
      return { ...driver, priority: driver.value < overall && strong };
    });
}
