import type { Language } from '../../../output/language.js';
import { frenchTypography } from '../../../output/localeFormat.js';

/**
 * A text of the report in `language`, ready to escape: French takes its no-break spaces
 * (frenchTypography), English stays as written; a pair of texts gives the one of `language`.
 */
export function typeset(text: string | Record<Language, string>, language: Language): string {
  const chosen = typeof text === 'string' ? text : text[language];
  return language === 'fr' ? frenchTypography(chosen) : chosen;
}
