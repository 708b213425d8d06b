import type { IndicatorKey, IndicatorSet } from '../../../indicators/report.js';
import type { Language } from '../../../output/language.js';
import { html, type SafeHtml } from '../../../output/html/safeHtml.js';
import type { Report } from '../buildReport.js';
import { changeWording, INDICATOR_LABELS, INDICATOR_WORDS, indicatorCells, indicatorNotes } from '../indicatorWording.js';
import { distributionChart, seriesChart } from './indicatorCharts.js';
import { INDICATOR_EXPLANATIONS } from './indicatorFamilies.js';
import { typeset } from './typeset.js';

const WORDS = {
  leftOut: {
    en: 'Not measured: its rows have none of the filtered or split fields.',
    fr: 'Non mesuré : ses lignes n’ont aucun des champs filtrés ou de découpage.',
  },
  notMeasured: { en: 'Not measured:', fr: 'Non mesuré :' },
  versus: { en: 'vs', fr: 'vs' },
  noise: { en: 'not distinguishable from noise', fr: 'indiscernable du bruit' },
  interval: { en: '95% CI', fr: 'IC 95 %' },
  group: { en: 'Group', fr: 'Groupe' },
  value: { en: 'Value', fr: 'Valeur' },
  basis: { en: 'Basis', fr: 'Base' },
  change: { en: 'Change', fr: 'Évolution' },
  none: { en: '(no value)', fr: '(sans valeur)' },
};

/**
 * One indicator of the shared report: its name and what it measures, then its value, 95%
 * interval and basis as the text report words them (indicatorCells) — or why it has none —,
 * its change against the comparison period with the test's verdict, the churn and sector
 * lines, its distribution and series charts, and, in a split report, a table of its groups.
 */
export function indicatorBlock(key: IndicatorKey, report: Report, language: Language): SafeHtml {
  const t = (text: string | Record<Language, string>) => typeset(text, language);
  const indicator = report.indicators[key];
  const heading = html`<h3>${t(INDICATOR_LABELS[key])}</h3><p class="explain">${t(INDICATOR_EXPLANATIONS[key])}</p>`;
  if (indicator === undefined) return html`<div class="indicator" id="${key}">${heading}<p class="missing">${t(WORDS.leftOut)}</p></div>`;
  const [value, interval, basis] = indicatorCells(key, indicator, language).map(t) as [string, string, string];
  const measured = !('suppressed' in indicator) && (indicator as { value: number | null }).value !== null;
  const figure = measured
    ? html`<p><span class="value">${value}</span> <span class="interval">${interval}</span> <span class="basis">${basis}</span></p>`
    : html`<p class="missing">${t(`${WORDS.notMeasured[language]} ${value}`)}</p>`;
  const series = report.series === undefined || report.interval === undefined ? null : seriesChart(key, report.series, report.interval, language);
  return html`<div class="indicator" id="${key}">${heading}${figure}${changeLine(key, indicator, report, language)}
${indicatorNotes(key, indicator, language).map((line) => html`<p class="note">${t(line.trim())}</p>`)}
${measured ? distributionChart(key, indicator, language) : null}${series}${groupTable(key, report, language)}</div>`;
}

/** The change against the comparison period: `vs 2025-02-01 → 2025-02-28: +3.2 pts [0.4; 6.1] real rise`, or not distinguishable from noise. */
function changeLine(key: IndicatorKey, indicator: IndicatorSet[IndicatorKey], report: Report, language: Language): SafeHtml | null {
  const change = changeWording(key, indicator, language);
  if (change === null || report.comparedWith === undefined) return null;
  const t = (text: string | Record<Language, string>) => typeset(text, language);
  const noise = change.verdict === 'same' ? ` (${WORDS.noise[language]})` : '';
  const colon = language === 'fr' ? ' :' : ':';
  return html`<p class="change">${t(`${WORDS.versus[language]} ${report.comparedWith.from} → ${report.comparedWith.to}${colon}`)} ${t(change.delta)} ${t(change.interval)} <span class="verdict ${change.verdict}">${t(INDICATOR_WORDS[change.verdict])}${t(noise)}</span></p>`;
}

/** In a split report, the indicator per group: value, interval, basis and change, worded as above. */
function groupTable(key: IndicatorKey, report: Report, language: Language): SafeHtml | null {
  const groups = (report.groups ?? []).filter((group) => group.indicators[key] !== undefined);
  if (groups.length === 0) return null;
  const t = (text: string | Record<Language, string>) => typeset(text, language);
  const compared = report.comparedWith !== undefined;
  const rows = groups.map((group) => {
    const indicator = group.indicators[key]!;
    const change = changeWording(key, indicator, language);
    const changeCell =
      change === null
        ? ''
        : html`${t(change.delta)} ${t(change.interval)} <span class="verdict ${change.verdict}">${t(INDICATOR_WORDS[change.verdict])}</span>`;
    return html`<tr><td>${group.key ?? t(WORDS.none)}</td>${indicatorCells(key, indicator, language).map((cell) => html`<td>${t(cell)}</td>`)}${compared ? html`<td>${changeCell}</td>` : null}</tr>`;
  });
  return html`<table><thead><tr><th>${t(WORDS.group)}</th><th>${t(WORDS.value)}</th><th>${t(WORDS.interval)}</th><th>${t(WORDS.basis)}</th>${compared ? html`<th>${t(WORDS.change)}</th>` : null}</tr></thead><tbody>${rows}</tbody></table>`;
}
