import type { IndicatorKey, IndicatorSet } from '../../../indicators/report.js';
import type { Language } from '../../../output/language.js';
import { type Bar, barChart } from '../../../output/html/barChart.js';
import { lineChart } from '../../../output/html/lineChart.js';
import { html, type SafeHtml } from '../../../output/html/safeHtml.js';
import type { SeriesInterval } from '../../queryFields.js';
import { INDICATOR_LABELS, INDICATOR_UNITS, reportNumber } from '../indicatorWording.js';
import type { SeriesPoint } from '../reportSeries.js';
import { typeset } from './typeset.js';

/** The first score of each distribution the report carries, and the tone of each score (detractor, passive, promoter; dissatisfied…). */
const DISTRIBUTIONS: Partial<Record<IndicatorKey, { first: number; tone: (score: number) => Bar['tone'] }>> = {
  nps: { first: 0, tone: (score) => (score <= 6 ? 'negative' : score <= 8 ? 'neutral' : 'positive') },
  enps: { first: 0, tone: (score) => (score <= 6 ? 'negative' : score <= 8 ? 'neutral' : 'positive') },
  csat: { first: 1, tone: (score) => (score <= 2 ? 'negative' : score === 3 ? 'neutral' : 'positive') },
  ces: { first: 1, tone: (score) => (score <= 3 ? 'negative' : score === 4 ? 'neutral' : 'positive') },
};

const WORDS = {
  answers: { en: 'answers by score', fr: 'réponses par note' },
  over: { en: 'by', fr: 'par' },
  day: { en: 'day', fr: 'jour' },
  week: { en: 'week', fr: 'semaine' },
  month: { en: 'month', fr: 'mois' },
  caption: {
    en: (unit: string) => `One point per ${unit}, computed over that ${unit} alone.`,
    fr: (unit: string) => `Un point par ${unit}, calculé sur cette seule période.`,
  },
  band: { en: ' The band is its 95% interval.', fr: ' La bande est son intervalle à 95 %.' },
};

/**
 * The distribution of answers by score of NPS, eNPS, CSAT and CES as a bar chart coloured by
 * what each score counts as; nothing for the other indicators or without answers.
 */
export function distributionChart(key: IndicatorKey, indicator: IndicatorSet[IndicatorKey], language: Language): SafeHtml | null {
  const shape = DISTRIBUTIONS[key];
  const counts = (indicator as { distribution?: number[] }).distribution;
  if (shape === undefined || counts === undefined || counts.every((count) => count === 0)) return null;
  const bars = counts.map((value, index) => ({ label: String(shape.first + index), value, tone: shape.tone(shape.first + index) }));
  return barChart(bars, typeset(`${INDICATOR_LABELS[key][language]}: ${WORDS.answers[language]}`, language), (value) => reportNumber(value, language));
}

/**
 * The indicator's series as a line with its 95% interval band, a point per day, week or month
 * (labelled by its first day, or its month), captioned with what a point is (and the band, when there is one); nothing when no
 * point has a value.
 */
export function seriesChart(key: IndicatorKey, series: readonly SeriesPoint[], interval: SeriesInterval, language: Language): SafeHtml | null {
  const unit = INDICATOR_UNITS[key];
  const points = series.map((point) => {
    const record = (point.indicators[key] ?? {}) as { value?: number | null; ci95?: [number, number] | null };
    const ci = record.ci95 ?? null;
    return { label: interval === 'month' ? point.from.slice(0, 7) : point.from, value: record.value ?? null, low: ci?.[0] ?? null, high: ci?.[1] ?? null };
  });
  const title = typeset(`${INDICATOR_LABELS[key][language]} ${WORDS.over[language]} ${WORDS[interval][language]}`, language);
  const chart = lineChart(points, title, (value) => typeset(`${reportNumber(value, language)}${unit}`, language));
  if (chart === null) return null;
  const band = points.some((point) => point.low !== null) ? WORDS.band[language] : '';
  return html`<figure class="series">${chart}<figcaption>${typeset(`${WORDS.caption[language](WORDS[interval][language])}${band}`, language)}</figcaption></figure>`;
}
