import { describe, expect, it } from 'vitest';
import { namesBrand } from './namesBrand.js';

describe('namesBrand', () => {
  it('finds the brand whatever its case and accents, as whole words', () => {
    expect(namesBrand('Super service chez CAFÉ NOVA, merci', ['Café Nova'])).toBe(true);
    expect(namesBrand("j'adore maison lumiere !", ['Maison Lumière'])).toBe(true);
    expect(namesBrand('MAISON LUMIÈRE ouvre à Lyon', ['maison lumiere'])).toBe(true);
    expect(namesBrand("Lumière's new shop", ['lumiere'])).toBe(true);
    expect(namesBrand('#Lumière', ['Lumière'])).toBe(true);
    expect(namesBrand('Le cœur du sujet', ['coeur'])).toBe(true);
  });

  it('does not find a term glued to other letters or digits', () => {
    expect(namesBrand('Les lumières de la ville', ['Lumière'])).toBe(false);
    expect(namesBrand('#MaisonLumière', ['Maison Lumière'])).toBe(false);
    expect(namesBrand('acme2 is not acme', ['acme'])).toBe(true);
    expect(namesBrand('acme2 and xacme', ['acme'])).toBe(false);
  });

  it('takes any of the terms, and ignores blank ones', () => {
    expect(namesBrand('Delivery by Colissimo was late', ['Maison Lumière', 'colissimo'])).toBe(true);
    expect(namesBrand('Nothing here', ['', '  '])).toBe(false);
    expect(namesBrand('', ['acme'])).toBe(false);
  });
});
