import type { RetentionCohort } from '../../api/types.js';
import type { HeatRow } from '../../components/HeatMap.js';
import { formatNumber, formatPercent } from '../../i18n/format.js';
import type { Language } from '../../i18n/language.js';

/** The month of a cohort, `YYYY-MM`, written out (`mai 2026`, `May 2026`). */
export function cohortMonth(cohort: string, language: Language): string {
  return new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${cohort}-01T00:00:00Z`),
  );
}

/** The number of month columns of a retention triangle: that of its longest cohort. */
export function cohortWidth(cohorts: readonly RetentionCohort[]): number {
  return Math.max(0, ...cohorts.map((cohort) => cohort.retention.length));
}

/**
 * The retention triangle as heat-map rows: one per cohort (its month and size), a cell per
 * month since the first order with the retention in percent and, in its detail, the count
 * and the 95 % interval. Month 0 (100 % by definition) is written but not coloured; the
 * months a cohort has not reached yet are empty.
 */
export function cohortRows(cohorts: readonly RetentionCohort[], language: Language, customersWord: string): HeatRow[] {
  const width = cohortWidth(cohorts);
  return cohorts.map((cohort) => ({
    label: `${cohortMonth(cohort.cohort, language)} (${formatNumber(cohort.customers, language, 0)} ${customersWord})`,
    cells: Array.from({ length: width }, (_, month) => {
      const value = cohort.retention[month];
      if (value === undefined) return null;
      const interval = cohort.ci95[month];
      const count = `${formatNumber(cohort.returned[month] ?? 0, language, 0)} / ${formatNumber(cohort.customers, language, 0)}`;
      return {
        value,
        text: formatPercent(value, language, 0),
        detail: interval ? `${count} [${formatPercent(interval[0], language)} – ${formatPercent(interval[1], language)}]` : count,
        plain: month === 0,
      };
    }),
  }));
}

/** The retention values a triangle's colour scale spans: every month but month 0. */
export function cohortValues(cohorts: readonly RetentionCohort[]): number[] {
  return cohorts.flatMap((cohort) => cohort.retention.slice(1));
}
