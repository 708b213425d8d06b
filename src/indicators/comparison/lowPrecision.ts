import type { IndicatorKey, IndicatorSet } from '../report.js';
import { isNpsKey, PROPORTIONS } from './samples.js';

/** Past this 95% half-width, in NPS points, an NPS is flagged as imprecise. */
export const NPS_HALF_WIDTH_LIMIT = 10;
/** Past this 95% half-width, in percentage points, a proportion is flagged as imprecise. */
export const PROPORTION_HALF_WIDTH_LIMIT = 5;

/**
 * Whether an indicator's 95% interval is too wide to act on: a half-width ((high − low) / 2)
 * above 10 NPS points for NPS and eNPS, or above 5 percentage points for a proportion.
 * Other indicators, and those without an interval, are never flagged. The limits are a
 * product rule, not a published standard: a proportion near 50% needs about 385 answers for
 * ±5 points, an NPS with a third promoters and a third detractors about 256 for ±10.
 */
export function isLowPrecision(key: IndicatorKey, indicator: IndicatorSet[IndicatorKey]): boolean {
  const ci95 = (indicator as { ci95?: unknown }).ci95;
  if (!Array.isArray(ci95)) return false;
  const halfWidth = ((ci95[1] as number) - (ci95[0] as number)) / 2;
  if (isNpsKey(key)) return halfWidth > NPS_HALF_WIDTH_LIMIT;
  return PROPORTIONS[key] !== undefined && halfWidth > PROPORTION_HALF_WIDTH_LIMIT;
}

/**
 * The indicators with `lowPrecision: true` added to each one {@link isLowPrecision} flags;
 * the others are returned as they are (no field), so a precise indicator's JSON is unchanged.
 */
export function withPrecisionFlags(indicators: Partial<IndicatorSet>): Partial<IndicatorSet> {
  const flagged: Partial<Record<IndicatorKey, unknown>> = {};
  for (const [key, indicator] of Object.entries(indicators) as [IndicatorKey, IndicatorSet[IndicatorKey]][]) {
    flagged[key] = isLowPrecision(key, indicator) ? { ...indicator, lowPrecision: true } : indicator;
  }
  return flagged as Partial<IndicatorSet>;
}
