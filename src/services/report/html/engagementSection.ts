import type { EmployeeEngagement, EngagementDimension, EmployeeEngagementResult } from '../../../indicators/barometer/employeeEngagement.js';
import type { Correlation } from '../../../indicators/stats/correlation.js';
import type { IndicatorSet } from '../../../indicators/report.js';
import type { Language } from '../../../output/language.js';
import { html, type SafeHtml } from '../../../output/html/safeHtml.js';
import { formatInterval, formatNumber } from '../../../output/localeFormat.js';
import type { Report } from '../buildReport.js';
import { dimensionName } from '../../surveys/barometer/barometerBank.js';
import { changeWording, INDICATOR_WORDS } from '../indicatorWording.js';
import { typeset } from './typeset.js';

const WORDS = {
  dimensions: { en: 'The barometer by dimension (0–100)', fr: 'Le baromètre par dimension (0–100)' },
  dimension: { en: 'Dimension', fr: 'Dimension' },
  score: { en: 'Score [95% CI]', fr: 'Score [IC 95 %]' },
  value: { en: 'Score', fr: 'Score' },
  favourable: { en: 'Favourable (4–5) [95% CI]', fr: 'Favorables (4–5) [IC 95 %]' },
  alpha: { en: 'Cronbach’s α', fr: 'α de Cronbach' },
  basis: { en: 'Respondents', fr: 'Répondants' },
  change: { en: 'Change', fr: 'Évolution' },
  lowAlpha: {
    en: 'α under 0.7: its items may not measure one thing; read them.',
    fr: 'α sous 0,7 : ses items ne mesurent peut-être pas une seule chose ; lisez-les.',
  },
  byGroup: { en: 'Dimensions by group (score 0–100)', fr: 'Dimensions par groupe (score 0–100)' },
  group: { en: 'Group', fr: 'Groupe' },
  none: { en: '(no value)', fr: '(sans valeur)' },
  drivers: { en: 'What to work on', fr: 'Sur quoi agir' },
  driversHow: {
    en: 'Dimensions ranked by how closely their scores move with engagement (else with the eNPS answer): Pearson’s r with its 95% interval. “Priority” marks a dimension scoring below the barometer whose r is at least 0.3: low, and it matters most. Correlation is not cause.',
    fr: 'Dimensions classées selon le lien de leurs scores avec l’engagement (sinon avec la réponse eNPS) : r de Pearson et son intervalle à 95 %. « Priorité » signale une dimension sous la moyenne du baromètre dont le r vaut au moins 0,3 : basse, et c’est elle qui compte le plus. Corrélation n’est pas causalité.',
  },
  withEngagement: { en: 'r with engagement', fr: 'r avec l’engagement' },
  withEnps: { en: 'r with eNPS', fr: 'r avec l’eNPS' },
  priority: { en: 'Priority', fr: 'Priorité' },
  priorityYes: { en: 'low, and it matters most', fr: 'basse, et elle compte le plus' },
};

/** A number with `digits` decimals in the language's notation, or a dash for null. */
function decimals(value: number | null, language: Language, digits: number): string {
  return value === null ? '—' : formatNumber(value, language, { maximum: digits, minimum: digits });
}

/** `56.3 [15.8; 96.7]`: a value with its 95% interval, one decimal, and `suffix` after the value. */
function withInterval(value: number | null, ci95: readonly [number, number] | null, language: Language, suffix = ''): string {
  if (value === null) return '—';
  const interval = ci95 === null ? '' : ` ${formatInterval(decimals(ci95[0], language, 1), decimals(ci95[1], language, 1), language, '; ')}`;
  return `${decimals(value, language, 1)}${suffix}${interval}`;
}

/** The barometer when it is shown (not hidden, with dimensions). */
function shownBarometer(result: EmployeeEngagementResult | undefined): EmployeeEngagement | null {
  if (result === undefined || 'suppressed' in result || Object.keys(result.dimensions).length === 0) return null;
  return result;
}

/**
 * The employee barometer's detail in the shared report, under its headline figure
 * (indicatorBlock): a table of its dimensions (score and favourable share with their 95%
 * intervals, Cronbach's α flagged under 0.7, respondents, and with a comparison the change and
 * the test's verdict — in a split report Benjamini–Hochberg-corrected), in a split report a
 * table of groups × dimensions, and the drivers ranked with their correlations and the
 * priorities marked. A hidden dimension or group says why (fewer than 5, complement, filter),
 * never a number. Nothing when the report has no barometer to show. Dimension ids are shown as
 * the report names them.
 */
