import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOSTILE_CALL_LIMIT_MS, hostileString, megabyteStrings } from '../../test-support/hostileText.js';
import { discoverCandidatePhrases } from './discoverPhrases.js';

/** A small invented corpus: gift cards and click-and-collect are not default themes. */
const ITEMS = [
  { text: 'Ma carte cadeau a été refusée en caisse', language: 'fr', themes: [] },
  { text: 'Impossible d’utiliser les cartes cadeaux sur le site', language: 'fr', themes: [] },
  { text: 'Carte cadeau expirée sans prévenir !', language: 'fr', themes: [] },
  { text: 'La carte cadeau offerte par ma sœur ne marche pas', language: 'fr', themes: [] },
  { text: 'Colis abîmé à la réception', language: 'fr', themes: ['delivery'] },
  { text: 'Le retrait en magasin était prêt en 2 heures', language: 'fr', themes: [] },
  { text: 'Retrait en magasin très pratique', language: 'fr', themes: [] },
  { text: 'retraits en magasin toujours en retard', language: 'fr', themes: [] },
  { text: 'The gift card balance disappeared', language: 'en', themes: [] },
  { text: 'Gift cards cannot be used online', language: 'en', themes: [] },
  { text: 'My gift card was declined', language: 'en', themes: ['payment_and_billing'] },
  { text: 'Lost my gift card receipt', language: 'en', themes: [] },
  { text: 'Nothing to say', language: 'en', themes: [] },
];

describe('discoverCandidatePhrases', () => {
  it('finds recurring phrases among unmatched texts, grouped by stems, in their most frequent form', () => {
    const phrases = discoverCandidatePhrases(ITEMS);
    expect(phrases.map(({ phrase, language, count }) => ({ phrase, language, count }))).toEqual([
      { phrase: 'carte cadeau', language: 'fr', count: 4 },
      { phrase: 'retrait en magasin', language: 'fr', count: 3 },
      { phrase: 'gift card', language: 'en', count: 3 },
    ]);
    expect(phrases[0]?.examples).toHaveLength(3);
    expect(phrases[0]?.examples[0]).toBe('Ma carte cadeau a été refusée en caisse');
  });

  it('counts a phrase once per text, ignores matched texts and respects minCount and limit', () => {
    const repeated = [{ text: 'gift card gift card gift card', language: 'en', themes: [] }];
    expect(discoverCandidatePhrases(repeated, { minCount: 1 })[0]?.count).toBe(1);
    expect(discoverCandidatePhrases(ITEMS, { minCount: 4 }).map((entry) => entry.phrase)).toEqual(['carte cadeau']);
    expect(discoverCandidatePhrases(ITEMS, { limit: 1 })).toHaveLength(1);
    expect(
      discoverCandidatePhrases(
        ITEMS.filter((item) => item.themes.length > 0),
        { minCount: 1 },
      ),
    ).toEqual([]);
  });

  it('never starts or ends a phrase with a function word or a number', () => {
    for (const { phrase } of discoverCandidatePhrases(ITEMS, { minCount: 1, limit: 1000 })) {
      const words = phrase.split(' ');
      for (const edge of [words[0], words.at(-1)]) expect(['en', 'la', 'le', 'the', 'my', 'a', '2'], phrase).not.toContain(edge);
    }
  });

  it('gives one candidate, not five fragments, for a recurring templated sentence', () => {
    // Six reviews end with the same boilerplate sentence: its 3-word pieces ("review was collected",
    // "collected as part", "promotion offering free", "offering free samples", "samples to reviewers")
    // are found in exactly the same texts, and used to fill five of the candidates.
    const boilerplate = 'This review was collected as part of a promotion offering free samples to reviewers.';
    const items = [
      ...['ok', 'fine I guess', 'meh', 'nice colours', 'lovely smell', 'great gift idea'].map((text) => ({
        text: `${text}. ${boilerplate}`,
        language: 'en',
        themes: [],
      })),
      ...['My gift card was refused', 'Gift card expired', 'The gift card does not work'].map((text) => ({ text, language: 'en', themes: [] })),
    ];
    expect(discoverCandidatePhrases(items).map(({ phrase, count }) => ({ phrase, count }))).toEqual([
      { phrase: 'review was collected as part of a promotion offering free samples to reviewers', count: 6 },
      { phrase: 'gift card', count: 3 },
    ]);
  });

  it('never shows the same example twice', () => {
    const items = [
      ...Array.from({ length: 4 }, () => ({ text: 'Carte cadeau refusée', language: 'fr', themes: [] })),
      { text: 'Ma carte cadeau a expiré', language: 'fr', themes: [] },
    ];
    const [candidate] = discoverCandidatePhrases(items);
    expect(candidate?.count).toBe(5);
    expect(candidate?.examples).toEqual(['Carte cadeau refusée', 'Ma carte cadeau a expiré']);
  });

  it('keeps apart phrases found in different texts, and shows the longest fragment when the sentence is too long', () => {
    // "carte cadeau" and "retrait en magasin" share one text of seven: Jaccard 1/7, two candidates
    expect(discoverCandidatePhrases(ITEMS.slice(0, 8)).map((entry) => entry.phrase)).toEqual(['carte cadeau', 'retrait en magasin']);
    const long = Array.from({ length: 3 }, (_, index) => ({
      text: `Avis ${index} : alpha bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike novembre oscar papa quebec romeo.`,
      language: 'fr',
      themes: [],
    }));
    const [only, ...others] = discoverCandidatePhrases(long);
    expect(others).toEqual([]);
    expect(only?.phrase.split(' ')).toHaveLength(3);
    expect(only?.count).toBe(3);
  });

  it('never throws on arbitrary items and options', () => {
    const item = fc.record({
      text: hostileString,
      language: fc.constantFrom('fr', 'en', 'und', 'xx'),
      themes: fc.array(fc.constantFrom('price', 'delivery'), { maxLength: 2 }),
    });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 30 }), fc.integer({ min: -5, max: 5 }), fc.integer({ min: -5, max: 50 }), (items, minCount, limit) => {
        const phrases = discoverCandidatePhrases(items, { minCount, limit });
        expect(phrases.length).toBeLessThanOrEqual(Math.max(0, limit));
        for (const phrase of phrases) expect(phrase.examples.length).toBeLessThanOrEqual(3);
      }),
      { numRuns: 200 },
    );
  });

  it('finishes quickly on 1 MB texts', () => {
    const items = megabyteStrings().map((text) => ({ text, language: 'fr', themes: [] }));
    const started = performance.now();
    discoverCandidatePhrases(items);
    expect(performance.now() - started).toBeLessThan(HOSTILE_CALL_LIMIT_MS * items.length);
  });
});
