import { describe, expect, it } from 'vitest';
import { phaseIn } from './progressBar.js';

describe('phaseIn', () => {
  it('says the import and demo phases in French', () => {
    expect(phaseIn('reading', 'fr')).toBe('Lecture');
    expect(phaseIn('listing problems', 'fr')).toBe('Relevé des lignes invalides');
    expect(phaseIn('importing demo orders', 'fr')).toBe('Import de la démo\u00A0: orders');
  });

  it('leaves a phase as it is in English, or when it has no French', () => {
    expect(phaseIn('importing demo orders', 'en')).toBe('importing demo orders');
    expect(phaseIn('Analyse des textes 3/10', 'fr')).toBe('Analyse des textes 3/10');
  });
});