export function engagementSection(report: Report, language: Language): SafeHtml | null {
  const barometer = shownBarometer(report.indicators.employeeEngagement);
  if (barometer === null) return null;
  const t = (text: string | Record<Language, string>) => typeset(text, language);
  const dimensions = Object.entries(barometer.dimensions);
  const compared = report.comparedWith !== undefined;
  const hidden = (dimension: { reason?: 'complement' | 'filter' }) => t(INDICATOR_WORDS[dimension.reason ?? 'suppressed']);
  const changeCell = (dimension: EngagementDimension) => {
    const change = changeWording('employeeEngagement', dimension as unknown as IndicatorSet['employeeEngagement'], language);
    return change === null
      ? null
      : html`${t(`${change.delta} ${change.interval}`.trim())} <span class="verdict ${change.verdict}">${t(INDICATOR_WORDS[change.verdict])}</span>`;
  };
  const rows = dimensions.map(([name, dimension]) => {
    if ('suppressed' in dimension)
      return html`<tr><td>${dimensionName(name, language)}</td><td colspan="${compared ? 5 : 4}" class="missing">${hidden(dimension)}</td></tr>`;
    const alpha = dimension.alphaWarning
      ? html`<strong class="warning">${t(`${decimals(dimension.alpha, language, 2)} !`)}</strong>`
      : decimals(dimension.alpha, language, 2);
    return html`<tr><td>${dimensionName(name, language)}</td><td>${t(withInterval(dimension.value, dimension.ci95, language))}</td><td>${t(withInterval(dimension.favourable, dimension.favourableCi95, language, ' %'))}</td><td>${alpha}</td><td>${formatNumber(dimension.n, language)}</td>${compared ? html`<td>${changeCell(dimension)}</td>` : null}</tr>`;
  });
  const lowAlpha = dimensions.some(([, dimension]) => !('suppressed' in dimension) && dimension.alphaWarning)
    ? html`<p class="note">${t(`! ${WORDS.lowAlpha[language]}`)}</p>`
    : null;
  const table = html`<h3>${t(WORDS.dimensions)}</h3><table><thead><tr><th>${t(WORDS.dimension)}</th><th>${t(WORDS.score)}</th><th>${t(WORDS.favourable)}</th><th>${t(WORDS.alpha)}</th><th>${t(WORDS.basis)}</th>${compared ? html`<th>${t(WORDS.change)}</th>` : null}</tr></thead><tbody>${rows}</tbody></table>${lowAlpha}`;
  return html`<div class="indicator" id="employeeEngagement-detail">${table}${groupTable(
    report,
    dimensions.map(([name]) => name),
    language,
  )}${driverTable(barometer, language)}</div>`;
}

/** In a split report, one row per group and one column per dimension: the score with its interval, or why it is hidden. */
function groupTable(report: Report, names: readonly string[], language: Language): SafeHtml | null {
  const groups = (report.groups ?? []).filter((group) => group.indicators.employeeEngagement !== undefined);
  if (groups.length === 0) return null;
  const t = (text: string | Record<Language, string>) => typeset(text, language);
  const rows = groups.map((group) => {
    const barometer = group.indicators.employeeEngagement!;
    const cells =
      'suppressed' in barometer
        ? html`<td colspan="${names.length}" class="missing">${t(INDICATOR_WORDS[barometer.reason ?? 'suppressed'])}</td>`
        : names.map((name) => {
            const dimension = barometer.dimensions[name];
            if (dimension === undefined) return html`<td>—</td>`;
            if ('suppressed' in dimension) return html`<td class="missing">${t(INDICATOR_WORDS[dimension.reason ?? 'suppressed'])}</td>`;
            return html`<td>${t(withInterval(dimension.value, dimension.ci95, language))}</td>`;
          });
    return html`<tr><td>${group.key ?? t(WORDS.none)}</td>${cells}</tr>`;
  });
  return html`<h3>${t(WORDS.byGroup)}</h3><table><thead><tr><th>${t(WORDS.group)}</th>${names.map((name) => html`<th>${dimensionName(name, language)}</th>`)}</tr></thead><tbody>${rows}</tbody></table>`;
}

/** The drivers ranked: score, r with engagement and with eNPS with their intervals, the priorities marked. */
function driverTable(barometer: EmployeeEngagement, language: Language): SafeHtml | null {
  if (barometer.drivers.length === 0) return null;
  const t = (text: string | Record<Language, string>) => typeset(text, language);
  const r = (correlation: Correlation | null) => (correlation === null ? '—' : t(withCorrelation(correlation.r, correlation.ci95, language)));
  const rows = barometer.drivers.map(
    (driver, index) =>
      html`<tr><td>${index + 1}. ${dimensionName(driver.dimension, language)}</td><td>${t(decimals(driver.value, language, 1))}</td><td>${r(driver.engagement)}</td><td>${r(driver.enps)}</td><td>${driver.priority ? html`<strong>${t(WORDS.priorityYes)}</strong>` : ''}</td></tr>`,
  );
  return html`<h3>${t(WORDS.drivers)}</h3><p class="explain">${t(WORDS.driversHow)}</p><table><thead><tr><th>${t(WORDS.dimension)}</th><th>${t(WORDS.value)}</th><th>${t(WORDS.withEngagement)}</th><th>${t(WORDS.withEnps)}</th><th>${t(WORDS.priority)}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** `0.98 [0.79; 1.00]`: a correlation with its interval, two decimals. */
function withCorrelation(r: number, ci95: readonly [number, number] | null, language: Language): string {
  const interval = ci95 === null ? '' : ` ${formatInterval(decimals(ci95[0], language, 2), decimals(ci95[1], language, 2), language, '; ')}`;
  return `${decimals(r, language, 2)}${interval}`;
}
