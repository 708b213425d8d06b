import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOSTILE_CALL_LIMIT_MS, hostileString, megabyteStrings } from '../../test-support/hostileText.js';
import { cleanText, MAX_ANALYSED_CHARACTERS } from './cleanText.js';

describe('cleanText', () => {
  it('removes tags, script and style contents, and decodes entities once', () => {
    expect(cleanText('<p>Tr&egrave;s   bien&nbsp;!</p><script>alert(1)</script><style>p{}</style>')).toBe('Très bien !');
    expect(cleanText('caf&eacute; &#233;t&#xE9; l&#x2019;accueil &amp;eacute;')).toBe('café été l’accueil &eacute;');
    expect(cleanText('<b>Bon</b>jour <!-- note --> fin')).toBe('Bonjour fin');
  });

  it('turns line-ending tags into line breaks and keeps a lone < as text', () => {
    expect(cleanText('Livraison<br>Prix<p>SAV</p>')).toBe('Livraison\nPrix\nSAV');
    expect(cleanText('note < 3 et prix > 10')).toBe('note < 3 et prix > 10');
  });

  it('drops control characters, lone surrogates and U+FFFD runs, and composes accents', () => {
    expect(cleanText('e\u0301te\u0301 \u0000x\uD800y \uFFFD\uFFFDz\u200B')).toBe('été xy z');
    expect(cleanText('ok 😀')).toBe('ok 😀');
  });

  it('collapses white space, keeping one line break per run, and trims', () => {
    expect(cleanText('  line1\r\n\r\n   line2\t\tend  ')).toBe('line1\nline2 end');
  });

  it('keeps at most MAX_ANALYSED_CHARACTERS, cut at a word', () => {
    const cleaned = cleanText('mot '.repeat(MAX_ANALYSED_CHARACTERS));
    expect(cleaned.length).toBeLessThanOrEqual(MAX_ANALYSED_CHARACTERS);
    expect(cleaned.endsWith('mot')).toBe(true);
  });

  it('never throws and returns a bounded, trimmed string on any input', () => {
    fc.assert(
      fc.property(hostileString, (raw) => {
        const cleaned = cleanText(raw);
        expect(cleaned.length).toBeLessThanOrEqual(MAX_ANALYSED_CHARACTERS);
        expect(cleaned).toBe(cleaned.trim());
        expect(cleaned).not.toMatch(/[\u0000-\u0008\uFFFD]/);
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent on text without markup', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }).filter((s) => !/[<&]/.test(s)),
        (raw) => {
          const once = cleanText(raw);
          expect(cleanText(once)).toBe(once);
        },
      ),
    );
  });

  it('finishes quickly on 1 MB inputs', () => {
    for (const big of megabyteStrings()) {
      const started = performance.now();
      cleanText(big);
      expect(performance.now() - started).toBeLessThan(HOSTILE_CALL_LIMIT_MS);
    }
  });
});
