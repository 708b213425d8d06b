import { describe, expect, it } from 'vitest';
import { candidateThemes } from './candidateThemes.js';

describe('candidateThemes', () => {
  const texts = [
    ...Array.from({ length: 4 }, (_, index) => ({ text: `J'adore Casa Nova, la carte cadeau ${index} est pratique`, language: 'fr', themed: false })),
    ...['Carte cadeau refusée en caisse', 'Ma carte cadeau a expiré'].map((text) => ({ text, language: 'fr', themed: false })),
    ...Array.from({ length: 4 }, () => ({ text: 'Brico&Maison a encore frappé', language: 'fr', themed: false })),
    { text: 'Livraison rapide', language: 'fr', themed: true },
  ];

  it('offers the recurring phrases of unmatched texts', () => {
    expect(candidateThemes(texts, []).map((candidate) => candidate.phrase)).toEqual(expect.arrayContaining(['carte cadeau']));
  });

  it('leaves brand names out, whatever their case, accents or punctuation', () => {
    const phrases = candidateThemes(texts, ['CASA NOVA', 'Brico&Maison']).map((candidate) => candidate.phrase.toLowerCase());
    expect(phrases).toContain('carte cadeau');
    expect(phrases.some((phrase) => phrase.includes('casa nova') || phrase.includes('brico maison'))).toBe(false);
  });

  it('leaves a brand out before grouping the fragments of a recurring sentence, so the sentence does not bring it back', () => {
    const templated = Array.from({ length: 5 }, (_, index) => ({
      text: `Avis ${index} recueilli par Casa Nova pour la carte cadeau fidélité`,
      language: 'fr',
      themed: false,
    }));
    const phrases = candidateThemes(templated, ['Casa Nova']).map((candidate) => candidate.phrase);
    expect(phrases.length).toBeGreaterThan(0);
    expect(phrases.some((phrase) => phrase.includes('casa nova'))).toBe(false);
  });

  it('finds nothing in nothing', () => {
    expect(candidateThemes([], ['x'])).toEqual([]);
  });
});
