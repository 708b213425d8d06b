import { UsageError } from '../errors/errors.js';

/** How many requests a site key may send: `rate` per second on average, `burst` at once. */
export interface RateLimit {
  rate: number;
  burst: number;
}

/** The default per site key: 200 requests a second, bursts of 400 (a site with ~17 million page views a day). */
export const DEFAULT_COLLECT_LIMIT: RateLimit = { rate: 200, burst: 400 };

/** The default per client address for survey answers: 5 a second, bursts of 20 (people answering, a few behind one office's address). */
export const DEFAULT_ANSWER_LIMIT: RateLimit = { rate: 5, burst: 20 };

/**
 * A rate limit from the environment (docs/api.md): `<prefix>_RATE` requests per second and
 * `<prefix>_BURST` at once, each a positive number, `fallback`'s otherwise (the burst
 * following the rate at twice it when only the rate is set). `BAROMETRE_COLLECT` for
 * POST /api/collect per site key, `BAROMETRE_ANSWER` for survey answers per client address.
 *
 * @throws UsageError for a value that is not a positive number.
 */
export function rateLimitFromEnv(prefix: 'BAROMETRE_COLLECT' | 'BAROMETRE_ANSWER', fallback: RateLimit, env: NodeJS.ProcessEnv = process.env): RateLimit {
  const read = (name: string, otherwise: number): number => {
    const text = env[name];
    if (text === undefined || text === '') return otherwise;
    const value = Number(text);
    if (!/^\d+(\.\d+)?$/.test(text) || !(value > 0)) {
      throw new UsageError({ en: `${name}=${text} is not a positive number.`, fr: `${name}=${text} n’est pas un nombre positif.` });
    }
    return value;
  };
  const rate = read(`${prefix}_RATE`, fallback.rate);
  return { rate, burst: read(`${prefix}_BURST`, env[`${prefix}_RATE`] ? 2 * rate : fallback.burst) };
}

/** The limit of POST /api/collect per site key from the environment (see {@link rateLimitFromEnv}). */
export function collectLimitFromEnv(env: NodeJS.ProcessEnv = process.env): RateLimit {
  return rateLimitFromEnv('BAROMETRE_COLLECT', DEFAULT_COLLECT_LIMIT, env);
}

/** The number of buckets past which full ones are first forgotten. */
const PRUNE_AT = 10_000;

/**
 * Token buckets in memory, one per name (a site key's id, a client address): each holds up to
 * `burst` tokens, refilled at `rate` a second; a request takes one. Buckets full again are
 * forgotten every so often, so that a stream of new addresses does not grow the map forever.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private pruneAt = PRUNE_AT;

  constructor(
    private readonly limit: () => RateLimit,
    private readonly clock: () => number = performance.now.bind(performance),
  ) {}

  /** Takes a token from `name`'s bucket: 0 when there was one, else the seconds until there is (the request is then refused). */
  take(name: string): number {
    const { rate, burst } = this.limit();
    const now = this.clock();
    if (this.buckets.size >= this.pruneAt) {
      this.forgetFull(now, rate, burst);
      // Pruning again only once the map has doubled keeps the cost per request constant on average.
      this.pruneAt = Math.max(PRUNE_AT, 2 * this.buckets.size);
    }
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

  /** Forgets the buckets refilled to `burst` by `now`: a new bucket starts full, so nothing changes for them. */
  private forgetFull(now: number, rate: number, burst: number): void {
    for (const [name, bucket] of this.buckets) {
      if (bucket.tokens + ((now - bucket.at) / 1000) * rate >= burst) this.buckets.delete(name);
    }
  }
}
