import { describe, expect, it } from 'vitest';
import { compareText } from './compareText.js';

describe('compareText', () => {
  it('orders by code unit, capitals before lower case, whatever the locale', () => {
    expect(['b', 'B', 'a', 'é', 'e'].sort(compareText)).toEqual(['B', 'a', 'b', 'e', 'é']);
  });

  it('gives 0 for equal texts', () => {
    expect(compareText('Maison', 'Maison')).toBe(0);
  });
});
