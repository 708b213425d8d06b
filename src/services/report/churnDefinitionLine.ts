import type { ChurnDefinition } from '../../indicators/statistics.js';
import type { Language } from '../../output/language.js';
import { formatCount, formatNumber } from '../../output/localeFormat.js';

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
