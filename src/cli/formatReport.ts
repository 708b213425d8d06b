import type { IndicatorKey, IndicatorSet } from '../indicators/report.js';
import type { Report } from '../services/report/buildReport.js';
import type { Language } from '../output/language.js';
import { NOT_MEASURABLE_COOKIELESS } from '../indicators/web/dayScoped.js';
import { churnDefinitionLine, formatCohorts } from './formatChurn.js';
import { formatBenchmark } from './formatBenchmark.js';
import { formatWebBreakdowns } from './formatWebBreakdowns.js';
import type { IndicatorBenchmark } from '../indicators/benchmarks/benchmark.js';
import { formatCount, formatInterval, frenchTypography, NO_BREAK_SPACE } from './inLanguage.js';

/** Names of the indicators in each language, in docs/indicators.md's order. */
const LABELS: Record<IndicatorKey, Record<Language, string>> = {
  nps: { fr: 'NPS (clients)', en: 'NPS (customers)' },
  detractorFollowUp: { fr: 'Détracteurs rappelés en 48 h', en: 'Detractors contacted in 48 h' },
  enps: { fr: 'eNPS (salariés)', en: 'eNPS (employees)' },
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

const WORDS = {
  indicator: { fr: 'Indicateur', en: 'Indicator' },
  value: { fr: 'Valeur', en: 'Value' },
  interval: { fr: 'IC 95 %', en: '95% CI' },
  basis: { fr: 'Base', en: 'Basis' },
  period: { fr: 'Période :', en: 'Period:' },
  noData: { fr: 'pas de données', en: 'no data' },
  [NOT_MEASURABLE_COOKIELESS]: { fr: 'non mesurable en mode sans cookie', en: NOT_MEASURABLE_COOKIELESS },
  allData: { fr: 'toutes les données', en: 'all data' },
  suppressed: { fr: 'masqué (moins de 5 répondants)', en: 'hidden (fewer than 5 respondents)' },
  group: { fr: 'Groupe :', en: 'Group:' },
  none: { fr: '(sans valeur)', en: '(no value)' },
} as const;

/**
 * Renders a report as a plain-text table for people, in French or English: each indicator
 * with its value, its 95% interval and what it rests on (n, customers, sessions…), or why it
 * has none, churn followed by the line saying how it was measured; then the web breakdowns
 * (top pages, sources…) when the period has sessions, the groups, and the retention cohorts.
 * Numbers are rounded for reading; --json keeps full precision. French follows French
 * typography (src/cli/inLanguage.ts): `Période : …`, `1 705 clients`, `[47,6 ; 59,4]`, `12,5 %`.
 */
export function formatReport(report: Report, language: Language): string {
  const lines = [
    `${WORDS.period[language]} ${report.period.from ?? WORDS.allData[language]} → ${report.period.to ?? ''}`,
    '',
    table(report.indicators, language),
  ];
  if (report.web !== undefined) lines.push('', formatWebBreakdowns(report.web, language));
  for (const group of report.groups ?? []) {
    lines.push('', `${WORDS.group[language]} ${group.key ?? WORDS.none[language]}`, table(group.indicators, language));
  }
  if (report.cohorts !== undefined) lines.push('', formatCohorts(report.cohorts, language));
  const text = lines.join('\n');
  // Written with plain spaces, French takes its no-break spaces last (one for one: the columns stay aligned).
  return language === 'fr' ? frenchTypography(text) : text;
}

function table(indicators: Partial<IndicatorSet>, language: Language): string {
  const rows: string[][] = [[WORDS.indicator[language], WORDS.value[language], WORDS.interval[language], WORDS.basis[language]]];
  // The lines under each row: how churn was measured, and its sector figure when it has one (docs/benchmarks.md).
  const under: string[][] = [[]];
  for (const [key, indicator] of Object.entries(indicators) as [IndicatorKey, IndicatorSet[IndicatorKey]][]) {
    rows.push([LABELS[key][language], ...cells(key, indicator, language)]);
    const benchmark = (indicator as { benchmark?: IndicatorBenchmark }).benchmark;
    const lines = benchmark === undefined ? [] : formatBenchmark(benchmark, indicator as unknown as Record<string, unknown>, language);
    if (key === 'churnRate') lines.unshift(`  ${churnDefinitionLine(indicator as IndicatorSet['churnRate'], language)}`);
    under.push(lines);
  }
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  return rows
    .map((row, index) => {
      const line = row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
      return index === 0 ? `${line}\n${'-'.repeat(line.length)}` : [line, ...under[index]!].join('\n');
    })
    .join('\n');
}

function cells(key: IndicatorKey, indicator: IndicatorSet[IndicatorKey], language: Language): [string, string, string] {
  if ('suppressed' in indicator) return [WORDS.suppressed[language], '', ''];
  const record = indicator as unknown as Record<string, unknown>;
  const value = record.value as number | null;
  if (value === null) return [WORDS[record.reason === NOT_MEASURABLE_COOKIELESS ? NOT_MEASURABLE_COOKIELESS : 'noData'][language], '', ''];
  const unit = UNITS[key];
  const ci = record.ci95 as [number, number] | null | undefined;
  const interval = ci ? formatInterval(number(ci[0], language), number(ci[1], language), language, '; ') : '';
  // Visitors left out because they cannot be followed across days (docs/indicators.md): said beside the basis.
  const leftOut = record.dayScopedVisitorDays === undefined ? '' : language === 'fr' ? ', hors visiteurs sans cookie' : ', cookieless visitors left out';
  return [`${number(value, language)}${unit}`, interval, `${basis(key, record, language)}${leftOut}`];
}

const UNITS: Record<IndicatorKey, string> = {
  nps: '',
  detractorFollowUp: ' %',
  enps: '',
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
      return `${number(record.pagesPerSession as number, language)} ${fr ? 'pages/session' : 'pages/session'}, ${number(record.avgDurationSeconds as number, language)}${fr ? NO_BREAK_SPACE : ' '}s`;
    case 'stickiness':
      return `DAU ${number(record.avgDau as number, language)} / MAU ${number(record.avgMau as number, language)}`;
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
        perEngaged === null ? '' : `, ${number(perEngaged, language)} ${fr ? 'interactions par client engagé' : 'interactions per engaged customer'}`;
      return `${count('customers')} ${fr ? 'clients' : 'customers'}${frequency}`;
    }
    case 'conversionRate': {
      const byVisitor = record.byVisitor as { value: number | null; visitors: number };
      const visitors =
        byVisitor.value === null
          ? ''
          : `, ${number(byVisitor.value, language)} % ${fr ? 'de' : 'of'} ${formatCount(byVisitor.visitors, language)} ${fr ? 'visiteurs' : 'visitors'}`;
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

function number(value: number, language: Language): string {
  return value.toLocaleString(language === 'fr' ? 'fr-FR' : 'en-GB', {
    maximumFractionDigits: 1,
    minimumFractionDigits: Number.isInteger(value) || Math.abs(value) >= 1000 ? 0 : 1,
  });
}
