import type { Change } from '../../indicators/comparison/changes.js';
import type { IndicatorBenchmark } from '../../indicators/benchmarks/benchmark.js';
import type { IndicatorKey, IndicatorSet } from '../../indicators/report.js';
import { NOT_MEASURABLE_COOKIELESS } from '../../indicators/web/dayScoped.js';
import type { Language } from '../../output/language.js';
import { formatCount, formatInterval, NO_BREAK_SPACE } from '../../output/localeFormat.js';
import { churnDefinitionLine } from './churnDefinitionLine.js';
import { formatBenchmark } from './formatBenchmark.js';

/** Names of the indicators in each language, in docs/indicators.md's order. */
export const INDICATOR_LABELS: Record<IndicatorKey, Record<Language, string>> = {
  nps: { fr: 'NPS (clients)', en: 'NPS (customers)' },
  detractorFollowUp: { fr: 'Détracteurs rappelés en 48 h', en: 'Detractors contacted in 48 h' },
  enps: { fr: 'eNPS (salariés)', en: 'eNPS (employees)' },
  employeeEngagement: { fr: 'Baromètre salariés (0–100)', en: 'Employee barometer (0–100)' },
  csat: { fr: 'CSAT (% satisfaits)', en: 'CSAT (% satisfied)' },
  ces: { fr: 'CES (moyenne 1–7)', en: 'CES (mean 1–7)' },
  churnRate: { fr: "Taux d'attrition", en: 'Churn rate' },
  retentionRate: { fr: 'Taux de fidélisation', en: 'Retention rate' },
  repurchaseRate: { fr: 'Taux de réachat', en: 'Repurchase rate' },
  sessions: { fr: 'Sessions', en: 'Sessions' },
  stickiness: { fr: 'Stickiness (DAU/MAU)', en: 'Stickiness (DAU/MAU)' },
  firstWeekEngagement: { fr: 'Engagement 1re semaine', en: 'First-week engagement' },
  socialEngagementRate: { fr: 'Engagement réseaux sociaux', en: 'Social engagement rate' },
  shareOfVoice: { fr: 'Part de voix', en: 'Share of voice' },
  cartAbandonmentRate: { fr: 'Abandon de panier', en: 'Cart abandonment' },
  clvHistorical: { fr: 'Valeur client historique', en: 'Historical CLV' },
  mysteryShopping: { fr: 'Visites mystère', en: 'Mystery shopping' },
  customerEngagementRate: { fr: 'Clients engagés', en: 'Customer engagement rate' },
  conversionRate: { fr: 'Taux de conversion', en: 'Conversion rate' },
  newCustomers: { fr: 'Nouveaux clients', en: 'New customers' },
  averageOrderValue: { fr: 'Panier moyen', en: 'Average order value' },
  purchaseFrequency: { fr: "Fréquence d'achat", en: 'Purchase frequency' },
};

/** The words of an indicator's cells and of its change's verdict, in each language. */
export const INDICATOR_WORDS = {
  noData: { fr: 'pas de données', en: 'no data' },
  [NOT_MEASURABLE_COOKIELESS]: { fr: 'non mesurable en mode sans cookie', en: NOT_MEASURABLE_COOKIELESS },
  suppressed: { fr: 'masqué (moins de 5 répondants)', en: 'hidden (fewer than 5 respondents)' },
  complement: { fr: 'masqué (révélerait un groupe de moins de 5 par soustraction)', en: 'hidden (would reveal a group under 5 by subtraction)' },
  filter: { fr: 'masqué (le filtre écarte moins de 5 répondants)', en: 'hidden (the filter leaves out fewer than 5 respondents)' },
  lowPrecision: { fr: 'peu précis', en: 'low precision' },
  rise: { fr: 'hausse réelle', en: 'real rise' },
  fall: { fr: 'baisse réelle', en: 'real fall' },
  same: { fr: 'pas de différence mesurable', en: 'no measurable difference' },
  untested: { fr: 'sans test', en: 'no test' },
} as const;

