import { foldAccents } from '../text/foldAccents.js';

/** Letters and digits of any script: what a term must not be glued to, on either side, to be named. */
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** A text lower-cased without accents or ligatures, so that `Café Lumière` and `CAFE LUMIERE` compare equal. */
function folded(text: string): string {
  return foldAccents(text.normalize('NFC').toLowerCase());
}

/**
 * True when `text` names one of `terms` (a brand and its keywords): the term appears as whole
 * words, case, accents and ligatures ignored (foldAccents) — `Maison Lumière` is named by
 * "j'adore maison lumiere !" and "#MaisonLumière" is not, "Lumière" is named by "LUMIÈRE's",
 * not by "lumières". Blank terms name nothing.
 *
 * @example namesBrand('Super service chez CAFÉ NOVA, merci', ['Café Nova']) // true
 */
export function namesBrand(text: string, terms: readonly string[]): boolean {
  const haystack = folded(text);
  for (const term of terms) {
    const needle = folded(term.trim());
    if (needle === '') continue;
    for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
      const before = haystack.charAt(at - 1);
      const after = haystack.charAt(at + needle.length);
      if (!WORD_CHARACTER.test(before) && !WORD_CHARACTER.test(after)) return true;
    }
  }
  return false;
}
