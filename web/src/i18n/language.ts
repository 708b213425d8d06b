/** The dashboard's two languages. */
export type Language = 'fr' | 'en';

/**
 * The language to show: the view's `lang` when set, else the one chosen earlier on this
 * browser, else French when the browser prefers French to English, else English.
 */
export function chooseLanguage(fromUrl: string | undefined, stored: string | null, preferred: readonly string[]): Language {
  if (fromUrl === 'fr' || fromUrl === 'en') return fromUrl;
  if (stored === 'fr' || stored === 'en') return stored;
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'fr') return 'fr';
    if (primary === 'en') return 'en';
  }
  return 'en';
}
