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

/** One theme as a driver of NPS: how those who mention it score against those who do not. */
export interface ThemeDriver {
  theme: string;
  /** Respondents with an NPS answer whose comment mentions the theme. */
  respondents: number;
  /** NPS of those respondents; null when there are none. */
  npsMentioning: number | null;
  /** NPS of the other respondents with a comment; null when there are none. */
  npsOthers: number | null;
  /** npsMentioning − npsOthers in NPS points, null when a group is empty. */
  npsImpact: number | null;
  /** Adjusted-Wald 95% interval of npsImpact (independent groups), or null. */
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
 * https://measuringu.com/nps-significance-test/), and the share of detractors' comments that mention it. Ranked by net effect, the
 * NPS points the theme moves the overall score (share mentioning × impact): the most
 * damaging first, the strongest positive drivers last; themes without an impact at the end.
 *
 * A driver is an association, not a cause: customers who mention delivery may differ in
 * other ways. With few mentions the interval is wide; read it before acting.
 *
 * @example
 * themeDrivers([{ theme: 'delivery', mentioning: { promoters: 2, passives: 1, detractors: 7 }, detractorComments: 7 }],
 *   { commenters: { promoters: 12, passives: 5, detractors: 13 }, detractorComments: 13 })
 * // [{ theme: 'delivery', respondents: 10, npsMentioning: -50, npsOthers: 20, npsImpact: -70,
 * //    npsImpactCi95: [-112.15…, 0.44…], detractorShare: 53.8…, netEffect: -23.3… }]
 */
export function themeDrivers(themes: readonly ThemeDriverStatistics[], totals: DriverTotals): ThemeDriver[] {
  const drivers = themes.map((statistics) => driverOf(statistics, totals));
  const rank = (driver: ThemeDriver) => driver.netEffect ?? Number.POSITIVE_INFINITY;
  return drivers.sort((a, b) => rank(a) - rank(b) || compareText(a.theme, b.theme));
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
  const difference = respondents > 0 && answers(others) > 0 ? npsDifference(mentioning, others) : null;
  return {
    theme,
    respondents,
    npsMentioning: npsOf(mentioning),
    npsOthers: npsOf(others),
    npsImpact: difference?.value ?? null,
    npsImpactCi95: difference?.ci95 ?? null,
    detractorShare: totals.detractorComments > 0 ? (100 * detractorComments) / totals.detractorComments : null,
    netEffect: difference === null ? null : (respondents / total) * difference.value,
  };
}

function answers(counts: NpsCounts): number {
  return counts.promoters + counts.passives + counts.detractors;
}

function npsOf(counts: NpsCounts): number | null {
  const n = answers(counts);
  return n === 0 ? null : (100 * (counts.promoters - counts.detractors)) / n;
}
