/** Combining marks left by NFD decomposition. */
const COMBINING_MARKS = /\p{M}/gu;

/** Ligatures and letters that NFD does not decompose, and what they fold to. */
const LIGATURES: Readonly<Record<string, string>> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l', đ: 'd', ı: 'i' };
const LIGATURE_PATTERN = /[œæßøłđı]/g;

/**
 * Text without accents or ligatures, so that spellings with and without them compare equal:
 * NFD decomposition with the combining marks dropped, then œ → oe, æ → ae, ß → ss, ø → o,
 * ł → l, đ → d, ı → i. Case is left as it is (lower-case first to compare without it).
 *
 * @example foldAccents('cœur abîmé') // 'coeur abime'
 */
export function foldAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(LIGATURE_PATTERN, (letter) => LIGATURES[letter] ?? letter);
}
