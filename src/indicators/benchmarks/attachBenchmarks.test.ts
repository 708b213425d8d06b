import { describe, expect, it } from 'vitest';
import { sectorBenchmarks } from '../../services/benchmarks/sectorBenchmarks.js';
import { computeIndicators } from '../report.js';
import { attachBenchmarks } from './attachBenchmarks.js';

/** NPS 20 from 100 answers, 30 posts on Instagram, sessions with a 25% bounce rate and a month of churn. */
const indicators = computeIndicators({
  nps: [5, 5, 5, 5, 5, 5, 0, 20, 20, 15, 15],
  churnRate: { atStart: 200, lost: 10, definition: { definition: 'contract' } },
  socialEngagementRate: { posts: 30, sumRate: 15, medianRate: 0.4, byPlatform: { instagram: { posts: 30, sumRate: 15, medianRate: 0.4 } } },
  sessions: { count: 4, totalDurationSeconds: 600, medianDurationSeconds: 90, pageviews: 10, bounces: 1 },
  csat: [0, 0, 0, 1, 1],
});

describe('attachBenchmarks', () => {
  it('gives each indicator the best figure of its sector or all industries, measured as Baromètre measures it', () => {
    const result = attachBenchmarks(indicators, sectorBenchmarks(), { sector: 'retail', country: 'US', npsSurvey: 'relationship' }, 30) as Record<
      string,
      Record<string, unknown>
    >;
    // The 2022 XM Institute figure was read in the source; the 2024 one in a report of it.
    expect(result.nps!.benchmark).toEqual({
      value: 28.4,
      unit: 'nps_points',
      source: 'Qualtrics XM Institute, XMI Ratings - NPS 2022',
      year: 2022,
      segment: 'Retail',
      country: 'US',
      method: 'relationship NPS, 0-10 scale, consumer panel, industry average of company scores',
      verification: 'primary',
      field: 'value',
      match: 'exact',
      differences: [],
    });
    // Two figures of the posts' one platform, both reported at second hand: the newer.
    expect(result.socialEngagementRate!.benchmark).toMatchObject({ value: 0.48, field: 'value', year: 2026, segment: 'All industries - Instagram' });
    expect(result.sessions!.benchmark).toMatchObject({ value: 49, field: 'bounceRate', match: 'exact' });
    // Churn: the figures are of subscription businesses, not retail; CSAT has no figure measured its way.
    expect(result.churnRate!.benchmark).toBeUndefined();
    expect(result.csat!.benchmark).toBeUndefined();
    expect(Object.keys(result)).toEqual(Object.keys(indicators));
    expect((indicators.nps as unknown as Record<string, unknown>).benchmark).toBeUndefined();
  });

  it('shows a figure of another country with the difference, and prefers an exact global one', () => {
    const french = attachBenchmarks(indicators, sectorBenchmarks(), { sector: 'Retail', country: 'FR', npsSurvey: 'relationship' }, 30) as Record<
      string,
      Record<string, unknown>
    >;
    expect(french.nps!.benchmark).toMatchObject({ source: expect.stringContaining('Bain'), match: 'exact' });
    const auto = attachBenchmarks(indicators, sectorBenchmarks(), { sector: 'Auto dealers', country: 'US', npsSurvey: null }, 30) as Record<
      string,
      Record<string, unknown>
    >;
    expect(auto.nps!.benchmark).toMatchObject({ value: 43, segment: 'Auto dealers', match: 'differs' });
    expect((auto.nps!.benchmark as { differences: { dimension: string }[] }).differences.map((difference) => difference.dimension)).toEqual(['survey']);
  });

  it('gives churn its monthly figure over a month only, and nothing beside an indicator without a value', () => {
    const audience = { sector: 'Subscription businesses B2C', country: null, npsSurvey: null };
    const month = attachBenchmarks(indicators, sectorBenchmarks(), audience, 31) as Record<string, Record<string, unknown>>;
    expect(month.churnRate!.benchmark).toMatchObject({ value: 6.77, match: 'exact' });
    const quarter = attachBenchmarks(indicators, sectorBenchmarks(), audience, 92) as Record<string, Record<string, unknown>>;
    expect(quarter.churnRate!.benchmark).toBeUndefined();
    const empty = attachBenchmarks(
      computeIndicators({ churnRate: { atStart: 0, lost: 0, definition: { definition: 'contract' } } }),
      sectorBenchmarks(),
      audience,
      30,
    );
    expect((empty.churnRate as unknown as Record<string, unknown>).benchmark).toBeUndefined();
  });
});
