import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { engagementScore } from './engagementScore.js';

const best = { r: 5, f: 5, m: 5, pAlive: 1, lastNps: 10, lastCsat: null, lastCommentScore: null, siteActiveDays: 8 };

describe('engagementScore', () => {
  it('is 100 for the best customer and 0 for the worst', () => {
    expect(engagementScore(best)).toBe(100);
    expect(engagementScore({ r: 1, f: 1, m: 1, pAlive: 0, lastNps: 0, lastCsat: null, lastCommentScore: null, siteActiveDays: 0 })).toBe(0);
  });

  it('weighs the parts as documented', () => {
    // R 3 → 0.5 × 0.2, F 5 → 1 × 0.2, M 1 → 0, P(alive) 0.8 × 0.15, NPS 7 → 0.7 × 0.2, 4 active days → 0.5 × 0.15
    // = 0.1 + 0.2 + 0 + 0.12 + 0.14 + 0.075 = 0.635.
    expect(engagementScore({ r: 3, f: 5, m: 1, pAlive: 0.8, lastNps: 7, lastCsat: null, lastCommentScore: null, siteActiveDays: 4 })).toBeCloseTo(63.5, 10);
  });

  it('leaves out what it does not know instead of counting it as zero', () => {
    // Without an answer and without tracking, the four behaviour parts alone (weights 0.65): all at their best → 100.
    expect(engagementScore({ ...best, lastNps: null, siteActiveDays: null })).toBe(100);
  });

  it('uses the last CSAT when there is no NPS answer', () => {
    // CSAT 3 → 0.5: (0.2 + 0.2 + 0.1 + 0.15 + 0.5 × 0.2 + 0.15) / 1 = 0.9.
    expect(engagementScore({ ...best, lastNps: null, lastCsat: 3 })).toBeCloseTo(90, 10);
  });

  it('averages the last answer with the last comment’s sentiment', () => {
    // NPS 10 → 1 and a comment scoring −0.6 → 0.2: what they said = 0.6; 0.2 + 0.2 + 0.1 + 0.15 + 0.6 × 0.2 + 0.15 = 0.92.
    expect(engagementScore({ ...best, lastCommentScore: -0.6 })).toBeCloseTo(92, 10);
    // A comment without any answer speaks alone: 0.2 × 0.2 + 0.8 = 0.84.
    expect(engagementScore({ ...best, lastNps: null, lastCommentScore: -0.6 })).toBeCloseTo(84, 10);
  });

  it('stays within 0–100', () => {
    fc.assert(
      fc.property(
        fc.record({
          r: fc.integer({ min: 1, max: 5 }),
          f: fc.integer({ min: 1, max: 5 }),
          m: fc.integer({ min: 1, max: 5 }),
          pAlive: fc.double({ min: 0, max: 1, noNaN: true }),
          lastNps: fc.option(fc.integer({ min: 0, max: 10 })),
          lastCsat: fc.option(fc.integer({ min: 1, max: 5 })),
          lastCommentScore: fc.option(fc.double({ min: -1, max: 1, noNaN: true })),
          siteActiveDays: fc.option(fc.integer({ min: 0, max: 30 })),
        }),
        (input) => {
          const score = engagementScore(input);
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(100);
        },
      ),
    );
  });
});
