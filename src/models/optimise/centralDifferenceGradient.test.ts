import { describe, expect, it } from 'vitest';
import { centralDifferenceGradient } from './centralDifferenceGradient.js';

describe('centralDifferenceGradient', () => {
  it('approximates the gradient of a smooth function to about ten digits', () => {
    const f = (x: Float64Array): number => Math.exp(x[0]!) * Math.sin(x[1]!) + x[0]! * x[1]! ** 3;
    const [dx, dy] = centralDifferenceGradient(f, [0.3, 1.7]);
    expect(dx).toBeCloseTo(Math.exp(0.3) * Math.sin(1.7) + 1.7 ** 3, 8);
    expect(dy).toBeCloseTo(Math.exp(0.3) * Math.cos(1.7) + 3 * 0.3 * 1.7 ** 2, 8);
  });

  it('scales the step with the size of the coordinate', () => {
    const [d] = centralDifferenceGradient((x) => Math.log(x[0]!), [1e6]);
    expect(d! * 1e6).toBeCloseTo(1, 8);
  });

  it('leaves the point unchanged', () => {
    const point = [1, 2, 3];
    centralDifferenceGradient((x) => x[0]! + x[1]! + x[2]!, point);
    expect(point).toEqual([1, 2, 3]);
  });
});
