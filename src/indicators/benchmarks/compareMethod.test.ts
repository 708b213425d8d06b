import { describe, expect, it } from 'vitest';
import { sectorBenchmarks } from '../../services/benchmarks/sectorBenchmarks.js';
import type { BenchmarkAudience, BenchmarkRow, MeasureContext } from './benchmark.js';
import { compareMethod, segmentPlatforms } from './compareMethod.js';

/** The row of the shipped file with this metric, segment and source start. */
function row(metric: string, segment: string, source: string): BenchmarkRow {
  const found = sectorBenchmarks().filter((candidate) => candidate.metric === metric && candidate.segment === segment && candidate.source.startsWith(source));
  expect(found, `${metric} ${segment} ${source}`).toHaveLength(1);
  return found[0]!;
}

const US_RELATIONSHIP: BenchmarkAudience = { sector: 'Retail', country: 'US', npsSurvey: 'relationship' };
const A_MONTH: MeasureContext = { periodDays: 30, platforms: ['instagram'], churnDefinition: null };

/** The dimensions that differ, and of which kind. */
function differences(benchmark: BenchmarkRow, audience = US_RELATIONSHIP, context = A_MONTH): string[] {
  return compareMethod(benchmark, audience, context)!.differences.map((difference) => `${difference.kind}:${difference.dimension}`);
}

describe('compareMethod on the shipped figures', () => {
  const qualtricsRetail = row('nps', 'Retail', 'Qualtrics XM Institute, Economics of NPS 2024');

  it('matches a relationship NPS on 0-10 of the same country, and compares its value', () => {
    expect(compareMethod(qualtricsRetail, US_RELATIONSHIP, A_MONTH)).toEqual({ indicator: 'nps', field: 'value', differences: [] });
    expect(differences(row('nps', 'Auto dealers', 'Temkin Group'))).toEqual([]);
  });

  it('keeps out a relationship NPS beside a transactional one, and warns when the survey kind or the country is not given', () => {
    expect(differences(qualtricsRetail, { ...US_RELATIONSHIP, npsSurvey: 'transactional' })).toEqual(['method:survey']);
    expect(differences(qualtricsRetail, { sector: 'Retail', country: null, npsSurvey: null })).toEqual(['population:survey', 'population:country']);
    const french = compareMethod(qualtricsRetail, { ...US_RELATIONSHIP, country: 'FR' }, A_MONTH)!.differences;
    expect(french).toEqual([
      { dimension: 'country', kind: 'population', en: 'the figure was measured in US, not in FR', fr: 'le chiffre a été mesuré en US, pas en FR' },
    ]);
  });

  it('takes a global figure for every country, and ISO GB for the file’s UK', () => {
    expect(differences(row('nps', 'All industries (average firm)', 'Bain'), { ...US_RELATIONSHIP, country: 'FR' })).toEqual([]);
    expect(differences(row('enps', 'All industries', 'Hive HR'), { ...US_RELATIONSHIP, country: 'GB' })).toEqual([]);
    expect(differences(row('enps', 'All industries', 'Hive HR'), { ...US_RELATIONSHIP, country: 'FR' })).toEqual(['population:country']);
  });

  it('shows no ACSI figure at all: it is an index, not a CSAT', () => {
    expect(compareMethod(row('acsi', 'Online retail', 'American Customer'), US_RELATIONSHIP, A_MONTH)).toBeNull();
  });

  it('compares social engagement by followers on the posts’ only platform, Rival IQ’s medians with the median', () => {
    const rivalInstagram = row('socialEngagementRate', 'All industries - Instagram', 'Rival IQ');
    expect(compareMethod(rivalInstagram, US_RELATIONSHIP, A_MONTH)).toEqual({ indicator: 'socialEngagementRate', field: 'median', differences: [] });
    expect(compareMethod(row('socialEngagementRate', 'All industries - Instagram', 'Socialinsider'), US_RELATIONSHIP, A_MONTH)!.field).toBe('value');
    expect(differences(rivalInstagram, US_RELATIONSHIP, { ...A_MONTH, platforms: ['instagram', 'tiktok'] })).toEqual(['method:platform']);
    expect(differences(row('socialEngagementRate', 'All industries - Twitter/X', 'Rival IQ'), US_RELATIONSHIP, { ...A_MONTH, platforms: ['x'] })).toEqual([]);
    expect(differences(row('socialEngagementRate', 'All industries - Instagram', 'Buffer'))).toEqual(['method:denominator']);
  });

  it('compares a monthly churn over a month of contract churn only, and needs the denominator stated', () => {
    const recurly = row('churnRate', 'Subscription businesses B2C', 'Recurly');
    expect(differences(recurly)).toEqual([]);
    expect(differences(recurly, US_RELATIONSHIP, { ...A_MONTH, periodDays: 90 })).toEqual(['method:period']);
    expect(differences(recurly, US_RELATIONSHIP, { ...A_MONTH, churnDefinition: 'inactivity' })).toEqual(['method:population']);
    expect(differences(recurly, US_RELATIONSHIP, { ...A_MONTH, churnDefinition: 'model' })).toEqual(['method:population']);
    const att = compareMethod(row('churnRate', 'Telecom (AT&T)', 'AT&T'), US_RELATIONSHIP, A_MONTH)!.differences;
    expect(att.map((difference) => difference.en)).toEqual(['the method does not state its denominator']);
    expect(att[0]!.fr).toBe('la méthode ne précise pas son dénominateur');
  });

  it('keeps out the cart abandonment average of mixed studies and the unverified stickiness thresholds, and takes the bounce rate', () => {
    expect(differences(row('cartAbandonmentRate', 'E-commerce', 'Baymard'))).toEqual(['method:unit']);
    expect(differences(row('stickiness', 'SaaS', 'June.so'))).toEqual(['method:verification']);
    expect(compareMethod(row('sessions.bounceRate', 'All industries', 'Contentsquare'), US_RELATIONSHIP, A_MONTH)).toEqual({
      indicator: 'sessions',
      field: 'bounceRate',
      differences: [],
    });
  });

  it('takes no clause it does not know for a match', () => {
    const onTen = { ...qualtricsRetail, method: 'relationship NPS, 0-10 scale, weighted by revenue' };
    expect(compareMethod(onTen, US_RELATIONSHIP, A_MONTH)!.differences.map((difference) => difference.en)).toEqual([
      'the method "weighted by revenue" is not Baromètre\'s',
    ]);
    expect(differences({ ...qualtricsRetail, method: 'relationship NPS' })).toEqual(['method:scale']);
    expect(differences({ ...qualtricsRetail, method: 'relationship NPS, 1-10 scale' })).toEqual(['method:scale']);
  });

  it('reads the platforms a segment names', () => {
    expect(segmentPlatforms('All industries - Twitter/X')).toEqual(['twitter', 'x']);
    expect(segmentPlatforms('Retail')).toEqual([]);
  });
});
