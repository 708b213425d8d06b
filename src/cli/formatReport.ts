import type { IndicatorKey, IndicatorSet } from '../indicators/report.js';
import type { Report } from '../services/report/buildReport.js';
import type { SeriesInterval } from '../services/queryFields.js';
import type { SeriesPoint } from '../services/report/reportSeries.js';
import type { Language } from '../output/language.js';
import { aligned } from './alignedTable.js';
import { formatCohorts } from './formatChurn.js';
import { formatEngagement } from './formatEngagement.js';
import { formatWebBreakdowns } from './formatWebBreakdowns.js';
import { rawEventsNote } from '../services/report/rawEventsNote.js';
import { frenchTypography } from '../output/localeFormat.js';
import { changeWording, INDICATOR_LABELS, INDICATOR_WORDS, indicatorCells, indicatorNotes } from '../services/report/indicatorWording.js';

const WORDS = {
  indicator: { fr: 'Indicateur', en: 'Indicator' },
  value: { fr: 'Valeur', en: 'Value' },
  interval: { fr: 'IC 95 %', en: '95% CI' },
  basis: { fr: 'Base', en: 'Basis' },
  period: { fr: 'Période :', en: 'Period:' },
  allData: { fr: 'toutes les données', en: 'all data' },
  group: { fr: 'Groupe :', en: 'Group:' },
  none: { fr: '(sans valeur)', en: '(no value)' },
  dataTo: { fr: 'données jusqu’au', en: 'data to' },
  comparedWith: { fr: 'Comparé à :', en: 'Compared with:' },
  versus: { fr: 'vs précédent', en: 'vs previous' },
  fdr: {
    fr: 'Dans les groupes, une différence n’est dite réelle qu’après la correction de Benjamini–Hochberg (taux de fausses découvertes 5 %).',
    en: 'In the groups, a difference is called real only after the Benjamini–Hochberg correction (false discovery rate 5%).',
  },
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
 * typography (src/output/localeFormat.ts): `Période : …`, `1 705 clients`, `[47,6 ; 59,4]`, `12,5 %`.
 * With a comparison, a "vs previous" column gives each change, its interval and a verdict
 * (real rise, real fall, no measurable difference); with a series, one small table per
 * indicator follows, a row per day, week or month.
 */
export function formatReport(report: Report, language: Language): string {
  const bounded = report.period.boundedTo === undefined ? '' : ` (${WORDS.dataTo[language]} ${report.period.boundedTo})`;
  const lines = [`${WORDS.period[language]} ${report.period.from ?? WORDS.allData[language]} → ${report.period.to ?? ''}${bounded}`];
  const compared = report.comparedWith !== undefined;
  if (compared) lines.push(`${WORDS.comparedWith[language]} ${report.comparedWith!.from} → ${report.comparedWith!.to}`);
  if (report.rawEventsFrom !== undefined) lines.push(rawEventsNote(report.rawEventsFrom, language));
  lines.push('', table(report.indicators, language, compared), ...formatEngagement(report.indicators.employeeEngagement, language));
  if (report.web !== undefined) lines.push('', formatWebBreakdowns(report.web, language));
  for (const group of report.groups ?? []) {
    lines.push(
      '',
      `${WORDS.group[language]} ${group.key ?? WORDS.none[language]}`,
      table(group.indicators, language, compared),
      ...formatEngagement(group.indicators.employeeEngagement, language),
    );
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
    const row = [INDICATOR_LABELS[key][language], ...indicatorCells(key, indicator, language)];
    rows.push(compared ? [...row, changeCell(key, indicator, language)] : row);
    under.push(indicatorNotes(key, indicator, language));
  }
  return aligned(rows, under);
}

/** The "vs previous" cell: the change with its sign and unit, its interval and the verdict (changeWording). */
function changeCell(key: IndicatorKey, indicator: IndicatorSet[IndicatorKey], language: Language): string {
  const change = changeWording(key, indicator, language);
  if (change === null) return '';
  if (change.verdict === 'untested') return `${change.delta} (${INDICATOR_WORDS.untested[language]})`;
  return `${change.delta} ${change.interval} ${INDICATOR_WORDS[change.verdict][language]}`;
}

/** One small table per indicator of the series: a row per day, week or month with its value, interval and basis. */
function seriesTables(series: readonly SeriesPoint[], interval: SeriesInterval | undefined, language: Language): string[] {
  const keys = new Set(series.flatMap((point) => Object.keys(point.indicators) as IndicatorKey[]));
  const lines = ['', `${WORDS.series[language]} ${WORDS[interval ?? 'day'][language]}`];
  for (const key of keys) {
    const rows = [[INDICATOR_LABELS[key][language], WORDS.value[language], WORDS.interval[language], WORDS.basis[language]]];
    for (const point of series) {
      const indicator = point.indicators[key];
      if (indicator !== undefined)
        rows.push([point.from === point.to ? point.from : `${point.from} → ${point.to}`, ...indicatorCells(key, indicator, language)]);
    }
    lines.push('', aligned(rows));
  }
  return lines;
}
