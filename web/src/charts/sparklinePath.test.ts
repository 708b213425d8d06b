import { expect, it } from 'vitest';
import { sparklinePath } from './sparklinePath.js';

it('scales values into the box, lowest at the bottom, and leaves a gap where a value is missing', () => {
  // 3 values over 120 px: x = 0, 60, 120; y from 27 (lowest) to 1 (highest) in a 28 px box.
  expect(sparklinePath([10, 20, 30], 120, 28)).toBe('M0.0 27.0L60.0 14.0L120.0 1.0');
  expect(sparklinePath([10, null, 30], 120, 28)).toBe('M0.0 27.0M120.0 1.0');
  expect(sparklinePath([null, null], 120, 28)).toBe('');
});
