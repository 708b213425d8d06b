import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEGMENTS, segmentOf } from './segmentOf.js';

describe('segmentOf', () => {
  it.each([
    [{ r: 5, f: 5, pAlive: 0.95 }, 'champions'],
    [{ r: 4, f: 4, pAlive: 0.8 }, 'champions'],
    [{ r: 3, f: 5, pAlive: 0.8 }, 'loyal'],
    [{ r: 5, f: 3, pAlive: 0.8 }, 'loyal'],
    [{ r: 2, f: 4, pAlive: 0.5 }, 'at-risk'],
    [{ r: 5, f: 1, pAlive: 1 }, 'promising'],
    [{ r: 3, f: 2, pAlive: 0.7 }, 'hibernating'],
    [{ r: 1, f: 2, pAlive: 0.7 }, 'lost'],
  ] as const)('puts %j in %s', (input, segment) => {
    expect(segmentOf(input)).toBe(segment);
  });

  it('calls lost anyone the model thinks has left, whatever their scores', () => {
    expect(segmentOf({ r: 5, f: 5, pAlive: 0.05 })).toBe('lost');
  });

  it('puts every customer in exactly one known segment', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }), fc.double({ min: 0, max: 1, noNaN: true }), (r, f, pAlive) => {
        expect(SEGMENTS).toContain(segmentOf({ r, f, pAlive }));
      }),
    );
  });
});
