import { StemmerEn } from '@nlpjs/lang-en-min';
import { StemmerFr } from '@nlpjs/lang-fr';
import type { Language } from '../../output/language.js';

/** A function from one folded, lower-case word to its stem. */
export type Stem = (word: string) => string;

/** Words longer than this are not stemmed (no real word is; it bounds the stemmer's work on garbage). */
const MAX_STEMMED_WORD_LENGTH = 40;

const french = new StemmerFr();
const english = new StemmerEn();

/**
 * The Snowball stemmer of a language ('fr' → French, 'en' → English (Porter 2)), from nlp.js.
 * The stem of a word longer than 40 characters is the word itself; a stemmer that throws
 * (none is known to) yields the word itself too.
 */
export function stemmerFor(language: Language): Stem {
  const stemmer = language === 'fr' ? french : english;
  return (word: string): string => {
    if (word.length > MAX_STEMMED_WORD_LENGTH) return word;
    try {
      return stemmer.stemWord(word);
    } catch {
      return word;
    }
  };
}
