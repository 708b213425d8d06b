import type { Report } from '../api/types.js';
import type { Bar } from '../components/Bars.js';
import { basisOf } from '../components/IndicatorCard.js';
import type { ValueKind } from '../indicators/catalogue.js';
import { formatInterval, formatValue } from '../indicators/formatValue.js';
import { formatNumber } from '../i18n/format.js';
import type { Language } from '../i18n/language.js';
import { COMMON, say } from '../i18n/words.js';
import { type Drill, drillLink } from '../view/drillLink.js';
import type { ViewQuery } from '../view/viewQuery.js';

/**
 * How to draw one indicator's groups: its kind, the range its values can take (bars are
 * measured from its low end), the score a drill-down reads, the record's field that counts
 * what the value rests on (`n` unless given: `atStart` for churn, `customers` for CLV…) and
 * whether to write the 95 % interval beside the value.
 */
export interface GroupScale {
  kind: ValueKind;
  range: readonly [number, number];
  drill?: Drill['indicator'];
  basis?: string;
  interval?: boolean;
}

/**
 * The groups of a report split by the view's `by` (the report's `groups`) as bars of one
 * indicator: the value and n of each, "hidden" for a group withheld for anonymity, none for a
 * group with no value; each group with a value opens its comments (the group as a `where`).
 */
export function groupBars(report: Report, indicator: string, scale: GroupScale, query: ViewQuery, language: Language): Bar[] {
  const low = scale.range[0];
  return (report.groups ?? []).flatMap(({ key, indicators }) => {
    const record = indicators[indicator];
    if (record === undefined) return [];
    const label = key ? key : say(COMMON.noValue, language);
    if (record.suppressed === true) return [{ label, value: 0, text: say(COMMON.suppressed, language) }];
    const value = record.value ?? null;
    if (value === null) return [];
    const basis = basisOf(record, scale.basis ?? 'n');
    const n = basis === null ? '' : ` · n = ${formatNumber(basis, language, 0)}`;
    const interval = scale.interval === true && record.ci95 ? ` ${formatInterval(record.ci95, scale.kind, language)}` : '';
    return [
      {
        label,
        value: value === null ? 0 : Math.max(0, value - low),
        text: value === null ? '–' : `${formatValue(value, scale.kind, language)}${interval}${n}`,
        href:
          key === null || value === null || query.by === undefined ? undefined : drillLink(query, { indicator: scale.drill, where: [`${query.by}=${key}`] }),
      },
    ];
  });
}
