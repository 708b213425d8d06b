import type { IndicatorKey, IndicatorSet } from '../indicators/report.js';
import type { Change } from '../indicators/comparison/changes.js';
import type { Report } from '../services/report/buildReport.js';
import type { SeriesInterval } from '../services/queryFields.js';
import type { SeriesPoint } from '../services/report/reportSeries.js';
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
  dataTo: { fr: 'données jusqu’au', en: 'data to' },
  comparedWith: { fr: 'Comparé à :', en: 'Compared with:' },
  versus: { fr: 'vs précédent', en: 'vs previous' },
  rise: { fr: 'hausse réelle', en: 'real rise' },
  fall: { fr: 'baisse réelle', en: 'real fall' },
  same: { fr: 'pas de différence mesurable', en: 'no measurable difference' },
  noTest: { fr: 'sans test', en: 'no test' },
  fdr: {
    fr: 'Dans les groupes, une différence n’est dite réelle qu’après la correction de Benjamini–Hochberg (taux de fausses découvertes 5 %).',
    en: 'In the groups, a difference is called real only after the Benjamini–Hochberg correction (false discovery rate 5%).',
  },
  lowPrecision: { fr: 'peu précis', en: 'low precision' },
  series: { fr: 'Série par', en: 'Series by' },
  day: { fr: 'jour', en: 'day' },
  week: { fr: 'semaine', en: 'week' },
  month: { fr: 'mois', en: 'month' },
} as const;

/**
 * Renders a report as a plain-text table for people, in French or English: each indicator
 * with its value, its 95% interval and what it rests on (n, customers, sessions…), or why it
 * has none, churn followed by the line saying how it was measured; then the web breakdowns
 * (top pages, sources…) when the period has sessions, the groups, and the retention cohorts.
 * Numbers are rounded for reading; --json keeps full precision. French follows French
 * typography (src/cli/inLanguage.ts): `Période : …`, `1 705 clients`, `[47,6 ; 59,4]`, `12,5 %`.
 * With a comparison, a "vs previous" column gives each change, its interval and a verdict
 * (real rise, real fall, no measurable difference); with a series, one small table per
 * indicator follows, a row per day, week or month.
 */
export function formatReport(report: Report, language: Language): string {
  const bounded = report.period.boundedTo === undefined ? '' : ` (${WORDS.dataTo[language]} ${report.period.boundedTo})`;
  const lines = [`${WORDS.period[language]} ${report.period.from ?? WORDS.allData[language]} → ${report.period.to ?? ''}${bounded}`];
  const compared = report.comparedWith !== undefined;
  if (compared) lines.push(`${WORDS.comparedWith[language]} ${report.comparedWith!.from} → ${report.comparedWith!.to}`);
  lines.push('', table(report.indicators, language, compared));
  if (report.web !== undefined) lines.push('', formatWebBreakdowns(report.web, language));
  for (const group of report.groups ?? []) {
    lines.push('', `${WORDS.group[language]} ${group.key ?? WORDS.none[language]}`, table(group.indicators, language, compared));
  }
  if (report.cohorts !== undefined) lines.push('', formatCohorts(report.cohorts, language));
  if (report.fdr !== undefined && report.groups !== undefined) lines.push('', WORDS.fdr[language]);
  if (report.series !== undefined) lines.push(...seriesTables(report.series, report.interval, language));
  const text = lines.join('\n');
  // Written with plain spaces, French takes its no-break spaces last (one for one: the columns stay aligned).
  return language === 'fr' ? frenchTypography(text) : text;
}

function table(indicators: Partial<IndicatorSet>, language: Language, compared = false): string {
  const header = [WORDS.indicator[language], WORDS.value[language], WORDS.interval[language], WORDS.basis[language]];
  const rows: string[][] = [compared ? [...header, WORDS.versus[language]] : header];
  // The lines under each row: how churn was measured, and its sector figure when it has one (docs/benchmarks.md).
  const under: string[][] = [[]];
  for (const [key, indicator] of Object.entries(indicators) as [IndicatorKey, IndicatorSet[IndicatorKey]][]) {
    const row = [LABELS[key][language], ...cells(key, indicator, language)];
    rows.push(compared ? [...row, changeCell(key, indicator, language)] : row);
    const benchmark = (indicator as { benchmark?: IndicatorBenchmark }).benchmark;
    const lines = benchmark === undefined ? [] : formatBenchmark(benchmark, indicator as unknown as Record<string, unknown>, language);
    if (key === 'churnRate') lines.unshift(`  ${churnDefinitionLine(indicator as IndicatorSet['churnRate'], language)}`);
    under.push(lines);
  }
  return aligned(rows, under);
}

/** Rows as a table: the first column left-aligned, the others right-aligned, a rule under the header, and each row's `under` lines below it. */
function aligned(rows: string[][], under: readonly (readonly string[])[] = []): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  return rows
    .map((row, index) => {
      const line = row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
      return index === 0 ? `${line}\n${'-'.repeat(line.length)}` : [line, ...(under[index] ?? [])].join('\n');
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
  const imprecise = record.lowPrecision === true ? `, ${WORDS.lowPrecision[language]}` : '';
  return [`${number(value, language)}${unit}`, interval, `${basis(key, record, language)}${leftOut}${imprecise}`];
}

/** The "vs previous" cell: the change with its sign and unit (points for a percentage), its interval and the verdict. */
function changeCell(key: IndicatorKey, indicator: IndicatorSet[IndicatorKey], language: Language): string {
  const change = (indicator as { change?: Change }).change;
  if (change === undefined) return '';
  const unit = UNITS[key] === ' %' ? ' pts' : UNITS[key];
  const delta = `${change.delta > 0 ? '+' : ''}${number(change.delta, language)}${unit}`;
  if (change.ci95 === null || change.significant === null) return `${delta} (${WORDS.noTest[language]})`;
  const interval = formatInterval(number(change.ci95[0], language), number(change.ci95[1], language), language, '; ');
  const verdict = !change.significant ? WORDS.same : change.delta > 0 ? WORDS.rise : WORDS.fall;
  return `${delta} ${interval} ${verdict[language]}`;
}

/** One small table per indicator of the series: a row per day, week or month with its value, interval and basis. */
function seriesTables(series: readonly SeriesPoint[], interval: SeriesInterval | undefined, language: Language): string[] {
  const keys = new Set(series.flatMap((point) => Object.keys(point.indicators) as IndicatorKey[]));
  const lines = ['', `${WORDS.series[language]} ${WORDS[interval ?? 'day'][language]}`];
  for (const key of keys) {
    const rows = [[LABELS[key][language], WORDS.value[language], WORDS.interval[language], WORDS.basis[language]]];
    for (const point of series) {
      const indicator = point.indicators[key];
      if (indicator !== undefined) rows.push([point.from === point.to ? point.from : `${point.from} → ${point.to}`, ...cells(key, indicator, language)]);
    }
    lines.push('', aligned(rows));
  }
  return lines;
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
