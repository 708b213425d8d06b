import type { Language } from './language.js';

/** The no-break space French typography puts before `:`, `;`, `?`, `!`, `%`, `€` and inside « ». */
export const NO_BREAK_SPACE = '\u00A0';

/**
 * French typography on a French text written with plain spaces: the space before `:`, `;`,
 * `?`, `!`, `»`, `%` and `€`, and after `«`, becomes a no-break space (U+00A0), so
 * `Période : mars` keeps its colon on the line. A colon glued to a word (`http://`,
 * `Authorization: Bearer`) is left as it is.
 *
 * @example frenchTypography('Période : mars ; 12 %') // 'Période\u00A0: mars\u00A0; 12\u00A0%'
 */
export function frenchTypography(text: string): string {
  return text.replace(/ (?=[:;?!»%€])/g, NO_BREAK_SPACE).replace(/« /g, `«${NO_BREAK_SPACE}`);
}

/**
 * A number for people in `language`: French groups thousands with a narrow no-break space
 * (U+202F, as Intl's fr-FR does) and writes a decimal comma (`1 705`, `47,6`); English
 * writes en-GB's `1,705` and `47.6`. Rounded to `maximum` decimals (0 by default), with at
 * least `minimum`.
 */
export function formatNumber(value: number, language: Language, { maximum = 0, minimum = 0 }: { maximum?: number; minimum?: number } = {}): string {
  return value.toLocaleString(language === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: maximum, minimumFractionDigits: Math.min(minimum, maximum) });
}

/**
 * A count for people: grouped in French (`1 705`), written plainly in English (`1705`), as
 * the English lines have always printed counts.
 */
export function formatCount(count: number, language: Language): string {
  return language === 'fr' ? formatNumber(count, 'fr') : String(count);
}

/**
 * An interval for people: `[47,6 ; 59,4]` in French (the comma is the decimal separator),
 * `[low<separator>high]` in English, where the report writes `[47.6; 59.4]` and the feedback
 * `[+3, +5]`.
 */
export function formatInterval(low: string, high: string, language: Language, englishSeparator: '; ' | ', '): string {
  return language === 'fr' ? `[${low}${NO_BREAK_SPACE}; ${high}]` : `[${low}${englishSeparator}${high}]`;
}
