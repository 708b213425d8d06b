import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOSTILE_CALL_LIMIT_MS, hostileString, megabyteStrings } from '../../test-support/hostileText.js';
import { MAX_SENTENCE_CHARACTERS, splitSentences } from './splitSentences.js';

describe('splitSentences', () => {
  it('splits at terminal punctuation runs and line breaks', () => {
    expect(splitSentences('Livraison rapide !!! Mais le SAV ?! Nul...\nPrix correct')).toEqual([
      'Livraison rapide !!!',
      'Mais le SAV ?!',
      'Nul...',
      'Prix correct',
    ]);
  });

  it('keeps abbreviations, initials and decimal numbers intact', () => {
    expect(splitSentences('M. Dupont et Mme. Durand, etc. sont là. Note 4.5/5 pour 3.99€.')).toEqual([
      'M. Dupont et Mme. Durand, etc. sont là.',
      'Note 4.5/5 pour 3.99€.',
    ]);
    expect(splitSentences('Mr. Smith helped me. J. Doe too, e.g. at the desk.')).toEqual(['Mr. Smith helped me.', 'J. Doe too, e.g. at the desk.']);
    expect(splitSentences('Rapide, etc. Mais cher.')).toEqual(['Rapide, etc.', 'Mais cher.']);
  });

  it('ends a sentence after an emoticon and keeps the emoticon with it', () => {
    expect(splitSentences('Super produit :) livraison lente :( bof')).toEqual(['Super produit :)', 'livraison lente :(', 'bof']);
  });

  it('joins punctuation-only pieces to the previous sentence and list numbers to the next', () => {
    expect(splitSentences('Top. !!! 👍')).toEqual(['Top. !!! 👍']);
    expect(splitSentences('1. Livraison rapide\n2. Prix bas')).toEqual(['1. Livraison rapide', '2. Prix bas']);
  });

  it('returns one sentence for text without terminal punctuation, none for empty text', () => {
    expect(splitSentences('livraison trop lente')).toEqual(['livraison trop lente']);
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('   ')).toEqual([]);
  });

  it('splits run-on sentences at ; then , boundaries', () => {
    const clause = 'la livraison était correcte mais le colis est arrivé un peu abîmé sur un coin';
    const runOn = `${Array.from({ length: 4 }, () => clause).join(', ')}; ${Array.from({ length: 4 }, () => clause).join(', ')}`;
    const parts = splitSentences(runOn);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARACTERS);
    expect(parts[0]?.endsWith(';')).toBe(true);
  });

  it('never throws and yields trimmed non-empty pieces of bounded length on any input', () => {
    fc.assert(
      fc.property(hostileString, (text) => {
        for (const sentence of splitSentences(text)) {
          expect(sentence.length).toBeGreaterThan(0);
          expect(sentence).toBe(sentence.trim());
          expect(sentence.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARACTERS);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('loses no word', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('Prix', 'cher.', 'M.', 'SAV', '!!!', ':)', '4.5', 'ok?', '\n', 'etc.'), { maxLength: 40 }), (words) => {
        const text = words.join(' ');
        expect(splitSentences(text).join(' ').replace(/\s+/g, ' ')).toBe(text.replace(/\s+/g, ' ').trim());
      }),
    );
  });

  it('finishes quickly on 1 MB inputs', () => {
    for (const big of megabyteStrings()) {
      const started = performance.now();
      splitSentences(big);
      expect(performance.now() - started).toBeLessThan(HOSTILE_CALL_LIMIT_MS);
    }
  });
});
