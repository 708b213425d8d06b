import { describe, expect, it } from 'vitest';
import { COMMENT_TEMPLATES, NEGATIVE_EMOJI, POSITIVE_EMOJI, type CommentTheme } from './commentTemplates.js';
import { composeComment, withoutAccents, type CommentTone } from './composeComment.js';
import { LANGUAGES, type Language } from '../output/language.js';
import { Prng } from './prng.js';

const THEMES: CommentTheme[] = ['livraison', 'magasin', 'caisse', 'produit', 'prix', 'site', 'sav', 'travail'];
const normalise = (text: string): string => withoutAccents(text).toLowerCase();
const fragments = (pick: (language: Language) => readonly string[]): string[] => LANGUAGES.flatMap((language) => pick(language).map(normalise));
const COMPLAINTS = fragments((l) => [
  ...Object.values(COMMENT_TEMPLATES[l].complaints).flat(),
  ...COMMENT_TEMPLATES[l].negations,
  ...COMMENT_TEMPLATES[l].negativeClosings.map((closing) => closing.replace(/\.$/, '')),
]);
const PRAISE = fragments((l) => Object.values(COMMENT_TEMPLATES[l].praise).flat());
const contains = (text: string, phrases: readonly string[]): boolean => phrases.some((phrase) => normalise(text).includes(phrase));

function sample(tone: CommentTone, count: number, seed = 1): string[] {
  const rng = new Prng(seed);
  return Array.from({ length: count }, () => composeComment(rng, { tone, language: rng.pick(LANGUAGES), themes: [rng.pick(THEMES), rng.pick(THEMES)] }));
}

describe('comment templates', () => {
  it('never put a complaint phrase inside a praise phrase or the reverse', () => {
    for (const praise of PRAISE)
      expect(
        COMPLAINTS.filter((complaint) => praise.includes(complaint)),
        praise,
      ).toEqual([]);
    for (const complaint of COMPLAINTS)
      expect(
        PRAISE.filter((praise) => complaint.includes(praise)),
        complaint,
      ).toEqual([]);
  });

  it('have praise and complaints for every theme in both languages', () => {
    for (const language of LANGUAGES) {
      for (const theme of THEMES) {
        expect(COMMENT_TEMPLATES[language].praise[theme].length, `${language} ${theme}`).toBeGreaterThan(2);
        expect(COMMENT_TEMPLATES[language].complaints[theme].length, `${language} ${theme}`).toBeGreaterThan(2);
      }
    }
  });
});

describe('composeComment', () => {
  it('writes positive comments from praise only, never a complaint or an angry emoji', () => {
    for (const comment of sample('positive', 5_000)) {
      expect(contains(comment, COMPLAINTS), comment).toBe(false);
      expect(contains(comment, PRAISE), comment).toBe(true);
      expect(
        NEGATIVE_EMOJI.some((emoji) => comment.includes(emoji)),
        comment,
      ).toBe(false);
    }
  });

  it('puts a complaint or a negation in every negative comment, and no happy emoji', () => {
    for (const comment of sample('negative', 5_000)) {
      expect(contains(comment, COMPLAINTS), comment).toBe(true);
      expect(
        POSITIVE_EMOJI.some((emoji) => comment.includes(emoji)),
        comment,
      ).toBe(false);
    }
  });

  it('mixes a good point and a bad one, or gives a lukewarm verdict, for mixed comments', () => {
    const neutral = fragments((l) => COMMENT_TEMPLATES[l].neutral);
    for (const comment of sample('mixed', 3_000)) {
      const contrast = contains(comment, PRAISE) && contains(comment, COMPLAINTS);
      expect(contrast || contains(comment, neutral), comment).toBe(true);
    }
  });

  it('varies its output: contrasts, negations, missing accents, emoji, lower-case starts and line breaks all occur', () => {
    const comments = [...sample('positive', 3_000, 2), ...sample('negative', 3_000, 3), ...sample('mixed', 3_000, 4)];
    const some = (test: (comment: string) => boolean): number => comments.filter(test).length;
    expect(some((c) => / mais |, par contre | but /.test(c))).toBeGreaterThan(100);
    expect(some((c) => /pas du tout satisfait|not satisfied at all/i.test(c))).toBeGreaterThan(20);
    expect(some((c) => /[😍👍🙏✨😊❤😡👎😤😞🙄]/u.test(c))).toBeGreaterThan(100);
    expect(some((c) => /^[a-zà-ÿ]/.test(c))).toBeGreaterThan(100);
    expect(some((c) => c.includes('\n'))).toBeGreaterThan(10);
    // French comments typed without accents: an accented template phrase shows up stripped.
    const french = COMMENT_TEMPLATES.fr;
    const accented = [...Object.values(french.praise).flat(), ...Object.values(french.complaints).flat()].filter((p) => p !== withoutAccents(p));
    const stripped = accented.map((phrase) => withoutAccents(phrase).toLowerCase());
    expect(some((c) => c === withoutAccents(c) && stripped.some((phrase) => c.toLowerCase().includes(phrase)))).toBeGreaterThan(10);
  });

  it('never returns an empty comment and keeps to the requested themes', () => {
    const rng = new Prng(8);
    for (let i = 0; i < 500; i += 1) {
      const comment = composeComment(rng, { tone: 'negative', language: 'fr', themes: ['sav'] });
      expect(comment.trim()).not.toBe('');
      const otherThemes = THEMES.filter((theme) => theme !== 'sav').flatMap((theme) => COMMENT_TEMPLATES.fr.complaints[theme].map(normalise));
      expect(contains(comment, otherThemes), comment).toBe(false);
    }
  });

  it('is reproducible for a given seed', () => {
    expect(sample('mixed', 50, 9)).toEqual(sample('mixed', 50, 9));
  });
});

describe('withoutAccents', () => {
  it('removes accents and keeps emoji', () => {
    expect(withoutAccents('Très déçue, ça traîne 😡')).toBe('Tres decue, ca traine 😡');
  });
});
