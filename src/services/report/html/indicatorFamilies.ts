import type { IndicatorKey } from '../../../indicators/report.js';
import type { Language } from '../../../output/language.js';

/** A family of indicators: one section of the shared report. */
export interface IndicatorFamily {
  /** The section's anchor. */
  id: string;
  title: Record<Language, string>;
  keys: readonly IndicatorKey[];
}

/** The sections of the shared report, in its order; every indicator of docs/indicators.md is in exactly one. */
export const INDICATOR_FAMILIES: readonly IndicatorFamily[] = [
  { id: 'satisfaction', title: { en: 'Satisfaction and effort', fr: 'Satisfaction et effort' }, keys: ['csat', 'ces'] },
  { id: 'recommendation', title: { en: 'Recommendation', fr: 'Recommandation' }, keys: ['nps', 'detractorFollowUp'] },
  { id: 'loyalty', title: { en: 'Loyalty', fr: 'Fidélité' }, keys: ['churnRate', 'retentionRate', 'repurchaseRate', 'clvHistorical'] },
  { id: 'commerce', title: { en: 'Commerce', fr: 'Commerce' }, keys: ['newCustomers', 'averageOrderValue', 'purchaseFrequency'] },
  {
    id: 'digital',
    title: { en: 'Digital engagement', fr: 'Engagement numérique' },
    keys: ['sessions', 'stickiness', 'firstWeekEngagement', 'customerEngagementRate', 'conversionRate', 'cartAbandonmentRate'],
  },
  { id: 'social', title: { en: 'Social media', fr: 'Réseaux sociaux' }, keys: ['socialEngagementRate', 'shareOfVoice'] },
  { id: 'store', title: { en: 'In-store quality', fr: 'Qualité en magasin' }, keys: ['mysteryShopping'] },
  { id: 'employees', title: { en: 'Employees', fr: 'Salariés' }, keys: ['enps', 'employeeEngagement'] },
];

/** What each indicator measures, in one sentence for a reader who does not know it (docs/indicators.md has the rest). */
export const INDICATOR_EXPLANATIONS: Record<IndicatorKey, Record<Language, string>> = {
  nps: {
    en: 'Share of promoters (9–10) minus share of detractors (0–6) among customers answering “would you recommend us?”, from −100 to 100.',
    fr: 'Part de promoteurs (9–10) moins part de détracteurs (0–6) parmi les clients qui répondent à « nous recommanderiez-vous ? », de −100 à 100.',
  },
  detractorFollowUp: {
    en: 'Share of detractors whose case was contacted within 48 hours of their answer.',
    fr: 'Part des détracteurs dont le dossier a été rappelé dans les 48 heures suivant leur réponse.',
  },
  enps: {
    en: 'The NPS question asked to employees about their workplace; hidden below 5 answers to protect their anonymity.',
    fr: 'La question du NPS posée aux salariés sur leur lieu de travail ; masquée sous 5 réponses pour protéger leur anonymat.',
  },
  employeeEngagement: {
    en: 'The employee barometer: agreement with its statements by dimension, from 0 (all strongly disagree) to 100 (all strongly agree); hidden below 5 respondents.',
    fr: 'Le baromètre salariés : accord avec ses affirmations par dimension, de 0 (pas du tout d’accord) à 100 (tout à fait d’accord) ; masqué sous 5 répondants.',
  },
  csat: { en: 'Share of satisfaction answers of 4 or 5 on a 1–5 scale.', fr: 'Part des réponses de satisfaction à 4 ou 5 sur une échelle de 1 à 5.' },
  ces: {
    en: 'Mean agreement (1–7) that the company made it easy to handle a request; 7 is very easy.',
    fr: 'Accord moyen (1–7) avec « l’entreprise m’a facilité la démarche » ; 7 signifie très facile.',
  },
  churnRate: {
    en: 'Share of the customers active at the start of the period who were lost during it.',
    fr: 'Part des clients actifs au début de la période perdus pendant celle-ci.',
  },
  retentionRate: {
    en: 'Share of the customers active at the start who are still customers at the end, new customers left out.',
    fr: 'Part des clients actifs au début toujours clients à la fin, nouveaux clients exclus.',
  },
  repurchaseRate: { en: 'Share of the period’s buyers who ordered more than once.', fr: 'Part des acheteurs de la période qui ont commandé plus d’une fois.' },
  sessions: { en: 'Visits to the website, with pages per visit and mean duration.', fr: 'Visites du site, avec les pages par visite et la durée moyenne.' },
  stickiness: {
    en: 'Daily active visitors over monthly active visitors: how often visitors come back.',
    fr: 'Visiteurs actifs du jour sur visiteurs actifs du mois : à quelle fréquence les visiteurs reviennent.',
  },
  firstWeekEngagement: {
    en: 'Share of new customers who came back to the site during their first week.',
    fr: 'Part des nouveaux clients revenus sur le site pendant leur première semaine.',
  },
  socialEngagementRate: {
    en: 'Mean per post of its likes, comments, shares and saves per 100 followers.',
    fr: 'Moyenne par publication de ses j’aime, commentaires, partages et enregistrements pour 100 abonnés.',
  },
  shareOfVoice: {
    en: 'Share of the brand mentions that name the company’s own brand.',
    fr: 'Part des mentions de marques qui citent la marque de l’entreprise.',
  },
  cartAbandonmentRate: { en: 'Share of carts started that ended without a purchase.', fr: 'Part des paniers commencés qui n’ont pas abouti à un achat.' },
  clvHistorical: {
    en: 'Revenue of the period’s orders per customer who placed them.',
    fr: 'Chiffre d’affaires des commandes de la période par client qui les a passées.',
  },
  mysteryShopping: { en: 'Mean score of the mystery-shopping visits, out of 100.', fr: 'Note moyenne des visites mystère, sur 100.' },
  customerEngagementRate: {
    en: 'Share of the known customers who interacted in the period (an order, a survey answer or a tracked visit).',
    fr: 'Part des clients connus qui ont interagi sur la période (une commande, une réponse à une enquête ou une visite suivie).',
  },
  conversionRate: { en: 'Share of sessions that ended with a purchase.', fr: 'Part des sessions qui se sont terminées par un achat.' },
  newCustomers: { en: 'Customers created in the period.', fr: 'Clients créés sur la période.' },
  averageOrderValue: { en: 'Mean value of an order.', fr: 'Valeur moyenne d’une commande.' },
  purchaseFrequency: { en: 'Mean number of orders per buyer in the period.', fr: 'Nombre moyen de commandes par acheteur sur la période.' },
};
