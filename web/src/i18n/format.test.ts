import { describe, expect, it } from 'vitest';
import { formatValue } from '../indicators/formatValue.js';
import { formatCount, formatDuration, formatNumber, formatPercent } from './format.js';
import { chooseLanguage } from './language.js';

// Intl writes French numbers with a narrow no-break space (U+202F) between thousands and a no-break space (U+00A0) before %.
const NNBSP = '\u202f';

describe('numbers written by Intl for the language', () => {
  it('groups and rounds in French and English', () => {
    expect(formatNumber(12345.67, 'fr')).toBe(`12${NNBSP}345,7`);
    expect(formatNumber(12345.67, 'en')).toBe('12,345.7');
    expect(formatPercent(42.14, 'fr')).toBe('42,1\u00a0%');
    expect(formatPercent(42.14, 'en')).toBe('42.1%');
  });

  it('writes NPS as a signed whole score and durations in minutes and seconds', () => {
    expect(formatValue(36.57, 'score', 'en')).toBe('+37');
    expect(formatValue(-3.76, 'score', 'fr')).toBe('-4');
    expect(formatDuration(172, 'en')).toBe('2 min 52 s');
    expect(formatDuration(42, 'fr')).toBe('42 s');
  });

  it('agrees a count with its noun as each language does (French 0 and 1 singular)', () => {
    const visits = { en: ['visit', 'visits'], fr: ['visite', 'visites'] } as const;
    expect(formatCount(1, visits, 'en')).toBe('1 visit');
    expect(formatCount(0, visits, 'en')).toBe('0 visits');
    expect(formatCount(0, visits, 'fr')).toBe('0 visite');
    expect(formatCount(1234, visits, 'fr')).toBe(`1${NNBSP}234 visites`);
  });
});

describe('the language shown', () => {
  it('takes lang from the URL, else the stored choice, else French when the browser prefers it', () => {
    expect(chooseLanguage('en', 'fr', ['fr-FR'])).toBe('en');
    expect(chooseLanguage(undefined, 'fr', ['en-GB'])).toBe('fr');
    expect(chooseLanguage(undefined, null, ['de-DE', 'fr-CA', 'en'])).toBe('fr');
    expect(chooseLanguage(undefined, null, ['de-DE'])).toBe('en');
  });
});
