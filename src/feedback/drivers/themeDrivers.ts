import type { Interval } from '../../indicators/stats/Interval.js';
import { type NpsCounts, npsDifference } from '../../indicators/stats/npsDifference.js';
import { compareText } from '../../output/compareText.js';

/** The sufficient statistics of one theme's drivers, as the store counts them. */
export interface ThemeDriverStatistics {
  theme: string;
  /** NPS answers of the respondents whose comment mentions the theme. */
  mentioning: NpsCounts;
  /** Detractors' comments that mention the theme. */
  detractorComments: number;
}

/** The totals the themes are compared against: every analysed comment that came with an NPS answer. */
export interface DriverTotals {
  /** NPS answers of all respondents with an analysed comment. */
  commenters: NpsCounts;
  /** All detractors' analysed comments. */
  detractorComments: number;
}

/**
 * The fewest NPS answers each side of a driver needs — those who mention the theme and those
 * who do not — for its impact to be given a number: below it, the adjusted-Wald interval spans
 * most of the scale and the observed gap says little.
 */
export const MIN_DRIVER_ANSWERS = 10;

/** The ends of the scale of an NPS difference, in points. */
const DIFFERENCE_SCALE = 200;

/** One theme as a driver of NPS: how those who mention it score against those who do not. */
export interface ThemeDriver {
  theme: string;
  /** Respondents with an NPS answer whose comment mentions the theme. */
  respondents: number;
  /** NPS of those respondents; null when there are none. */
  npsMentioning: number | null;
  /** NPS of the other respondents with a comment; null when there are none. */
  npsOthers: number | null;
  /**
   * True when the theme has too few answers to be given an impact: fewer than
   * MIN_DRIVER_ANSWERS on either side, or an interval that reaches an end of the scale
   * (±200); npsImpact, npsImpactCi95 and netEffect are then null.
   */
  tooFewAnswers: boolean;
  /** npsMentioning − npsOthers in NPS points; null when too few answers. */
  npsImpact: number | null;
  /**
   * Adjusted-Wald 95% interval of npsImpact (independent groups), widened when needed to hold
   * npsImpact itself (the adjustment pulls the interval towards 0, past an extreme observed
   * gap); null when too few answers.
   */
  npsImpactCi95: Interval | null;
  /** 100 × detractors' comments mentioning the theme / all detractors' comments; null without detractors. */
  detractorShare: number | null;
  /**
   * NPS points the theme moves the commenters' overall NPS: share of respondents mentioning
   * it × npsImpact (overall NPS − NPS of the others); null when npsImpact is.
   */
  netEffect: number | null;
}

/**
 * The "why" behind an NPS: for each theme, the NPS of respondents whose comment mentions it
 * against those whose comment does not (both groups wrote a comment, so the comparison is
 * not one between talkers and the silent), with the 95% interval of the difference
 * (`npsDifference`, MeasuringU's adjusted-Wald test for independent groups,
 * https://measuringu.com/nps-significance-test/), and the share of detractors' comments that mention it. Ranked by the size of
 * the net effect, the NPS points the theme moves the overall score (share mentioning ×
 * impact), whatever its direction: the strongest drivers first, damaging or positive. A theme
 * with fewer than MIN_DRIVER_ANSWERS answers on either side, or whose interval reaches an end
 * of the ±200 scale, gets no impact (`tooFewAnswers`) and comes last, the most answered first.
 *
 * A driver is an association, not a cause: customers who mention delivery may differ in
 * other ways. Read the interval before acting.
 *
 * @example
 * themeDrivers([{ theme: 'delivery', mentioning: { promoters: 2, passives: 1, detractors: 7 }, detractorComments: 7 }],
 *   { commenters: { promoters: 12, passives: 5, detractors: 13 }, detractorComments: 13 })
 * // [{ theme: 'delivery', respondents: 10, npsMentioning: -50, npsOthers: 20, tooFewAnswers: false, npsImpact: -70,
 * //    npsImpactCi95: [-112.15…, 0.44…], detractorShare: 53.8…, netEffect: -23.3… }]
 */
export function themeDrivers(themes: readonly ThemeDriverStatistics[], totals: DriverTotals): ThemeDriver[] {
  const drivers = themes.map((statistics) => driverOf(statistics, totals));
  const size = (driver: ThemeDriver) => (driver.netEffect === null ? -1 : Math.abs(driver.netEffect));
  return drivers.sort((a, b) => size(b) - size(a) || b.respondents - a.respondents || compareText(a.theme, b.theme));
}

function driverOf({ theme, mentioning, detractorComments }: ThemeDriverStatistics, totals: DriverTotals): ThemeDriver {
  const others: NpsCounts = {
    promoters: totals.commenters.promoters - mentioning.promoters,
    passives: totals.commenters.passives - mentioning.passives,
    detractors: totals.commenters.detractors - mentioning.detractors,
  };
  if (others.promoters < 0 || others.passives < 0 || others.detractors < 0 || detractorComments > totals.detractorComments) {
    throw new RangeError(`themeDrivers: the theme ${JSON.stringify(theme)} counts more answers than all commenters together.`);
  }
  const respondents = answers(mentioning);
  const total = answers(totals.commenters);
  const enough = respondents >= MIN_DRIVER_ANSWERS && answers(others) >= MIN_DRIVER_ANSWERS;
  const difference = enough ? npsDifference(mentioning, others) : null;
  // npsDifference clips its interval to the scale: an end reached means the interval was wider than the scale allows.
  const measured = difference !== null && Math.abs(difference.ci95[0]) < DIFFERENCE_SCALE && Math.abs(difference.ci95[1]) < DIFFERENCE_SCALE;
  return {
    theme,
    respondents,
    npsMentioning: npsOf(mentioning),
    npsOthers: npsOf(others),
    tooFewAnswers: !measured,
    npsImpact: measured ? difference.value : null,
    npsImpactCi95: measured ? [Math.min(difference.ci95[0], difference.value), Math.max(difference.ci95[1], difference.value)] : null,
    detractorShare: totals.detractorComments > 0 ? (100 * detractorComments) / totals.detractorComments : null,
    netEffect: measured ? (respondents / total) * difference.value : null,
  };
}

function answers(counts: NpsCounts): number {
  return counts.promoters + counts.passives + counts.detractors;
}

function npsOf(counts: NpsCounts): number | null {
  const n = answers(counts);
  return n === 0 ? null : (100 * (counts.promoters - counts.detractors)) / n;
}
