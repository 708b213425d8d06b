import { cleanText } from '../../feedback/text/cleanText.js';
import { foldAccents } from '../../feedback/text/foldAccents.js';
import { type CandidatePhrase, DEFAULT_PHRASE_LIMIT, discoverCandidatePhrases } from '../../feedback/themes/discoverPhrases.js';
import type { RecentText } from '../../store/queries/feedback/recentTexts.js';

/**
 * Candidate themes: the recurring phrases of texts no theme matched (discoverCandidatePhrases),
 * leaving out those that are, or contain, a brand's name — on social mentions the brands are
 * the most frequent phrases of all, and never a theme. They are left out before the fragments
 * of one recurring sentence are grouped, so a sentence naming a brand does not bring it back.
 * Names compare without case, accents or punctuation ("Brico&Maison" leaves out "brico maison").
 *
 * @example candidateThemes(texts, ['Casa Nova']) // no "casa nova" among the phrases
 */
export function candidateThemes(texts: readonly RecentText[], brands: readonly string[]): CandidatePhrase[] {
  const names = brands.map(comparable).filter((name) => name !== '');
  const items = texts.map((text) => ({ text: cleanText(text.text), language: text.language, themes: text.themed ? ['matched'] : [] }));
  const namesNoBrand = (phrase: string): boolean => {
    const words = ` ${comparable(phrase)} `;
    return !names.some((name) => words.includes(` ${name} `));
  };
  return discoverCandidatePhrases(items, { limit: DEFAULT_PHRASE_LIMIT, keep: namesNoBrand });
}

/** Lower case, accents and punctuation dropped, single spaces. */
function comparable(text: string): string {
  return foldAccents(text.toLowerCase())
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
