/** The languages Baromètre speaks: of its messages and reports, of the demo's texts, of theme terms and stemmers. */
export const LANGUAGES = ['fr', 'en'] as const;

/** One of {@link LANGUAGES}. */
export type Language = (typeof LANGUAGES)[number];

/** Whether a user-given name is one of {@link LANGUAGES} (`toString` and `__proto__` are not). */
export function isLanguage(name: string): name is Language {
  return (LANGUAGES as readonly string[]).includes(name);
}
