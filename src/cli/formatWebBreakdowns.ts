import type { Breakdown, WebBreakdowns } from '../indicators/web/breakdowns.js';
import type { WebBreakdownKey } from '../indicators/statistics.js';
import type { Language } from '../output/language.js';
import { formatCount, formatInterval, formatNumber } from '../output/localeFormat.js';

/** Each breakdown's title and the unit it counts, in each language. */
const TITLES: Record<WebBreakdownKey, Record<Language, string>> = {
  pages: { fr: 'Pages les plus vues', en: 'Top pages' },
  entryPages: { fr: 'Pages d’entrée', en: 'Entry pages' },
  exitPages: { fr: 'Pages de sortie', en: 'Exit pages' },
  sources: { fr: 'Sources', en: 'Sources' },
  campaigns: { fr: 'Campagnes', en: 'Campaigns' },
  devices: { fr: 'Appareils', en: 'Devices' },
  browsers: { fr: 'Navigateurs', en: 'Browsers' },
  os: { fr: 'Systèmes d’exploitation', en: 'Operating systems' },
};

const WORDS = {
  heading: { fr: 'Web (sessions commencées dans la période)', en: 'Web (sessions starting in the period)' },
  pageviews: { fr: 'pages vues', en: 'page views' },
  sessions: { fr: 'sessions', en: 'sessions' },
  none: { fr: '(sans valeur)', en: '(no value)' },
  other: { fr: (values: string) => `Autres (${values} valeurs)`, en: (values: string) => `Other (${values} values)` },
  notRecorded: { fr: 'Non renseignés :', en: 'Not recorded:' },
} as const;

/**
 * The web breakdowns of a report as text for people, in French or English (with plain spaces:
 * the caller applies French typography): per breakdown a title with what it counts, then
 * each listed value with its count, share and 95% interval, then the other values summed.
 * The breakdowns whose units all lack the value (events imported without it) are named on
 * one last line.
 */
export function formatWebBreakdowns(web: WebBreakdowns, language: Language): string {
  const blocks: string[] = [WORDS.heading[language]];
  const notRecorded: string[] = [];
  for (const [key, breakdown] of Object.entries(web) as [WebBreakdownKey, Breakdown][]) {
    const unit = key === 'pages' ? WORDS.pageviews[language] : WORDS.sessions[language];
    const title = `${TITLES[key][language]} (${formatCount(breakdown.total, language)} ${unit})`;
    if (breakdown.top.every((entry) => entry.key === null)) {
      notRecorded.push(TITLES[key][language].toLowerCase());
      continue;
    }
    const rows = breakdown.top.map((entry) => [
      entry.key ?? WORDS.none[language],
      formatCount(entry.count, language),
      ...share(entry.share, entry.ci95, language),
    ]);
    if (breakdown.other.count > 0) {
      const { count, distinct, share: otherShare, ci95 } = breakdown.other;
      rows.push([WORDS.other[language](formatCount(distinct, language)), formatCount(count, language), ...share(otherShare ?? 0, ci95, language)]);
    }
    blocks.push(`${title}\n${columns(rows)}`);
  }
  if (notRecorded.length > 0) blocks.push(`${WORDS.notRecorded[language]} ${notRecorded.join(', ')}.`);
  return blocks.join('\n\n');
}

function share(value: number, ci95: [number, number] | null, language: Language): [string, string] {
  const percent = (x: number) => formatNumber(x, language, { maximum: 1, minimum: 1 });
  return [`${percent(value)} %`, ci95 === null ? '' : formatInterval(percent(ci95[0]), percent(ci95[1]), language, '; ')];
}

/** Rows as aligned columns, indented: the first column left-aligned, the others right-aligned. */
function columns(rows: string[][]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  return rows
    .map((row) => `  ${row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ')}`)
    .join('\n');
}
