import type { Words } from '../i18n/words.js';

/** How an indicator's value is written: a score (NPS −100..100), a percentage, a count, euros, a mean on a scale, a ratio, an index 0–100 (the barometer). */
export type ValueKind = 'score' | 'percent' | 'count' | 'money' | 'scale' | 'ratio' | 'index';

/** What the dashboard knows of one indicator of the report (docs/indicators.md): its names, how to write it, where it leads. */
export interface IndicatorEntry {
  id: string;
  name: Words;
  kind: ValueKind;
  /** Whether a rise is good news (churn, effort-free abandonment are not). Null when neither. */
  higherIsBetter: boolean | null;
  /** The field of the report's record that counts what the value is computed on. */
  basis: string;
  /** The family page that shows it in full. */
  page: string;
}

/** A dimension of engagement: the overview's groups of cards. */
export interface Dimension {
  id: string;
  name: Words;
  indicators: readonly IndicatorEntry[];
}

const entry = (id: string, en: string, fr: string, kind: ValueKind, higherIsBetter: boolean | null, basis: string, page: string): IndicatorEntry => ({
  id,
  name: { en, fr },
  kind,
  higherIsBetter,
  basis,
  page,
});

/**
 * The report's indicators by dimension of engagement, as the overview groups them: what
 * customers feel (satisfaction and effort, recommendation), what they do (loyalty, commerce,
 * digital engagement), what is said publicly (social), how stores serve them (in-store
 * quality), and the employees.
 */
export const DIMENSIONS: readonly Dimension[] = [
  {
    id: 'satisfaction',
    name: { en: 'Satisfaction and effort', fr: 'Satisfaction et effort' },
    indicators: [
      entry('csat', 'Satisfaction (CSAT)', 'Satisfaction (CSAT)', 'percent', true, 'n', 'satisfaction'),
      entry('ces', 'Customer effort (CES)', 'Effort client (CES)', 'scale', true, 'n', 'satisfaction'),
    ],
  },
  {
    id: 'recommendation',
    name: { en: 'Recommendation', fr: 'Recommandation' },
    indicators: [
      entry('nps', 'Net Promoter Score', 'Net Promoter Score', 'score', true, 'n', 'recommendation'),
      entry('detractorFollowUp', 'Detractors followed up', 'Détracteurs recontactés', 'percent', true, 'n', 'recommendation'),
    ],
  },
  {
    id: 'loyalty',
    name: { en: 'Loyalty', fr: 'Fidélité' },
    indicators: [
      entry('retentionRate', 'Retention', 'Rétention', 'percent', true, 'atStart', 'loyalty'),
      entry('churnRate', 'Churn', 'Attrition (churn)', 'percent', false, 'atStart', 'loyalty'),
      entry('repurchaseRate', 'Repurchase', 'Réachat', 'percent', true, 'customers', 'loyalty'),
      entry('clvHistorical', 'Historical CLV', 'CLV historique', 'money', true, 'customers', 'loyalty'),
      entry('customerEngagementRate', 'Engaged customers', 'Clients engagés', 'percent', true, 'customers', 'loyalty'),
      entry('newCustomers', 'New customers', 'Nouveaux clients', 'count', true, 'value', 'loyalty'),
    ],
  },
  {
    id: 'commerce',
    name: { en: 'Purchases', fr: 'Achats' },
    indicators: [
      entry('averageOrderValue', 'Average order', 'Panier moyen', 'money', true, 'orders', 'loyalty'),
      entry('purchaseFrequency', 'Orders per customer', 'Commandes par client', 'ratio', true, 'customers', 'loyalty'),
      entry('conversionRate', 'Session conversion', 'Conversion des sessions', 'percent', true, 'sessions', 'web'),
      entry('cartAbandonmentRate', 'Cart abandonment', 'Abandon de panier', 'percent', false, 'carts', 'web'),
    ],
  },
  {
    id: 'digital',
    name: { en: 'Digital engagement', fr: 'Engagement numérique' },
    indicators: [
      entry('sessions', 'Sessions', 'Sessions', 'count', true, 'count', 'web'),
      entry('stickiness', 'Stickiness (DAU/MAU)', 'Adhérence (DAU/MAU)', 'percent', true, 'avgMau', 'web'),
      entry('firstWeekEngagement', 'First-week engagement', 'Engagement la première semaine', 'percent', true, 'newCustomers', 'web'),
    ],
  },
  {
    id: 'social',
    name: { en: 'Social', fr: 'Réseaux sociaux' },
    indicators: [
      entry('socialEngagementRate', 'Social engagement rate', "Taux d'engagement social", 'percent', true, 'posts', 'social'),
      entry('shareOfVoice', 'Share of voice', 'Part de voix', 'percent', true, 'totalMentions', 'social'),
    ],
  },
  {
    id: 'stores',
    name: { en: 'In-store quality', fr: 'Qualité en magasin' },
    indicators: [entry('mysteryShopping', 'Mystery shopping', 'Visites mystère', 'percent', true, 'visits', 'stores')],
  },
  {
    id: 'employees',
    name: { en: 'Employees', fr: 'Collaborateurs' },
    indicators: [entry('enps', 'Employee NPS (eNPS)', 'eNPS collaborateurs', 'score', true, 'n', 'employees')],
  },
];

/** Every indicator the dashboard knows, by id. */
export const INDICATORS: ReadonlyMap<string, IndicatorEntry> = new Map(DIMENSIONS.flatMap((dimension) => dimension.indicators.map((one) => [one.id, one])));
