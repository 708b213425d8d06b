import { describe, expect, it } from 'vitest';
import { nearestName } from './nearestName.js';

describe('nearestName', () => {
  it('suggests the command a typo was meant to be', () => {
    expect(nearestName('reprot', ['import', 'report', 'demo'])).toBe('report');
    expect(nearestName('improt', ['import', 'report', 'demo'])).toBe('import');
  });

  it('suggests nothing for a word far from every name', () => {
    expect(nearestName('bake', ['import', 'report', 'serve'])).toBeNull();
  });
});
