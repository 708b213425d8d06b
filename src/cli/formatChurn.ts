import type { RetentionCohort } from '../indicators/loyalty/retentionCohorts.js';
import type { Language } from '../output/language.js';
import { formatCount, formatNumber } from '../output/localeFormat.js';

/**
 * The retention triangle as a table for people: one row per cohort (month of first order)
 * with its customers, then the share who ordered again in month 0, 1, 2… after it.
 */
export function formatCohorts(cohorts: readonly RetentionCohort[], language: Language): string {
  const fr = language === 'fr';
  const title = fr
    ? 'Cohortes : part des clients qui commandent de nouveau, par mois après la première commande'
    : 'Cohorts: share of customers ordering again, by month after their first order';
  if (cohorts.length === 0) return `${title}\n${fr ? 'pas de données' : 'no data'}`;
  const months = Math.max(...cohorts.map((cohort) => cohort.retention.length));
  const rows = [
    [fr ? 'Cohorte' : 'Cohort', fr ? 'Clients' : 'Customers', ...Array.from({ length: months }, (_, month) => `M${month}`)],
    ...cohorts.map((cohort) => [
      cohort.cohort,
      formatCount(cohort.customers, language),
      ...cohort.retention.map((share) => `${formatNumber(share, language, { maximum: 1, minimum: share === 100 || share === 0 ? 0 : 1 })} %`),
    ]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  const lines = rows.map((row) =>
    row
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join('  ')
      .trimEnd(),
  );
  return [title, '', lines[0]!, '-'.repeat(lines[0]!.length), ...lines.slice(1)].join('\n');
}
