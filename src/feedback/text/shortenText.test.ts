import { describe, expect, it } from 'vitest';
import { shortenText } from './shortenText.js';

describe('shortenText', () => {
  it('leaves a text that fits unchanged', () => {
    expect(shortenText('Livraison rapide', 16)).toBe('Livraison rapide');
  });

  it('cuts at the last word that fits and ends with an ellipsis within the limit', () => {
    expect(shortenText('Livraison rapide et soignée', 20)).toBe('Livraison rapide…');
    expect(shortenText('Livraison rapide et soignée', 20).length).toBeLessThanOrEqual(20);
  });

  it('cuts inside a long word rather than keep too little, never inside a surrogate pair', () => {
    expect(shortenText('a abcdefghijklmnop', 10)).toBe('a abcdefg…');
    expect(shortenText('abcd😀efgh', 6)).toBe('abcd…');
  });
});
