import { describe, expect, it } from 'vitest';
import { isLanguage } from './language.js';

describe('isLanguage', () => {
  it('accepts fr and en', () => {
    expect(isLanguage('fr')).toBe(true);
    expect(isLanguage('en')).toBe(true);
  });

  it.each(['de', 'FR', '', 'toString', '__proto__'])('refuses %j', (name) => {
    expect(isLanguage(name)).toBe(false);
  });
});
