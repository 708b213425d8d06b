import { describe, expect, it } from 'vitest';
import { welchTest } from './welchTest.js';

/** n, mean and sample variance of a list of values. */
function sample(values: readonly number[]) {
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  return { n: values.length, mean, variance: values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1) };
}

describe('welchTest', () => {
  // Student's sleep data (Cushny and Peebles, via "Student", Biometrika 6:1–25, 1908): extra
  // hours of sleep under two drugs. R's t.test(extra ~ group, data = sleep) prints the Welch
  // test: t = −1.8608, df = 17.776, p-value = 0.07939, 95% CI −3.3654832 to 0.2054832.
  const first = sample([0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0]);
  const second = sample([1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4]);

  it('reproduces the Welch test of Student’s sleep data', () => {
    const result = welchTest(first, second)!;
    expect(result.value).toBeCloseTo(-1.58, 12);
    expect(result.t).toBeCloseTo(-1.8608, 4);
    expect(result.degreesOfFreedom).toBeCloseTo(17.776, 3);
    expect(result.pValue).toBeCloseTo(0.07939, 5);
    expect(result.ci95[0]).toBeCloseTo(-3.3654832, 6);
    expect(result.ci95[1]).toBeCloseTo(0.2054832, 6);
  });

  it('is antisymmetric and gives p = 1 for equal means', () => {
    const backward = welchTest(second, first)!;
    expect(backward.ci95[0]).toBeCloseTo(-0.2054832, 6);
    expect(backward.pValue).toBeCloseTo(0.07939, 5);
    expect(welchTest({ n: 5, mean: 3, variance: 1 }, { n: 8, mean: 3, variance: 2 })!.pValue).toBe(1);
  });

  it('has no test for a group of one value, or when neither group varies', () => {
    expect(welchTest({ n: 1, mean: 3, variance: 0 }, second)).toBeNull();
    expect(welchTest({ n: 4, mean: 3, variance: 0 }, { n: 4, mean: 5, variance: 0 })).toBeNull();
  });

  it('refuses a negative variance or a mean that is not finite', () => {
    expect(() => welchTest({ n: 4, mean: 3, variance: -1 }, second)).toThrow(RangeError);
    expect(() => welchTest({ n: 4, mean: Number.NaN, variance: 1 }, second)).toThrow(RangeError);
  });
});
