import { describe, expect, it } from 'vitest';
import { themeDrivers } from './themeDrivers.js';

const totals = { commenters: { promoters: 12, passives: 5, detractors: 13 }, detractorComments: 13 };

describe('themeDrivers', () => {
  it('compares those who mention a theme with the other commenters (hand-computed)', () => {
    // Mentioning: 2 promoters, 1 passive, 7 detractors → NPS (2 − 7)/10 = −50.
    // Others: 12 − 2 = 10, 5 − 1 = 4, 13 − 7 = 6 of 20 → NPS (10 − 6)/20 = +20.
    const [delivery] = themeDrivers([{ theme: 'delivery', mentioning: { promoters: 2, passives: 1, detractors: 7 }, detractorComments: 7 }], totals);
    expect(delivery!.respondents).toBe(10);
    expect(delivery!.npsMentioning).toBeCloseTo(-50, 12);
    expect(delivery!.npsOthers).toBeCloseTo(20, 12);
    expect(delivery!.npsImpact).toBeCloseTo(-70, 12);
    // Share mentioning 10/30 × −70 = −23.33 NPS points on the overall score (overall −3.33 vs others +20).
    expect(delivery!.netEffect).toBeCloseTo(-70 / 3, 12);
    expect(delivery!.detractorShare).toBeCloseTo((100 * 7) / 13, 12);
    // Adjusted Wald by hand: Δ′ = −0.3846 − 0.1739 = −0.5585, SE = √(0.6598/13 + 0.7306/23) = 0.2873,
    // so [−0.5585 ∓ 1.96 × 0.2873] = [−112.2, +0.4]: ten mentions cannot rule out no effect.
    expect(delivery!.npsImpactCi95![0]).toBeCloseTo(-112.15, 1);
    expect(delivery!.npsImpactCi95![1]).toBeCloseTo(0.45, 1);
  });

  it('ranks the most damaging theme first and positive drivers last', () => {
    const drivers = themeDrivers(
      [
        { theme: 'staff_and_store', mentioning: { promoters: 6, passives: 1, detractors: 0 }, detractorComments: 0 },
        { theme: 'delivery', mentioning: { promoters: 2, passives: 1, detractors: 7 }, detractorComments: 7 },
        { theme: 'price', mentioning: { promoters: 1, passives: 1, detractors: 2 }, detractorComments: 2 },
      ],
      totals,
    );
    expect(drivers.map((driver) => driver.theme)).toEqual(['delivery', 'price', 'staff_and_store']);
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
});
