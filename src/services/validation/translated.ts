import { z } from 'zod';
import { mustBe, storableText } from './zodFields.js';

/** A text in both languages. */
export interface Translated {
  fr: string;
  en: string;
}

/** A text in French and English: an object with `fr` and/or `en`, or one string for both. */
export const translated = (what: string, max: number) =>
  z
    .union([storableText(what, 1, max), z.strictObject({ fr: storableText(what, 1, max).optional(), en: storableText(what, 1, max).optional() })], {
      error: mustBe(`${what}, or {"fr": …, "en": …}`),
    })
    .transform((value, context): Translated => {
      if (typeof value === 'string') return { fr: value, en: value };
      const fr = value.fr ?? value.en;
      const en = value.en ?? value.fr;
      if (fr === undefined || en === undefined) {
        context.addIssue({ code: 'custom', message: 'gives no text: write {"fr": …, "en": …}.' });
        return z.NEVER;
      }
      return { fr, en };
    });
