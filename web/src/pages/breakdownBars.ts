import type { Breakdown } from '../api/types.js';
import type { Bar } from '../components/Bars.js';
import { formatInterval } from '../indicators/formatValue.js';
import { formatNumber, formatPercent } from '../i18n/format.js';
import type { Language } from '../i18n/language.js';
import { COMMON, say, type Words } from '../i18n/words.js';

const WORDS = {
  other: { en: 'Other', fr: 'Autres' },
  values: { en: 'values', fr: 'valeurs' },
} satisfies Record<string, Words>;

/** A share of a breakdown written as `13.5% [13.0% – 13.9%] · 2,903`: the share, its 95 % interval, the count. */
function shareText(share: number, ci95: readonly [number, number] | undefined, count: number, language: Language): string {
  const interval = ci95 === undefined ? '' : ` ${formatInterval(ci95, 'percent', language)}`;
  return `${formatPercent(share, language)}${interval} · ${formatNumber(count, language, 0)}`;
}

/**
 * A web breakdown of the report (docs/indicators.md, "Web breakdowns") as bars, each as long
 * as its share of the total: its most frequent values in the report's order (a unit without
 * the value, key null, as "(no value)"), then the rest summed as one "Other (n values)" bar
 * when it counts anything. Each bar writes its share, its 95 % interval and its count.
 */
export function breakdownBars(breakdown: Breakdown, language: Language): Bar[] {
  const bars: Bar[] = breakdown.top.map((entry) => ({
    label: entry.key ?? say(COMMON.noValue, language),
    value: entry.share,
    text: shareText(entry.share, entry.ci95, entry.count, language),
  }));
  const other = breakdown.other;
  if (other !== undefined && other.count > 0) {
    bars.push({
      label: `${say(WORDS.other, language)} (${formatNumber(other.distinct, language, 0)} ${say(WORDS.values, language)})`,
      value: other.share,
      text: shareText(other.share, other.ci95, other.count, language),
    });
  }
  return bars;
}
