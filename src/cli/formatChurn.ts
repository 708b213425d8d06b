import type { RetentionCohort } from '../indicators/loyalty/retentionCohorts.js';
import type { ChurnDefinition } from '../indicators/statistics.js';
import type { Language } from '../output/language.js';
import { formatCount, formatNumber } from './inLanguage.js';

/**
 * The line under churn that says how it was measured, in French or English (plain spaces:
 * the caller applies French typography): by contract end, by inactivity with the window
 * and where it came from, or by the BG/NBD model with its threshold (and why it has no value
 * when it could not be fitted).
 *
 * @example churnDefinitionLine({ definition: 'inactivity', windowDays: 120, windowSource: 'derived', gaps: 40 }, 'en')
 *   // 'churn by inactivity, window 120 days (90th percentile of the gaps between orders)'
 */
export function churnDefinitionLine(definition: ChurnDefinition, language: Language): string {
  const fr = language === 'fr';
  if (definition.definition === 'contract') return fr ? 'attrition par fin de contrat (churned_at)' : 'churn by contract end (churned_at)';
  if (definition.definition === 'model') return modelLine(definition, language);
  const days = formatCount(definition.windowDays, language);
  const source = {
    flag: { fr: 'donnée par --churn-window', en: 'given with --churn-window' },
    derived: { fr: '90e centile des écarts entre commandes', en: '90th percentile of the gaps between orders' },
    default: { fr: 'un an : aucun client n’a encore commandé deux fois', en: 'a year: no customer has ordered twice yet' },
  }[definition.windowSource][language];
  return fr ? `attrition par inactivité, fenêtre de ${days} jours (${source})` : `churn by inactivity, window ${days} days (${source})`;
}

/** The line of churn by the model: `churn by the BG/NBD model: lost when P(alive) < 0.5`, and the model's reason when it could not be fitted. */
function modelLine(definition: Extract<ChurnDefinition, { definition: 'model' }>, language: Language): string {
  const threshold = formatNumber(definition.threshold, language, { maximum: 3 });
  const line =
    language === 'fr'
      ? `attrition par le modèle BG/NBD : perdu quand P(vivant) < ${threshold}`
      : `churn by the BG/NBD model: lost when P(alive) < ${threshold}`;
  if (definition.reason === undefined) return line;
  return language === 'fr' ? `${line} (modèle non ajusté : ${definition.reason})` : `${line} (model not fitted: ${definition.reason})`;
}

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
