// Type declarations for the two nlp.js language packages used for their Snowball stemmers
// (the packages ship JavaScript only). Only what src/feedback/themes/stemmers.ts uses.

declare module '@nlpjs/lang-fr' {
  /** The Snowball French stemmer, generated from the Snowball sources. */
  export class StemmerFr {
    /** The stem of one lower-case word. */
    stemWord(word: string): string;
  }
}

declare module '@nlpjs/lang-en-min' {
  /** The Snowball English (Porter 2) stemmer, generated from the Snowball sources. */
  export class StemmerEn {
    /** The stem of one lower-case word. */
    stemWord(word: string): string;
  }
}
