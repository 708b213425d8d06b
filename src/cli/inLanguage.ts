import type { Localised } from '../errors/errors.js';
import type { Language } from '../output/language.js';
import { frenchTypography } from '../output/localeFormat.js';

/**
 * A text in `language`: a plain string is the same in both; of a {@link Localised} text, the
 * English as it is, or the French with {@link frenchTypography}.
 *
 * @example inLanguage({ fr: 'Période :', en: 'Period:' }, 'fr') // 'Période\u00A0:'
 */
export function inLanguage(text: string | Localised, language: Language): string {
  if (typeof text === 'string') return text;
  return language === 'fr' ? frenchTypography(text.fr) : text.en;
}
