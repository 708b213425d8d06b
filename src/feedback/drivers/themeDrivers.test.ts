import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NpsCounts } from '../../indicators/stats/npsDifference.js';
import { MIN_DRIVER_ANSWERS, themeDrivers } from './themeDrivers.js';

const totals = { commenters: { promoters: 12, passives: 5, detractors: 13 }, detractorComments: 13 };

describe('themeDrivers', () => {
  it('compares those who mention a theme with the other commenters (hand-computed)', () => {
    // Mentioning: 2 promoters, 1 passive, 7 detractors → NPS (2 − 7)/10 = −50.
    // Others: 12 − 2 = 10, 5 − 1 = 4, 13 − 7 = 6 of 20 → NPS (10 − 6)/20 = +20.
    const [delivery] = themeDrivers([{ theme: 'delivery', mentioning: { promoters: 2, passives: 1, detractors: 7 }, detractorComments: 7 }], totals);
    expect(delivery!.respondents).toBe(10);
    expect(delivery!.tooFewAnswers).toBe(false);
    expect(delivery!.npsMentioning).toBeCloseTo(-50, 12);
    expect(delivery!.npsOthers).toBeCloseTo(20, 12);
    expect(delivery!.npsImpact).toBeCloseTo(-70, 12);
    // Share mentioning 10/30 × −70 = −23.33 NPS points on the overall score (overall −3.33 vs others +20).
    expect(delivery!.netEffect).toBeCloseTo(-70 / 3, 12);
    expect(delivery!.detractorShare).toBeCloseTo((100 * 7) / 13, 12);
    // Adjusted Wald by hand (J. Sauro, https://measuringu.com/nps-significance-test/): Δ′ = −0.3846 − 0.1739 = −0.5585,
    // SE = √(0.6598/13 + 0.7306/23) = 0.2873, so [−0.5585 ∓ 1.96 × 0.2873] = [−112.2, +0.4]: ten mentions cannot rule out no effect.
    expect(delivery!.npsImpactCi95![0]).toBeCloseTo(-112.15, 1);
    expect(delivery!.npsImpactCi95![1]).toBeCloseTo(0.45, 1);
  });

  it('ranks by the size of the net effect, the strongest positive driver before a weaker damaging one', () => {
    const commenters = { commenters: { promoters: 40, passives: 20, detractors: 40 }, detractorComments: 40 };
    const drivers = themeDrivers(
      [
        // 10 of 100, NPS −60 against the others' +6.7: net 0.1 × −66.7 = −6.7.
        { theme: 'price', mentioning: { promoters: 1, passives: 2, detractors: 7 }, detractorComments: 7 },
        // 30 of 100, NPS +66.7 against the others' −28.6: net 0.3 × 95.2 = +28.6.
        { theme: 'staff_and_store', mentioning: { promoters: 22, passives: 6, detractors: 2 }, detractorComments: 2 },
        // 20 of 100, NPS −70 against the others' +17.5: net 0.2 × −87.5 = −17.5.
        { theme: 'delivery', mentioning: { promoters: 2, passives: 2, detractors: 16 }, detractorComments: 16 },
        // 4 of 100: too few answers, listed last.
        { theme: 'waiting', mentioning: { promoters: 0, passives: 0, detractors: 4 }, detractorComments: 4 },
      ],
      commenters,
    );
    expect(drivers.map((driver) => driver.theme)).toEqual(['staff_and_store', 'delivery', 'price', 'waiting']);
    expect(drivers[0]!.netEffect).toBeCloseTo(0.3 * (200 / 3 - -200 / 7), 9);
    expect(drivers[1]!.netEffect).toBeCloseTo(0.2 * (-70 - 17.5), 9);
    expect(drivers[2]!.netEffect).toBeCloseTo(0.1 * (-60 - 600 / 90), 9);
  });

  it('gives no number to a theme with fewer than 10 answers on either side (the 4 comments that printed −200 [−171, +11])', () => {
    const [few] = themeDrivers([{ theme: 'waiting', mentioning: { promoters: 0, passives: 0, detractors: 4 }, detractorComments: 4 }], totals);
    expect(few).toMatchObject({ respondents: 4, tooFewAnswers: true, npsImpact: null, npsImpactCi95: null, netEffect: null, npsMentioning: -100 });
    // 25 of 30 mention it: the 5 others are too few.
    const [most] = themeDrivers([{ theme: 'price', mentioning: { promoters: 10, passives: 5, detractors: 10 }, detractorComments: 10 }], totals);
    expect(most!.tooFewAnswers).toBe(true);
    expect(MIN_DRIVER_ANSWERS).toBe(10);
  });

  it('gives no number when the interval reaches an end of the scale', () => {
    // 10 detractors mentioning against 1,000 promoters: Δ′ = −0.827 − 0.999 = −1.826, SE = √(0.2929/13 + 0.0030/1003) = 0.150,
    // so the lower bound −1.826 − 1.96 × 0.150 = −2.12 lies past −2 (−200 points).
    const [edge] = themeDrivers([{ theme: 'delivery', mentioning: { promoters: 0, passives: 0, detractors: 10 }, detractorComments: 10 }], {
      commenters: { promoters: 1000, passives: 0, detractors: 10 },
      detractorComments: 10,
    });
    expect(edge!.tooFewAnswers).toBe(true);
    expect(edge!.npsImpact).toBeNull();
  });

  it('keeps the observed gap inside its interval when the adjustment pulls the interval past it', () => {
    // 10 detractors against 10 promoters: observed −200; adjusted Wald p′ = 0.75/13, d′ = 10.75/13, V′ = 0.2929 per side,
    // Δ′ = −1.5385, SE = √(2 × 0.2929/13) = 0.2123 → [−195.5, −112.2], widened to hold −200.
    const [driver] = themeDrivers([{ theme: 'delivery', mentioning: { promoters: 0, passives: 0, detractors: 10 }, detractorComments: 10 }], {
      commenters: { promoters: 10, passives: 0, detractors: 10 },
      detractorComments: 10,
    });
    expect(driver!.npsImpact).toBe(-200);
    expect(driver!.npsImpactCi95![0]).toBe(-200);
    expect(driver!.npsImpactCi95![1]).toBeCloseTo(-112.24, 1);
    expect(driver!.netEffect).toBeCloseTo(-100, 9);
  });

  it('leaves the impact null when every commenter mentions the theme, or none does', () => {
    const everyone = themeDrivers([{ theme: 'price', mentioning: totals.commenters, detractorComments: 13 }], totals)[0]!;
    expect(everyone.npsImpact).toBeNull();
    expect(everyone.npsOthers).toBeNull();
    expect(everyone.netEffect).toBeNull();
    const nobody = themeDrivers([{ theme: 'price', mentioning: { promoters: 0, passives: 0, detractors: 0 }, detractorComments: 0 }], totals)[0]!;
    expect(nobody.npsMentioning).toBeNull();
    expect(nobody.npsImpact).toBeNull();
    expect(nobody.detractorShare).toBe(0);
  });

  it('has no detractor share without detractors', () => {
    const [driver] = themeDrivers([{ theme: 'price', mentioning: { promoters: 1, passives: 0, detractors: 0 }, detractorComments: 0 }], {
      commenters: { promoters: 3, passives: 1, detractors: 0 },
      detractorComments: 0,
    });
    expect(driver!.detractorShare).toBeNull();
  });

  it('refuses a theme with more answers than all commenters', () => {
    expect(() => themeDrivers([{ theme: 'price', mentioning: { promoters: 20, passives: 0, detractors: 0 }, detractorComments: 0 }], totals)).toThrow(
      /more answers/,
    );
  });

  it('always holds its estimate inside its interval, within the scale, with enough answers each side, sorted by size (property)', () => {
    const counts = fc.record({ promoters: fc.nat(400), passives: fc.nat(400), detractors: fc.nat(400) });
    const part = (whole: NpsCounts) =>
      fc.record({ promoters: fc.nat(whole.promoters), passives: fc.nat(whole.passives), detractors: fc.nat(whole.detractors) });
    const scenario = counts.chain((commenters) => fc.tuple(fc.constant(commenters), fc.array(part(commenters), { minLength: 1, maxLength: 6 })));
    fc.assert(
      fc.property(scenario, ([commenters, mentions]) => {
        const drivers = themeDrivers(
          mentions.map((mentioning, index) => ({ theme: `t${index}`, mentioning, detractorComments: mentioning.detractors })),
          { commenters, detractorComments: commenters.detractors },
        );
        const total = commenters.promoters + commenters.passives + commenters.detractors;
        let previous = Number.POSITIVE_INFINITY;
        for (const driver of drivers) {
          if (driver.npsImpact === null) {
            expect(driver.tooFewAnswers || driver.respondents === 0 || driver.respondents === total).toBe(true);
            expect(driver.netEffect).toBeNull();
            previous = -1;
            continue;
          }
          const [low, high] = driver.npsImpactCi95!;
          expect(low).toBeLessThanOrEqual(driver.npsImpact);
          expect(driver.npsImpact).toBeLessThanOrEqual(high);
          expect(low).toBeGreaterThanOrEqual(-200);
          expect(high).toBeLessThanOrEqual(200);
          expect(driver.respondents).toBeGreaterThanOrEqual(MIN_DRIVER_ANSWERS);
          expect(total - driver.respondents).toBeGreaterThanOrEqual(MIN_DRIVER_ANSWERS);
          expect(Math.abs(driver.netEffect!)).toBeLessThanOrEqual(previous);
          previous = Math.abs(driver.netEffect!);
        }
      }),
      { numRuns: 500 },
    );
  });
});