/**
 * The three cells the report shows for an indicator: its value with its unit (or why it has
 * none: hidden, no data, not measurable), its 95% interval, and what it rests on (n, customers,
 * sessions…, "low precision" when the interval is wide). Plain spaces: the caller applies
 * French typography.
 */
export function indicatorCells(key: IndicatorKey, indicator: IndicatorSet[IndicatorKey], language: Language): [string, string, string] {
  if ('suppressed' in indicator) return [INDICATOR_WORDS[indicator.reason ?? 'suppressed'][language], '', ''];
  const record = indicator as unknown as Record<string, unknown>;
  const value = record.value as number | null;
  if (value === null) return [INDICATOR_WORDS[record.reason === NOT_MEASURABLE_COOKIELESS ? NOT_MEASURABLE_COOKIELESS : 'noData'][language], '', ''];
  const unit = INDICATOR_UNITS[key];
  const ci = record.ci95 as [number, number] | null | undefined;
  const interval = ci ? formatInterval(reportNumber(ci[0], language), reportNumber(ci[1], language), language, '; ') : '';
  // Visitors left out because they cannot be followed across days (docs/indicators.md): said beside the basis.
  const leftOut = record.dayScopedVisitorDays === undefined ? '' : language === 'fr' ? ', hors visiteurs sans cookie' : ', cookieless visitors left out';
  const imprecise = record.lowPrecision === true ? `, ${INDICATOR_WORDS.lowPrecision[language]}` : '';
  return [`${reportNumber(value, language)}${unit}`, interval, `${basis(key, record, language)}${leftOut}${imprecise}`];
}

/** A change against the comparison period as the report words it. */
export interface ChangeWording {
  /** The difference with its sign and unit (points for a percentage): `+3.2 pts`. */
  delta: string;
  /** Its 95% interval, `[0.4; 6.1]`; empty when the indicator has no test. */
  interval: string;
  /** What the test says: a real rise or fall, no measurable difference, or no test at all. */
  verdict: 'rise' | 'fall' | 'same' | 'untested';
}

/**
 * The indicator's change against the comparison period (docs/indicators.md, "Comparisons"),
 * worded: its delta, interval and the test's verdict — real only when `significant`; none
 * when the indicator has no change.
 */
export function changeWording(key: IndicatorKey, indicator: IndicatorSet[IndicatorKey], language: Language): ChangeWording | null {
  const change = (indicator as { change?: Change }).change;
  if (change === undefined) return null;
  const unit = INDICATOR_UNITS[key] === ' %' ? ' pts' : INDICATOR_UNITS[key];
  const delta = `${change.delta > 0 ? '+' : ''}${reportNumber(change.delta, language)}${unit}`;
  if (change.ci95 === null || change.significant === null) return { delta, interval: '', verdict: 'untested' };
  const interval = formatInterval(reportNumber(change.ci95[0], language), reportNumber(change.ci95[1], language), language, '; ');
  return { delta, interval, verdict: !change.significant ? 'same' : change.delta > 0 ? 'rise' : 'fall' };
}

/**
 * The lines the report puts under an indicator: for churn, how it was measured
 * (churnDefinitionLine); then its sector figure when it has one (formatBenchmark), each
 * indented as the text table shows them.
 */
export function indicatorNotes(key: IndicatorKey, indicator: IndicatorSet[IndicatorKey], language: Language): string[] {
  const benchmark = (indicator as { benchmark?: IndicatorBenchmark }).benchmark;
  const lines = benchmark === undefined ? [] : formatBenchmark(benchmark, indicator as unknown as Record<string, unknown>, language);
  if (key === 'churnRate') lines.unshift(`  ${churnDefinitionLine(indicator as IndicatorSet['churnRate'], language)}`);
  return lines;
}

