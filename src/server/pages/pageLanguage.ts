import type { Context } from 'hono';
import { isLanguage, type Language } from '../../output/language.js';

/**
 * The language of a page: the `lang` URL parameter when it is fr or en, else the first of
 * fr and en in Accept-Language (by preference weight), else English.
 */
export function pageLanguage(c: Context): Language {
  const asked = c.req.query('lang');
  if (asked !== undefined && isLanguage(asked)) return asked;
  const ranked = (c.req.header('accept-language') ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = Number(
        params
          .find((param) => param.trim().startsWith('q='))
          ?.trim()
          .slice(2) ?? 1,
      );
      return { primary: tag.toLowerCase().split('-')[0] ?? '', q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked.map((entry) => entry.primary).find(isLanguage) ?? 'en';
}
