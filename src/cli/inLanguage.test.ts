import { describe, expect, it } from 'vitest';
import { inLanguage } from './inLanguage.js';

describe('inLanguage', () => {
  it('gives the English of a localised text as it is', () => {
    expect(inLanguage({ en: 'Period: March', fr: 'Période : mars' }, 'en')).toBe('Period: March');
  });

  it('gives the French of a localised text with French typography', () => {
    expect(inLanguage({ en: 'Period: March', fr: 'Période : mars' }, 'fr')).toBe('Période\u00A0: mars');
  });

  it('gives a plain string the same in both languages', () => {
    expect(inLanguage('barometre report', 'fr')).toBe('barometre report');
  });
});
