import { UsageError } from '../errors/errors.js';

/** How many requests a site key may send: `rate` per second on average, `burst` at once. */
export interface RateLimit {
  rate: number;
  burst: number;
}

/** The default per site key: 200 requests a second, bursts of 400 (a site with ~17 million page views a day). */
export const DEFAULT_COLLECT_LIMIT: RateLimit = { rate: 200, burst: 400 };

/**
 * The limit of POST /api/collect per site key from the environment (docs/api.md):
 * `BAROMETRE_COLLECT_RATE` requests per second and `BAROMETRE_COLLECT_BURST` at once, each a
 * positive number, the defaults of {@link DEFAULT_COLLECT_LIMIT} otherwise (the burst following
 * the rate at twice it when only the rate is set).
 *
 * @throws UsageError for a value that is not a positive number.
 */
export function collectLimitFromEnv(env: NodeJS.ProcessEnv = process.env): RateLimit {
  const read = (name: string, fallback: number): number => {
    const text = env[name];
    if (text === undefined || text === '') return fallback;
    const value = Number(text);
    if (!/^\d+(\.\d+)?$/.test(text) || !(value > 0)) {
      throw new UsageError({ en: `${name}=${text} is not a positive number.`, fr: `${name}=${text} n’est pas un nombre positif.` });
    }
    return value;
  };
  const rate = read('BAROMETRE_COLLECT_RATE', DEFAULT_COLLECT_LIMIT.rate);
  return { rate, burst: read('BAROMETRE_COLLECT_BURST', env.BAROMETRE_COLLECT_RATE ? 2 * rate : DEFAULT_COLLECT_LIMIT.burst) };
}

/**
 * Token buckets in memory, one per name (a site key's id): each holds up to `burst` tokens,
 * refilled at `rate` a second; a request takes one.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly limit: () => RateLimit,
    private readonly clock: () => number = performance.now.bind(performance),
  ) {}

  /** Takes a token from `name`'s bucket: 0 when there was one, else the seconds until there is (the request is then refused). */
  take(name: string): number {
    const { rate, burst } = this.limit();
    const now = this.clock();
    const bucket = this.buckets.get(name) ?? { tokens: burst, at: now };
    bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * rate);
    bucket.at = now;
    this.buckets.set(name, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return (1 - bucket.tokens) / rate;
  }
}
