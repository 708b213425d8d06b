import type { EmployeeEngagement, EngagementDimension, HiddenFigure, IndicatorRecord, Report } from '../../api/types.js';
import type { HeatCell, HeatRow } from '../../components/HeatMap.js';
import { dimensionName } from '../../indicators/barometerDimensions.js';
import { formatInterval, formatValue } from '../../indicators/formatValue.js';
import type { Language } from '../../i18n/language.js';
import type { Words } from '../../i18n/words.js';

/** Why a figure is hidden, short for a cell and in full for its tooltip and the notes (docs/indicators.md, "Anonymity of employee figures"). */
export const HIDDEN_WORDS = {
  suppressed: {
    short: { en: 'hidden (fewer than 5)', fr: 'masqué (moins de 5)' },
    reason: { en: 'fewer than 5 respondents: hidden to keep them anonymous', fr: 'moins de 5 répondants : masqué pour préserver leur anonymat' },
  },
  complement: {
    short: { en: 'hidden (complement)', fr: 'masqué (complément)' },
    reason: {
      en: 'shown, it would reveal a hidden group of fewer than 5 by subtraction from the total',
      fr: 'affiché, il révélerait par soustraction du total un groupe masqué de moins de 5',
    },
  },
  filter: {
    short: { en: 'hidden (filter)', fr: 'masqué (filtre)' },
    reason: {
      en: 'the filters leave out 1 to 4 respondents: beside the wider report it would reveal them',
      fr: 'les filtres écartent 1 à 4 répondants : à côté du rapport plus large, il les révélerait',
    },
  },
} satisfies Record<string, { short: Words; reason: Words }>;

/** The hiding marker's kind: fewer than 5, complement or filter. */
export function hiddenKind(figure: HiddenFigure): keyof typeof HIDDEN_WORDS {
  return figure.reason ?? 'suppressed';
}

/** Whether a barometer figure (the whole, a group's or a dimension) is withheld for anonymity. */
export function isHidden(figure: object): figure is HiddenFigure {
  return (figure as { suppressed?: unknown }).suppressed === true;
}

/** The report's barometer as the API gives it, when it is there and shown; null when absent or hidden. */
export function shownBarometer(record: IndicatorRecord | undefined): EmployeeEngagement | null {
  if (record === undefined || isHidden(record) || typeof record.dimensions !== 'object' || record.dimensions === null) return null;
  return record as unknown as EmployeeEngagement;
}

/** The dimensions of the barometer and of its groups, in the order the API gives them (code-point order), each once. */
export function dimensionsOf(barometer: EmployeeEngagement, groups: Report['groups']): string[] {
  const names = new Set(Object.keys(barometer.dimensions));
  for (const group of groups ?? []) {
    const grouped = shownBarometer(group.indicators.employeeEngagement);
    for (const name of Object.keys(grouped?.dimensions ?? {})) names.add(name);
  }
  return [...names].sort();
}

/** A cell of the heat map for a dimension of a group: its score coloured with its interval in the tooltip, or why it is hidden, written and uncoloured. */
function heatCell(dimension: EngagementDimension | HiddenFigure | undefined, language: Language): HeatCell | null {
  if (dimension === undefined) return null;
  if (isHidden(dimension)) {
    const words = HIDDEN_WORDS[hiddenKind(dimension)];
    return { value: 0, text: words.short[language], detail: words.reason[language], plain: true };
  }
  if (dimension.value === null) return null;
  const interval = dimension.ci95 === null ? '' : ` ${formatInterval(dimension.ci95, 'index', language)}`;
  return {
    value: dimension.value,
    text: formatValue(dimension.value, 'index', language),
    detail: `${formatValue(dimension.value, 'index', language)}${interval}, n = ${dimension.n}`,
  };
}

/**
 * The rows of the groups × dimensions heat map of a split report: one row per group that has
 * a barometer (its key, or `noValue` for the group without one), one cell per dimension of
 * `dimensions`; a group hidden as a whole shows its reason in every cell, never a number.
 */
export function barometerHeatRows(groups: Report['groups'], dimensions: readonly string[], noValue: string, language: Language): HeatRow[] {
  return (groups ?? []).flatMap((group) => {
    const record = group.indicators.employeeEngagement;
    if (record === undefined) return [];
    const label = group.key ?? noValue;
    if (isHidden(record)) {
      const words = HIDDEN_WORDS[hiddenKind(record)];
      return [{ label, cells: dimensions.map(() => ({ value: 0, text: words.short[language], detail: words.reason[language], plain: true })) }];
    }
    const barometer = shownBarometer(record);
    return [{ label, cells: dimensions.map((name) => heatCell(barometer?.dimensions[name], language)) }];
  });
}

/** The dimension's name as a column heading: the bank's name, else its id. */
export function dimensionHeadings(dimensions: readonly string[], language: Language): string[] {
  return dimensions.map((name) => dimensionName(name, language));
}
