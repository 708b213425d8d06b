import type { IndicatorBenchmark } from '../../indicators/benchmarks/benchmark.js';
import { coversAllIndustries } from '../../indicators/benchmarks/attachBenchmarks.js';
import type { Language } from '../../output/language.js';
import { formatNumber } from '../../output/localeFormat.js';

/** How each unit of the figures is written after the number. */
const UNITS: Record<string, Record<Language, string>> = {
  nps_points: { fr: '', en: '' },
  index_points: { fr: ' / 100', en: ' / 100' },
  percent: { fr: ' %', en: ' %' },
  percent_per_month: { fr: ' % par mois', en: ' % a month' },
};

/** The indicator's field a figure compares with, named when it is not the value itself. */
const FIELDS: Record<string, Record<Language, string>> = {
  median: { fr: 'médiane', en: 'median' },
  bounceRate: { fr: 'taux de rebond', en: 'bounce rate' },
};

/**
 * The lines a report's text puts under an indicator that has a sector figure
 * (docs/benchmarks.md): the figure with its segment, country, source and year, e.g.
 * `  secteur (Retail, US) : +28,4 (Qualtrics XM Institute, XMI Ratings - NPS 2022)` — after
 * the indicator's own figure when the benchmark is of another field than its value
 * (`  taux de rebond : 25 % ; tous secteurs …`) — then, when it was measured on another
 * population, a warning saying what differs.
 */
export function formatBenchmark(benchmark: IndicatorBenchmark, indicator: Record<string, unknown>, language: Language): string[] {
  const fr = language === 'fr';
  const scope = coversAllIndustries(benchmark.segment) ? (fr ? 'tous secteurs' : 'all industries') : fr ? 'secteur' : 'sector';
  const field = FIELDS[benchmark.field]?.[language];
  const unit = UNITS[benchmark.unit]?.[language] ?? ` ${benchmark.unit}`;
  const [colon, semicolon] = fr ? [' :', ' ;'] : [':', ';'];
  const signed = benchmark.unit === 'nps_points' && benchmark.value > 0 ? '+' : '';
  const value = `${signed}${formatNumber(benchmark.value, language, { maximum: 3 })}${unit}`;
  const year = benchmark.year === null || benchmark.source.includes(String(benchmark.year)) ? '' : `, ${benchmark.year}`;
  const own = field === undefined ? '' : `${field}${colon} ${formatNumber(indicator[benchmark.field] as number, language, { maximum: 1 })}${unit}${semicolon} `;
  const lines = [`  ${own}${scope} (${benchmark.segment}, ${benchmark.country})${colon} ${value} (${benchmark.source}${year})`];
  if (benchmark.differences.length > 0) {
    lines.push(`    ${fr ? 'attention' : 'warning'}${colon} ${benchmark.differences.map((difference) => difference[language]).join(`${semicolon} `)}`);
  }
  return lines;
}
