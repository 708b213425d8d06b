import type { IndicatorRecord } from '../../api/types.js';
import { formatNumber } from '../../i18n/format.js';
import type { Language } from '../../i18n/language.js';
import type { ViewQuery } from '../../view/viewQuery.js';

/** How the view asks churn to be measured: the report's default, an inactivity window of `churnWindow` days, or the BG/NBD model. */
export type ChurnChoice = { kind: 'default' } | { kind: 'window'; days: string } | { kind: 'model' };

/** The churn definition a view asks for (`churnModel` wins when both are set: the report refuses the pair anyway). */
export function churnChoice(query: ViewQuery): ChurnChoice {
  if (query.churnModel !== undefined) return { kind: 'model' };
  if (query.churnWindow !== undefined) return { kind: 'window', days: query.churnWindow };
  return { kind: 'default' };
}

/** The view's parameters for a churn definition: the other one removed, so the report never gets both. */
export function churnParameters(choice: ChurnChoice): Pick<ViewQuery, 'churnWindow' | 'churnModel'> {
  if (choice.kind === 'model') return { churnModel: 'bgnbd', churnWindow: undefined };
  if (choice.kind === 'window') return { churnWindow: choice.days, churnModel: undefined };
  return { churnWindow: undefined, churnModel: undefined };
}

/** Where an inactivity window came from, in words. */
function windowOrigin(record: IndicatorRecord, language: Language): string {
  const gaps = typeof record.gaps === 'number' ? formatNumber(record.gaps, language, 0) : '?';
  switch (record.windowSource) {
    case 'flag':
      return language === 'fr' ? 'fenêtre choisie ici' : 'window chosen here';
    case 'derived':
      return language === 'fr'
        ? `90e centile des ${gaps} écarts entre commandes d'un même client`
        : `90th percentile of the ${gaps} gaps between a customer's orders`;
    default:
      return language === 'fr' ? 'un an, faute de client ayant commandé deux jours différents' : 'a year, as no customer has ordered on two different days';
  }
}

/**
 * The churn definition a churn record was measured with (docs/indicators.md, `churnRate`),
 * in one or two sentences: by contract end dates, by a window of inactivity (its days and
 * where they came from), or by the BG/NBD model (its threshold, and why it has no value when
 * it could not be fitted).
 */
export function describeChurn(record: IndicatorRecord, language: Language): string {
  const fr = language === 'fr';
  switch (record.definition) {
    case 'contract':
      return fr
        ? 'Attrition par fin de contrat : parmi les clients présents au début de la période, ceux dont le contrat a pris fin pendant la période (date churned_at).'
        : 'Churn by contract end: of the customers at the start of the period, those whose contract ended during it (their churned_at date).';
    case 'inactivity': {
      const days = typeof record.windowDays === 'number' ? formatNumber(record.windowDays, language, 0) : '?';
      return fr
        ? `Attrition par inactivité : un client actif (une commande dans les ${days} jours) la veille du début de la période est perdu s'il n'a plus commandé depuis ${days} jours à la fin (${windowOrigin(record, language)}).`
        : `Churn by inactivity: a customer active (an order within ${days} days) the day before the period is lost when they have not ordered for ${days} days at its end (${windowOrigin(record, language)}).`;
    }
    case 'model': {
      const threshold = formatNumber(typeof record.threshold === 'number' ? record.threshold : 0.5, language, 2);
      const base = fr
        ? `Attrition par le modèle BG/NBD : un client est perdu quand sa probabilité d'être encore client, P(vivant), passe sous ${threshold} ; un client n'ayant acheté qu'une fois n'est jamais perdu.`
        : `Churn by the BG/NBD model: a customer is lost when their probability of still being a customer, P(alive), falls below ${threshold}; a customer who bought only once is never lost.`;
      return typeof record.reason === 'string' ? `${base} ${fr ? 'Modèle non ajusté' : 'The model could not be fitted'}: ${record.reason}` : base;
    }
    default:
      return fr ? "La définition de l'attrition n'est pas indiquée." : 'The churn definition is not given.';
  }
}
