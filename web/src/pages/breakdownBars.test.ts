import { expect, it } from 'vitest';
import { breakdownBars } from './breakdownBars.js';

it('draws the top values by share with interval and count, a missing value as "(no value)", and the rest as one bar', () => {
  const bars = breakdownBars(
    {
      total: 200,
      distinct: 5,
      top: [
        { key: null, count: 120, share: 60, ci95: [53.1, 66.5] },
        { key: 'newsletter', count: 50, share: 25, ci95: [19.5, 31.4] },
      ],
      other: { count: 30, distinct: 3, share: 15, ci95: [10.7, 20.6] },
    },
    'en',
  );
  expect(bars).toEqual([
    { label: '(no value)', value: 60, text: '60% [53.1% – 66.5%] · 120' },
    { label: 'newsletter', value: 25, text: '25% [19.5% – 31.4%] · 50' },
    { label: 'Other (3 values)', value: 15, text: '15% [10.7% – 20.6%] · 30' },
  ]);
});

it('leaves out an empty rest', () => {
  const bars = breakdownBars(
    { total: 4, distinct: 1, top: [{ key: 'mobile', count: 4, share: 100, ci95: [51, 100] }], other: { count: 0, distinct: 0, share: 0, ci95: [0, 49] } },
    'fr',
  );
  expect(bars.map((bar) => bar.label)).toEqual(['mobile']);
});
