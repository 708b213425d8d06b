import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../test-support/parseCsv.js';
import { HOSTILE_CALL_LIMIT_MS, hostileString, megabyteStrings } from '../../test-support/hostileText.js';
import { cleanText } from '../text/cleanText.js';
import { identifyLanguage, UNDETERMINED_LANGUAGE } from './identifyLanguage.js';

/** The French and English sentiment files beside the project (datasets/text): file names start with their language. */
const TEXT_DATA = fileURLToPath(new URL('../../../datasets/text/', import.meta.url));

/** Texts shorter than this (characters) are the "short" ones of the evaluation. */
const SHORT_TEXT = 40;

describe('identifyLanguage', () => {
  it('names short, informal French texts', () => {
    for (const text of [
      'livraison trop lente',
      'super produit',
      'tres bon produit',
      'colis jamais recu',
      'SAV injoignable',
      'merci beaucoup 🙏',
      'parfait',
      'pas mal',
      'nul',
      'bof',
      'appli plante tout le temps',
      "c'est trop cher !!",
    ]) {
      expect(identifyLanguage(text), text).toBe('fr');
    }
  });

  it('names short, informal English texts', () => {
    for (const text of [
      'great service',
      'Top 👍',
      'never again',
      'not bad',
      'good',
      'Perfect!',
      'app keeps crashing',
      '@united flight delayed again',
      "don't buy",
      'love it',
    ]) {
      expect(identifyLanguage(text), text).toBe('en');
    }
  });

  it('names the dominant language of a mixed French/English text', () => {
    expect(identifyLanguage('la livraison was late but the product is great and I love it')).toBe('en');
    expect(identifyLanguage('Le produit est top, la livraison rapide, je recommande, best purchase')).toBe('fr');
  });

  it('names other languages and scripts', () => {
    expect(identifyLanguage('muy bueno el producto')).toBe('es');
    expect(identifyLanguage('sehr gute Qualität')).toBe('de');
    expect(identifyLanguage('Очень хороший магазин, быстрая доставка')).toBe('ru');
    expect(identifyLanguage('很好，送货很快')).toBe('zh');
  });

  it('returns und for texts without letters', () => {
    for (const text of ['', '😀😀 123 !!!', '42', '...', 'https://t.co/ 2345 @ #', '\u0000\uFFFD'])
      expect(identifyLanguage(text), text).toBe(UNDETERMINED_LANGUAGE);
  });

  it('always answers und or two lower-case letters, without throwing', () => {
    fc.assert(
      fc.property(hostileString, (text) => {
        expect(identifyLanguage(text)).toMatch(/^(?:und|[a-z]{2})$/);
      }),
      { numRuns: 500 },
    );
  });

  it('finishes quickly on 1 MB inputs', () => {
    for (const big of megabyteStrings()) {
      const started = performance.now();
      identifyLanguage(big);
      expect(performance.now() - started).toBeLessThan(HOSTILE_CALL_LIMIT_MS);
    }
  });

  // The figures of docs/feedback.md (Language): every row of the French and English files.
  it('tells French from English on the shared text data (≥ 0.99 overall, ≥ 0.9 under 40 characters)', () => {
    let total = 0;
    let right = 0;
    let short = 0;
    let shortRight = 0;
    for (const file of readdirSync(TEXT_DATA).filter((name) => /^(fr|en)_.*\.csv$/.test(name))) {
      const expected = file.slice(0, 2);
      for (const row of parseCsv(readFileSync(`${TEXT_DATA}${file}`, 'utf8'))) {
        const text = cleanText(row.text ?? '');
        const isRight = identifyLanguage(text) === expected;
        total += 1;
        right += isRight ? 1 : 0;
        if (text.length < SHORT_TEXT) {
          short += 1;
          shortRight += isRight ? 1 : 0;
        }
      }
    }
    console.log(
      `language identification: ${right}/${total} = ${(right / total).toFixed(4)}; under ${SHORT_TEXT} characters ${shortRight}/${short} = ${(shortRight / short).toFixed(4)}`,
    );
    expect(right / total).toBeGreaterThanOrEqual(0.99);
    expect(shortRight / short).toBeGreaterThanOrEqual(0.9);
  });
});
