import { describe, expect, it } from 'vitest';
import { UsageError } from '../errors/errors.js';
import { collectLimitFromEnv, DEFAULT_COLLECT_LIMIT, TokenBuckets } from './tokenBuckets.js';

describe('the token buckets of the collection rate limit', () => {
  it('lets a burst through, then one request per 1/rate seconds, each name apart', () => {
    let now = 0;
    const buckets = new TokenBuckets(
      () => ({ rate: 10, burst: 3 }),
      () => now,
    );
    expect([1, 2, 3, 4].map(() => buckets.take('a'))).toEqual([0, 0, 0, expect.closeTo(0.1, 9)]);
    expect(buckets.take('b')).toBe(0);
    now += 100;
    expect(buckets.take('a')).toBe(0);
    expect(buckets.take('a')).toBeCloseTo(0.1, 9);
    now += 10_000;
    expect([1, 2, 3, 4].map(() => buckets.take('a') === 0)).toEqual([true, true, true, false]);
  });

  it('reads its limit from the environment, refusing what is not a positive number', () => {
    expect(collectLimitFromEnv({})).toEqual(DEFAULT_COLLECT_LIMIT);
    expect(collectLimitFromEnv({ BAROMETRE_COLLECT_RATE: '50' })).toEqual({ rate: 50, burst: 100 });
    expect(collectLimitFromEnv({ BAROMETRE_COLLECT_RATE: '50', BAROMETRE_COLLECT_BURST: '5' })).toEqual({ rate: 50, burst: 5 });
    for (const value of ['0', '-1', 'fast', '1e3', 'Infinity']) {
      expect(() => collectLimitFromEnv({ BAROMETRE_COLLECT_RATE: value }), value).toThrow(UsageError);
    }
    expect(() => collectLimitFromEnv({ BAROMETRE_COLLECT_BURST: 'x' })).toThrow('BAROMETRE_COLLECT_BURST=x is not a positive number.');
  });
});

describe('TokenBuckets with many names', () => {
  it('forgets buckets full again once 10,000 names are held, and keeps the others', () => {
    let now = 0;
    const buckets = new TokenBuckets(
      () => ({ rate: 1, burst: 2 }),
      () => now,
    );
    for (let index = 0; index < 10_000; index += 1) buckets.take(`address ${index}`);
    now = 5_000; // 5 s later every bucket is full again
    buckets.take('busy');
    buckets.take('busy');
    buckets.take('new');
    // 'busy' kept its state (empty), so a third request waits; the 10,000 old ones were forgotten.
    expect(buckets.take('busy')).toBeGreaterThan(0);
    expect((buckets as unknown as { buckets: Map<string, unknown> }).buckets.size).toBeLessThan(10);
  });
});
