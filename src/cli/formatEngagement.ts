import type { EmployeeEngagementResult, EngagementDimension } from '../indicators/barometer/employeeEngagement.js';
import type { Change } from '../indicators/comparison/changes.js';
import type { Language } from '../output/language.js';
import { formatCount, formatInterval, formatNumber } from '../output/localeFormat.js';
import { INDICATOR_WORDS, reportNumber } from '../services/report/indicatorWording.js';
import { dimensionName } from '../services/surveys/barometer/barometerBank.js';
import { aligned } from './alignedTable.js';

const WORDS = {
  heading: { fr: 'Baromètre salariés par dimension (0–100)', en: 'Employee barometer by dimension (0–100)' },
  dimension: { fr: 'Dimension', en: 'Dimension' },
  score: { fr: 'Score', en: 'Score' },
  interval: { fr: 'IC 95 %', en: '95% CI' },
  favourable: { fr: 'Favorables', en: 'Favourable' },
  alpha: { fr: 'α de Cronbach', en: 'Cronbach’s α' },
  basis: { fr: 'Base', en: 'Basis' },
  versus: { fr: 'vs précédent', en: 'vs previous' },
  respondents: { fr: 'répondants', en: 'respondents' },
  items: { fr: 'items', en: 'items' },
  lowAlpha: { fr: 'α < 0,7 : items peu cohérents', en: 'α < 0.7: items not consistent' },
  drivers: { fr: 'Leviers (corrélation avec l’engagement, sinon l’eNPS) :', en: 'Drivers (correlation with engagement, else eNPS):' },
  priority: { fr: 'à travailler en priorité : bas et lié', en: 'work on first: low and related' },
  withEngagement: { fr: 'avec l’engagement', en: 'with engagement' },
  withEnps: { fr: 'avec l’eNPS', en: 'with eNPS' },
} as const;

/** A change as a cell: signed delta in points, its interval and the verdict. */
function changeCell(change: Change | undefined, language: Language): string {
  if (change === undefined) return '';
  const delta = `${change.delta > 0 ? '+' : ''}${reportNumber(change.delta, language)}`;
  if (change.ci95 === null || change.significant === null) return `${delta} (${INDICATOR_WORDS.untested[language]})`;
  const verdict = !change.significant ? 'same' : change.delta > 0 ? 'rise' : 'fall';
  return `${delta} ${formatInterval(reportNumber(change.ci95[0], language), reportNumber(change.ci95[1], language), language, '; ')} ${INDICATOR_WORDS[verdict][language]}`;
}

/**
 * The employee barometer's dimensions and drivers as text for people, in French or English
 * (plain spaces: the caller applies French typography): one row per dimension with its score
 * 0–100, 95% interval, favourable share, Cronbach's α (flagged under 0.7) and basis, or why it is
 * hidden; with a comparison, its change; then the drivers ranked, the priorities marked. Nothing
 * when the barometer is absent, hidden or has no dimension.
 */
export function formatEngagement(result: EmployeeEngagementResult | undefined, language: Language): string[] {
  if (result === undefined || 'suppressed' in result || Object.keys(result.dimensions).length === 0) return [];
  const dimensions = Object.entries(result.dimensions);
  const compared = dimensions.some(([, dimension]) => 'change' in dimension);
  const header: string[] = [WORDS.dimension, WORDS.score, WORDS.interval, WORDS.favourable, WORDS.alpha, WORDS.basis].map((word) => word[language]);
  const rows: string[][] = [compared ? [...header, WORDS.versus[language]] : header];
  const one = (value: number | null, digits = 1) => (value === null ? '—' : formatNumber(value, language, { maximum: digits, minimum: digits }));
  for (const [name, dimension] of dimensions) {
    if ('suppressed' in dimension) {
      rows.push([dimensionName(name, language), INDICATOR_WORDS[dimension.reason ?? 'suppressed'][language], '', '', '', '']);
      continue;
    }
    const shown = dimension as EngagementDimension;
    const interval = shown.ci95 === null ? '' : formatInterval(one(shown.ci95[0]), one(shown.ci95[1]), language, '; ');
    const alpha = shown.alpha === null ? '—' : `${one(shown.alpha, 2)}${shown.alphaWarning ? ' !' : ''}`;
    const basis = `${formatCount(shown.n, language)} ${WORDS.respondents[language]}, ${formatCount(shown.items, language)} ${WORDS.items[language]}`;
    const row = [dimensionName(name, language), one(shown.value), interval, shown.favourable === null ? '—' : `${one(shown.favourable)} %`, alpha, basis];
    rows.push(compared ? [...row, changeCell(shown.change, language)] : row);
  }
  const lines = ['', WORDS.heading[language], aligned(rows)];
  if (dimensions.some(([, dimension]) => !('suppressed' in dimension) && dimension.alphaWarning)) lines.push(`! ${WORDS.lowAlpha[language]}`);
  if (result.drivers.length > 0) {
    lines.push('', WORDS.drivers[language]);
    result.drivers.forEach((driver, index) => {
      const relation = driver.engagement ?? driver.enps;
      const against = driver.engagement === null ? WORDS.withEnps : WORDS.withEngagement;
      const r = relation === null ? '—' : `r = ${one(relation.r, 2)} ${against[language]}`;
      const priority = driver.priority ? ` — ${WORDS.priority[language]}` : '';
      lines.push(`  ${index + 1}. ${dimensionName(driver.dimension, language)} (${one(driver.value)} / 100, ${r})${priority}`);
    });
  }
  return lines;
}
