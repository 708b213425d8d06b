import type { Bar } from '../components/Bars.js';
import type { ValueKind } from '../indicators/catalogue.js';
import { formatValue } from '../indicators/formatValue.js';
import { type CountNouns, formatCount } from '../i18n/format.js';
import type { Language } from '../i18n/language.js';
import { COMMON, say } from '../i18n/words.js';

/** One entry of a keyed part of an indicator (a platform, a brand, a site, a touchpoint): its value, null when it has none, and what it counts. */
export interface KeyedEntry {
  key: string;
  value: number | null;
  count: number;
}

/** A number, or null for anything else (a field the report left null or out). */
function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/**
 * The entries of a keyed field of a report record — `byPlatform`, `byBrand`, `bySite`,
 * `byTouchpoint`, each `{key: {…}}` — reading `valueField` as the value and `countField` as
 * the count (0 when absent or not asked). Anything that is not such an object gives no entries.
 */
export function keyedEntries(byKey: unknown, valueField: string, countField?: string): KeyedEntry[] {
  if (typeof byKey !== 'object' || byKey === null) return [];
  return Object.entries(byKey as Record<string, unknown>).flatMap(([key, entry]) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const fields = entry as Record<string, unknown>;
    return [{ key, value: numberOrNull(fields[valueField]), count: countField === undefined ? 0 : (numberOrNull(fields[countField]) ?? 0) }];
  });
}

/**
 * Keyed entries as bars, highest value first and those without a value last (their bar
 * empty, their text "no data" rather than a zero); each writes its value in `kind` and its
 * count with `nouns` (`8.2% · 38 posts`), and links to `href(key)` when given.
 */
export function keyedBars(entries: readonly KeyedEntry[], kind: ValueKind, nouns: CountNouns, language: Language, href?: (key: string) => string): Bar[] {
  const ranked = [...entries].sort((a, b) => (b.value ?? Number.NEGATIVE_INFINITY) - (a.value ?? Number.NEGATIVE_INFINITY) || a.key.localeCompare(b.key));
  return ranked.map((entry) => ({
    label: entry.key,
    value: entry.value ?? 0,
    text: `${entry.value === null ? say(COMMON.noData, language) : formatValue(entry.value, kind, language)} · ${formatCount(entry.count, nouns, language)}`,
    ...(href === undefined ? {} : { href: href(entry.key) }),
  }));
}
