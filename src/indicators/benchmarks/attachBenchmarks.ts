import type { IndicatorKey, IndicatorSet } from '../report.js';
import type { BenchmarkAudience, BenchmarkRow, IndicatorBenchmark, MeasureContext } from './benchmark.js';
import { compareMethod } from './compareMethod.js';

/** A segment that covers every industry (`All industries`, `All industries - Instagram`…): a figure for any sector. */
export function coversAllIndustries(segment: string): boolean {
  return /^all industries\b/i.test(segment);
}

const VERIFICATION_RANK: Record<BenchmarkRow['verification'], number> = { primary: 0, secondary: 1, unverified: 2 };

/** A candidate figure for one indicator, with what decides its rank. */
interface Candidate {
  indicator: IndicatorKey;
  benchmark: IndicatorBenchmark;
  ofSector: boolean;
}

/** Orders candidates best first: exact before differing, the sector's own before all industries, checked before reported, newest first. */
function byPreference(a: Candidate, b: Candidate): number {
  return (
    a.benchmark.differences.length - b.benchmark.differences.length ||
    Number(b.ofSector) - Number(a.ofSector) ||
    VERIFICATION_RANK[a.benchmark.verification] - VERIFICATION_RANK[b.benchmark.verification] ||
    (b.benchmark.year ?? 0) - (a.benchmark.year ?? 0)
  );
}

/** The candidate a row makes for the audience, or null when it is another sector's, or measured another way. */
function candidateOf(row: BenchmarkRow, audience: BenchmarkAudience, context: MeasureContext): Candidate | null {
  const ofSector = row.segment.toLowerCase() === audience.sector.toLowerCase();
  if (!ofSector && !coversAllIndustries(row.segment)) return null;
  const comparison = compareMethod(row, audience, context);
  if (comparison === null || comparison.differences.some((difference) => difference.kind === 'method')) return null;
  const differences = comparison.differences.map(({ dimension, en, fr }) => ({ dimension, en, fr }));
  const { value, unit, source, year, segment, country, method, verification } = row;
  return {
    indicator: comparison.indicator,
    ofSector,
    benchmark: {
      value,
      unit,
      source,
      year,
      segment,
      country,
      method,
      verification,
      field: comparison.field,
      match: differences.length === 0 ? 'exact' : 'differs',
      differences,
    },
  };
}

/** What a report's own indicators say about how they were measured: the period, the posts' platforms, the churn's definition. */
export function measureContext(indicators: Partial<IndicatorSet>, periodDays: number): MeasureContext {
  const social = indicators.socialEngagementRate;
  const platforms = social === undefined ? [] : Object.keys(social.byPlatform).filter((platform) => social.byPlatform[platform]!.posts > 0);
  const definition = (indicators.churnRate as { definition?: unknown } | undefined)?.definition;
  return { periodDays, platforms: platforms.map((platform) => platform.toLowerCase()), churnDefinition: typeof definition === 'string' ? definition : null };
}

/**
 * The sector figures beside a report's indicators (docs/benchmarks.md): for each indicator
 * whose compared field has a value, the best row of the audience's sector (or of all
 * industries) whose method matches Baromètre's definition. A row measured another way
 * (scale, denominator, period, platform, aggregation, an unverified rule of thumb) is left
 * out; one measured the same way on another population (another country, a country or NPS
 * survey kind the workspace has not given) comes with `match: "differs"` and the differences.
 * The indicators are returned as new objects with a `benchmark` field; those without a
 * figure are unchanged.
 */
export function attachBenchmarks(
  indicators: Partial<IndicatorSet>,
  rows: readonly BenchmarkRow[],
  audience: BenchmarkAudience,
  periodDays: number,
): Partial<IndicatorSet> {
  const context = measureContext(indicators, periodDays);
  const best = new Map<IndicatorKey, Candidate>();
  for (const row of rows) {
    const candidate = candidateOf(row, audience, context);
    if (candidate === null) continue;
    const field = (indicators[candidate.indicator] as Record<string, unknown> | undefined)?.[candidate.benchmark.field];
    if (typeof field !== 'number') continue;
    const held = best.get(candidate.indicator);
    if (held === undefined || byPreference(candidate, held) < 0) best.set(candidate.indicator, candidate);
  }
  const result: Partial<IndicatorSet> = { ...indicators };
  for (const [key, candidate] of best) {
    (result as Record<string, unknown>)[key] = { ...indicators[key], benchmark: candidate.benchmark };
  }
  return result;
}
