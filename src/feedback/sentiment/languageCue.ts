/**
 * The language of a tokenised text as the sentiment features see it: French, English or
 * unknown, from counts of frequent function words that are not words of the other language.
 * (src/feedback/language/identifyLanguage.ts is the full identifier; this one only needs to
 * be fast and to say "unknown" when in doubt.)
 */
// Frequent function words that are not words of the other language (accents folded).
const FRENCH_CUES = new Set([
  'le',
  'la',
  'les',
  'des',
  'du',
  'une',
  'est',
  'et',
  'pour',
  'pas',
  'que',
  'qui',
  'dans',
  'sur',
  'avec',
  'ce',
  "c'",
  'je',
  "j'",
  "n'",
  "d'",
  "l'",
  "qu'",
  'tres',
  'mais',
  'au',
  'aux',
  'il',
  'elle',
  'nous',
  'vous',
  'sont',
  'ete',
  'tout',
  'ca',
  'mon',
  'ma',
  'mes',
  'trop',
  'bien',
  'avoir',
  'fait',
  'cette',
  'ai',
  'ont',
]);
const ENGLISH_CUES = new Set([
  'the',
  'an',
  'is',
  'and',
  'to',
  'of',
  'for',
  'not',
  'that',
  'it',
  'i',
  'you',
  'this',
  'was',
  'with',
  'my',
  'are',
  'be',
  'have',
  'but',
  'so',
  'at',
  'your',
  'they',
  'just',
  'we',
  'had',
  'very',
  'been',
  'will',
  'what',
  'from',
  'get',
  'its',
  'im',
  'do',
  'all',
  'me',
]);

/** 1: French, 2: English, 0: unknown (by function-word counts; a margin of 1 decides). */
export function languageCue(tokens: readonly string[]): 0 | 1 | 2 {
  let french = 0;
  let english = 0;
  for (const token of tokens) {
    if (FRENCH_CUES.has(token)) french++;
    else if (ENGLISH_CUES.has(token)) english++;
  }
  return french > english ? 1 : english > french ? 2 : 0;
}