/** The unit written after each indicator's value. */
export const INDICATOR_UNITS: Record<IndicatorKey, string> = {
  nps: '',
  detractorFollowUp: ' %',
  enps: '',
  employeeEngagement: ' / 100',
  csat: ' %',
  ces: '',
  churnRate: ' %',
  retentionRate: ' %',
  repurchaseRate: ' %',
  sessions: '',
  stickiness: ' %',
  firstWeekEngagement: ' %',
  socialEngagementRate: ' %',
  shareOfVoice: ' %',
  cartAbandonmentRate: ' %',
  clvHistorical: ' €',
  mysteryShopping: ' / 100',
  customerEngagementRate: ' %',
  conversionRate: ' %',
  newCustomers: '',
  averageOrderValue: ' €',
  purchaseFrequency: '',
};

function basis(key: IndicatorKey, record: Record<string, unknown>, language: Language): string {
  const fr = language === 'fr';
  const count = (field: string) => formatCount(record[field] as number, language);
  switch (key) {
    case 'churnRate':
    case 'retentionRate':
      return `${count('atStart')} ${fr ? 'clients au début' : 'customers at start'}`;
    case 'repurchaseRate':
    case 'clvHistorical':
      return `${count('customers')} ${fr ? 'clients' : 'customers'}`;
    case 'sessions':
      return `${reportNumber(record.pagesPerSession as number, language)} ${fr ? 'pages/session' : 'pages/session'}, ${reportNumber(record.avgDurationSeconds as number, language)}${fr ? NO_BREAK_SPACE : ' '}s`;
    case 'stickiness':
      return `DAU ${reportNumber(record.avgDau as number, language)} / MAU ${reportNumber(record.avgMau as number, language)}`;
    case 'firstWeekEngagement':
      return `${count('newCustomers')} ${fr ? 'nouveaux clients' : 'new customers'}`;
    case 'socialEngagementRate':
      return `${count('posts')} posts`;
    case 'shareOfVoice':
      return `${count('totalMentions')} ${fr ? 'mentions' : 'mentions'}`;
    case 'cartAbandonmentRate':
      return `${count('carts')} ${fr ? 'paniers' : 'carts'}`;
    case 'mysteryShopping':
      return `${count('visits')} ${fr ? 'visites' : 'visits'}`;
    case 'detractorFollowUp':
      return `${count('n')} ${fr ? 'détracteurs' : 'detractors'}`;
    case 'customerEngagementRate': {
      const perEngaged = record.interactionsPerEngaged as number | null;
      const frequency =
        perEngaged === null ? '' : `, ${reportNumber(perEngaged, language)} ${fr ? 'interactions par client engagé' : 'interactions per engaged customer'}`;
      return `${count('customers')} ${fr ? 'clients' : 'customers'}${frequency}`;
    }
    case 'conversionRate': {
      const byVisitor = record.byVisitor as { value: number | null; visitors: number };
      const visitors =
        byVisitor.value === null
          ? ''
          : `, ${reportNumber(byVisitor.value, language)} % ${fr ? 'de' : 'of'} ${formatCount(byVisitor.visitors, language)} ${fr ? 'visiteurs' : 'visitors'}`;
      return `${count('sessions')} sessions${visitors}`;
    }
    case 'newCustomers':
      return fr ? 'créés dans la période' : 'created in the period';
    case 'averageOrderValue':
    case 'purchaseFrequency':
      return `${count('orders')} ${fr ? 'commandes' : 'orders'}`;
    default:
      return `n = ${count('n')}`;
  }
}

/** A value as the report writes it: one decimal at most, none for whole numbers and for those of 1,000 or more; French or English digits. */
export function reportNumber(value: number, language: Language): string {
  return value.toLocaleString(language === 'fr' ? 'fr-FR' : 'en-GB', {
    maximumFractionDigits: 1,
    minimumFractionDigits: Number.isInteger(value) || Math.abs(value) >= 1000 ? 0 : 1,
  });
}
