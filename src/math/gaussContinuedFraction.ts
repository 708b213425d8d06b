/** Largest number of partial fractions; at z = 1 − 1e-8 convergence takes about 30,000. */
const MAX_STEPS = 1_000_000;

/** Relative change of the value (and of each logarithmic derivative) at which the fraction has converged. */
const TOLERANCE = 2 * Number.EPSILON;

/** 2F1(1, b; c; z) and its partial derivatives in b, c and z. */
export interface UnitHyp2f1 {
  value: number;
  /** ∂/∂b of 2F1(1, b; c; z). */
  dB: number;
  /** ∂/∂c. */
  dC: number;
  /** ∂/∂z. */
  dZ: number;
}

/**
 * 2F1(1, b; c; z) = Σₙ (b)ₙ / (c)ₙ zⁿ and its derivatives in b, c and z, from Gauss's
 * continued fraction, for c > b > 0 and 0 ≤ z < 1 — the function of the Pareto/NBD
 * likelihood once Euler's transformation has turned its 2F1(r + s + x, s + 1; r + s + x + 1; z)
 * into (1 − z)^(−s) 2F1(1, r + x; r + s + x + 1; z) (see `paretoNbd.ts`).
 *
 *     2F1(1, b; c; z) = 1 / (1 − k₁z / (1 − k₂z / (1 − k₃z / …)))
 *     k₂ₙ₊₁ = (c − 1 + n)(b + n) / ((c − 1 + 2n)(c + 2n))   (k₁ = b / c)
 *     k₂ₙ   = n (c − b − 1 + n) / ((c + 2n − 2)(c + 2n − 1))
 *
 * This is Gauss's fraction for 2F1(a + 1, b; c + 1; z) / 2F1(a, b; c; z) at a = 0, with c
 * shifted by one. Every kⱼ is positive when c > b > 0, every tail of the fraction is a ratio
 * of positive 2F1 values, and the fraction converges for every z < 1 — much faster than the
 * series near z = 1 (about 1/√(1 − z) steps instead of 1/(1 − z) terms). It is evaluated
 * forward with the modified Lentz method, the derivatives carried along each step (forward
 * differentiation of the recurrences), so the Pareto/NBD fit has an exact gradient.
 *
 * Sources: C. F. Gauss, "Disquisitiones generales circa seriem infinitam", 1813; the fraction
 * as printed in H. S. Wall, Analytic Theory of Continued Fractions, 1948, ch. XVIII (89.9), and
 * DLMF 15.7.5, https://dlmf.nist.gov/15.7; Lentz's method: W. J. Lentz, Applied Optics 15(3),
 * 1976, as modified by I. J. Thompson and A. R. Barnett, J. Comput. Phys. 64, 1986.
 *
 * @param b - a positive finite number
 * @param c - a finite number greater than b
 * @param z - a number in [0, 1)
 * @returns the value and its partial derivatives
 * @throws {RangeError} when the parameters are outside that domain or the fraction does not
 *   converge in 1,000,000 steps
 *
 * @example
 * gaussContinuedFraction(1, 2, 0.5).value // 1.38629436111989 (2F1(1, 1; 2; ½) = 2 ln 2)
 */
export function gaussContinuedFraction(b: number, c: number, z: number): UnitHyp2f1 {
  if (!(Number.isFinite(b) && b > 0 && Number.isFinite(c) && c > b)) {
    throw new RangeError(`gaussContinuedFraction needs c > b > 0, got b = ${String(b)}, c = ${String(c)}.`);
  }
  if (!(z >= 0 && z < 1)) {
    throw new RangeError(`gaussContinuedFraction needs z in [0, 1), got ${String(z)}.`);
  }
  // The denominator T = 1 − k₁z/(1 − k₂z/…), built as f = Π CⱼDⱼ (Lentz) with its
  // derivatives in b, c, z; the result is 1/T.
  let f = 1;
  let fB = 0;
  let fC = 0;
  let fZ = 0;
  let C = 1;
  let cB = 0;
  let cC = 0;
  let cZ = 0;
  let D = 0;
  let dB = 0;
  let dC = 0;
  let dZ = 0;
  for (let j = 1; j <= MAX_STEPS; j += 1) {
    // kⱼ and its derivatives in b and c.
    let k: number;
    let kB: number;
    let kC: number;
    if (j === 1) {
      k = b / c;
      kB = 1 / c;
      kC = -k / c;
    } else if (j % 2 === 1) {
      const n = (j - 1) / 2;
      const u1 = c - 1 + n;
      const u2 = b + n;
      const v = c - 1 + 2 * n;
      const w = c + 2 * n;
      k = (u1 * u2) / (v * w);
      kB = u1 / (v * w);
      kC = u2 / (v * w) - k / v - k / w;
    } else {
      const n = j / 2;
      const u = c - b - 1 + n;
      const v = c + 2 * n - 2;
      const w = c + 2 * n - 1;
      k = (n * u) / (v * w);
      kB = -n / (v * w);
      kC = n / (v * w) - k / v - k / w;
    }
    // Partial numerator aⱼ = −kⱼ z, partial denominator 1.
    const a = -k * z;
    const aB = -kB * z;
    const aC = -kC * z;
    const aZ = -k;
    // D ← 1 / (1 + a D)
    const dDenominator = 1 + a * D;
    const newD = 1 / dDenominator;
    const squared = newD * newD;
    const newDB = -squared * (aB * D + a * dB);
    const newDC = -squared * (aC * D + a * dC);
    const newDZ = -squared * (aZ * D + a * dZ);
    // C ← 1 + a / C
    const newC = 1 + a / C;
    const inverseC2 = 1 / (C * C);
    const newCB = aB / C - a * cB * inverseC2;
    const newCC = aC / C - a * cC * inverseC2;
    const newCZ = aZ / C - a * cZ * inverseC2;
    D = newD;
    dB = newDB;
    dC = newDC;
    dZ = newDZ;
    C = newC;
    cB = newCB;
    cC = newCC;
    cZ = newCZ;
    // f ← f · Δ with Δ = C D; the logarithmic derivatives add.
    const delta = C * D;
    const logDeltaB = cB / C + dB / D;
    const logDeltaC = cC / C + dC / D;
    const logDeltaZ = cZ / C + dZ / D;
    f *= delta;
    fB += logDeltaB;
    fC += logDeltaC;
    fZ += logDeltaZ;
    if (
      Math.abs(delta - 1) <= TOLERANCE &&
      Math.abs(logDeltaB) <= TOLERANCE * (1 + Math.abs(fB)) &&
      Math.abs(logDeltaC) <= TOLERANCE * (1 + Math.abs(fC)) &&
      Math.abs(logDeltaZ) <= TOLERANCE * (1 + Math.abs(fZ))
    ) {
      // fB, fC, fZ hold ∂ ln T; the value is 1/T, so ∂ value = −value · ∂ ln T.
      const value = 1 / f;
      return { value, dB: -value * fB, dC: -value * fC, dZ: -value * fZ };
    }
  }
  throw new RangeError(`gaussContinuedFraction did not converge in ${MAX_STEPS} steps at b = ${String(b)}, c = ${String(c)}, z = ${String(z)}.`);
}
