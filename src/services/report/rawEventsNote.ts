import type { Language } from '../../output/language.js';

/**
 * The sentence a report carries when its period (or comparison period) starts before the first
 * day whose raw events the workspace's retention keeps (`rawEventsFrom`, YYYY-MM-DD): which
 * figures still cover the older days, from the daily rollups, and which cover only the days
 * from that one (docs/privacy.md, "Retention"). Plain spaces: the caller applies French typography.
 */
export function rawEventsNote(rawEventsFrom: string, language: Language): string {
  return language === 'fr'
    ? `Les événements bruts antérieurs au ${rawEventsFrom} sont supprimés (conservation) : avant cette date, les sessions, leur durée moyenne, les pages vues, le taux de rebond et l’abandon de panier viennent des cumuls quotidiens ; la durée médiane des sessions, l’adhérence, la conversion, le détail web et les chiffres web filtrés ou répartis par un champ ne couvrent que les jours à partir du ${rawEventsFrom}.`
    : `Raw events before ${rawEventsFrom} are deleted (retention): before that day, sessions, their average duration, pageviews, the bounce rate and cart abandonment come from the daily rollups; the median session duration, stickiness, conversion, the web breakdowns and web figures filtered or split by a field cover only the days from ${rawEventsFrom}.`;
}
