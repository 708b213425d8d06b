import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitClauses } from './splitClauses.js';

/** A theme detector for the tests: a piece names a theme when it holds one of these words. */
const THEME_WORDS = ['caissière', 'livraison', 'prix', 'sav', 'staff', 'delivery', 'price', 'app', 'checkout', 'vendeuse', 'remboursement'];
const namesTheme = (piece: string) =>
  THEME_WORDS.some((word) =>
    piece
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .includes(word),
  );

describe('splitClauses', () => {
  it('splits at a contrast word, in French and in English, leaving the word out', () => {
    expect(splitClauses('Caissière souriante mais retard de livraison', namesTheme)).toEqual(['Caissière souriante', 'retard de livraison']);
    expect(splitClauses('Friendly staff but the delivery was late.', namesTheme)).toEqual(['Friendly staff', 'the delivery was late.']);
    expect(splitClauses('Vendeuse adorable, cependant le remboursement a pris trois mois.', namesTheme)).toEqual([
      'Vendeuse adorable',
      'le remboursement a pris trois mois.',
    ]);
    expect(splitClauses("Le prix est bas alors qu'ailleurs la livraison est offerte", namesTheme)).toEqual([
      'Le prix est bas',
      'ailleurs la livraison est offerte',
    ]);
    expect(splitClauses('Although the staff was nice, the delivery was late', namesTheme)).toEqual(['the staff was nice', 'the delivery was late']);
    expect(splitClauses('The app is great whereas the checkout keeps failing.', namesTheme)).toEqual(['The app is great', 'the checkout keeps failing.']);
    expect(splitClauses('La livraison est rapide, pourtant le SAV est lent', namesTheme)).toEqual(['La livraison est rapide', 'le SAV est lent']);
    expect(splitClauses('The staff is nice; however, the price is high', namesTheme)).toEqual(['The staff is nice', 'the price is high']);
  });

  it('splits a list at commas, semicolons, et and and when each piece names a theme', () => {
    expect(splitClauses('Prix correct, livraison rapide.', namesTheme)).toEqual(['Prix correct', 'livraison rapide.']);
    expect(splitClauses('Great price and terrible delivery', namesTheme)).toEqual(['Great price', 'terrible delivery']);
    expect(splitClauses('Prix élevé et livraison lente ; SAV absent', namesTheme)).toEqual(['Prix élevé', 'livraison lente', 'SAV absent']);
  });

  it('keeps a piece that names no theme with the piece before it, or the one after when it comes first', () => {
    expect(splitClauses('Livraison rapide et soignée, parfait.', namesTheme)).toEqual(['Livraison rapide et soignée, parfait.']);
    expect(splitClauses('Franchement, prix correct, livraison rapide', namesTheme)).toEqual(['Franchement, prix correct', 'livraison rapide']);
    expect(splitClauses('Bien reçu, merci et bonne journée', namesTheme)).toEqual(['Bien reçu, merci et bonne journée']);
  });

  it('does not split inside words, nor at a decimal comma', () => {
    expect(splitClauses('La maison est belle, la livraison est arrivée', namesTheme)).toEqual(['La maison est belle, la livraison est arrivée']);
    expect(splitClauses('Prix de 3,5 € pour la livraison', namesTheme)).toEqual(['Prix de 3,5 € pour la livraison']);
    expect(splitClauses('Butter and bread, then the delivery', namesTheme)).toEqual(['Butter and bread, then the delivery']);
  });

  it('keeps the clause that names no theme after a contrast as its own clause', () => {
    expect(splitClauses("Staff friendly but I won't come back", namesTheme)).toEqual(['Staff friendly', "I won't come back"]);
  });

  it('returns trimmed slices of the sentence, in order, for any text (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const clauses = splitClauses(text, namesTheme);
        let from = 0;
        for (const clause of clauses) {
          expect(clause).toBe(clause.trim());
          expect(clause.length).toBeGreaterThan(0);
          const at = text.indexOf(clause, from);
          expect(at).toBeGreaterThanOrEqual(0);
          from = at + clause.length;
        }
      }),
    );
  });
});
