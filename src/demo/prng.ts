/**
 * A small seeded pseudo-random generator, so that the demo dataset is the same, byte for byte,
 * for the same seed on every machine (never `Math.random`).
 *
 * The core is sfc32 (Chris Doty-Humphrey's "Small Fast Chaotic" generator from PractRand,
 * 32-bit variant), seeded through splitmix32 so that nearby seeds give unrelated streams.
 * `fork(label)` derives an independent stream per concern (customers, orders, …): changing how
 * one file is generated then leaves the others untouched.
 *
 * @see https://pracrand.sourceforge.net/RNG_engines.txt (sfc32)
 *
 * @example
 * const rng = new Prng(2025);
 * rng.int(1, 6); // the same die roll on every run with seed 2025
 */
export class Prng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /**
   * @param seed any safe integer; its two 32-bit halves both feed the state.
   * @throws RangeError when the seed is not a safe integer.
   */
  constructor(seed: number) {
    if (!Number.isSafeInteger(seed)) throw new RangeError(`The demo seed must be a whole number, got ${String(seed)}.`);
    const low = seed >>> 0;
    const high = Math.floor(seed / 2 ** 32) >>> 0;
    let state = (low ^ Math.imul(high, 0x9e3779b9)) >>> 0;
    const next = (): number => {
      state = (state + 0x9e3779b9) >>> 0;
      return splitmix32(state);
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    // The first outputs of a fresh sfc32 state are poorly mixed; PractRand's reference discards 12.
    for (let i = 0; i < SFC32_WARM_UP; i += 1) this.nextUint32();
  }

  /**
   * A new generator whose stream depends on this one's seed state and `label` only.
   * Forking does not advance this generator.
   *
   * @example
   * new Prng(1).fork('orders').next() === new Prng(1).fork('orders').next(); // true
   */
  fork(label: string): Prng {
    let hash = (this.a ^ 0x811c9dc5) >>> 0;
    for (let i = 0; i < label.length; i += 1) hash = Math.imul(hash ^ label.charCodeAt(i), 0x01000193) >>> 0;
    return new Prng(((hash ^ this.b) >>> 0) * 2 ** 21 + ((this.c ^ this.d) >>> 11));
  }

  /** The next raw 32-bit unsigned output of sfc32. */
  nextUint32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t;
  }

  /** A uniform number in [0, 1), with 32 bits of resolution. */
  next(): number {
    return this.nextUint32() / 2 ** 32;
  }

  /** A uniform number in [min, max). */
  uniform(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** A uniform whole number from `min` to `max`, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty list, each equally likely. */
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new RangeError('Cannot pick from an empty list.');
    return item;
  }

  /**
   * One element of a list of `[item, weight]` pairs, with probability proportional to its weight.
   *
   * @example
   * rng.weighted([['web', 3], ['store', 1]]); // 'web' three times out of four
   */
  weighted<T>(choices: readonly (readonly [T, number])[]): T {
    // Indexed loops: this runs for nearly every generated row, and iterators cost here.
    let total = 0;
    for (let i = 0; i < choices.length; i += 1) total += (choices[i] as readonly [T, number])[1];
    let target = this.next() * total;
    for (let i = 0; i < choices.length; i += 1) {
      const choice = choices[i] as readonly [T, number];
      target -= choice[1];
      if (target < 0) return choice[0];
    }
    const last = choices[choices.length - 1];
    if (last === undefined) throw new RangeError('Cannot pick from an empty list of weighted choices.');
    return last[0];
  }

  /** A standard normal draw (Box–Muller; one of the pair is dropped to keep the state simple). */
  normal(mean = 0, sd = 1): number {
    const u = 1 - this.next(); // in (0, 1], so the logarithm is finite
    const v = this.next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** A log-normal draw: `exp(N(ln(median), sigma))`, so `median` is its median. */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(this.normal(0, sigma));
  }

  /** An exponential draw with the given mean (the waiting time of a Poisson process). */
  exponential(mean: number): number {
    return -mean * Math.log(1 - this.next());
  }

  /** A standard logistic draw, whose quantile function `ln(p / (1 − p))` is closed-form. */
  logistic(): number {
    const p = this.uniform(1e-9, 1 - 1e-9);
    return Math.log(p / (1 - p));
  }

  /**
   * A gamma draw with the given shape and scale, so of mean `shape × scale` (Marsaglia and Tsang,
   * "A simple method for generating gamma variables", ACM TOMS 26(3), 2000; shape < 1 through
   * the usual boost `Gamma(shape + 1) × U^(1/shape)`).
   */
  gamma(shape: number, scale: number): number {
    if (shape < 1) return this.gamma(shape + 1, scale) * this.next() ** (1 / shape);
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      const x = this.normal();
      const v = (1 + c * x) ** 3;
      if (v <= 0) continue;
      const u = this.next();
      if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v * scale;
    }
  }

  /** A Poisson count with the given mean (Knuth's product method; fine for the small means used here). */
  poisson(mean: number): number {
    if (mean > 50) return Math.max(0, Math.round(this.normal(mean, Math.sqrt(mean))));
    const limit = Math.exp(-mean);
    let count = 0;
    let product = this.next();
    while (product > limit) {
      count += 1;
      product *= this.next();
    }
    return count;
  }
}

/** sfc32's reference seeding discards this many outputs before use. */
const SFC32_WARM_UP = 12;

/** splitmix32's output function (the 32-bit cousin of Steele, Lea and Flood's SplitMix64). */
function splitmix32(x: number): number {
  let z = x;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
  return (z ^ (z >>> 16)) >>> 0;
}
