import { describe, expect, it } from 'vitest';
import { foldAccents } from './foldAccents.js';

describe('foldAccents', () => {
  it('drops accents and spells ligatures out', () => {
    expect(foldAccents('cœur abîmé, Ærø, Straße, Łódź, Đà, ı')).toBe('coeur abime, Æro, Strasse, Łodz, Đa, i');
  });

  it('leaves plain ASCII, case and other scripts alone', () => {
    expect(foldAccents('Livraison OK 123')).toBe('Livraison OK 123');
    expect(foldAccents('東京 😀')).toBe('東京 😀');
  });
});
