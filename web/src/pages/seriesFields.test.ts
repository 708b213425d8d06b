import { expect, it } from 'vitest';
import type { Report } from '../api/types.js';
import { fieldTrend, intervalTrend, keyedTrend } from './seriesFields.js';

const point = (from: string, indicators: Report['indicators']) => ({ from, to: from, indicators });

const REPORT: Report = {
  period: { from: '2026-01-01', to: '2026-03-31' },
  indicators: {
    shareOfVoice: { value: 30, byBrand: { Us: { mentions: 30, share: 30 }, Rival: { mentions: 70, share: 70 } } },
  },
  series: [
    point('2026-01-01', {
      sessions: { value: 10, bounceRate: 20, medianDurationSeconds: null },
      shareOfVoice: { value: 25, ci95: [10, 40], byBrand: { Us: { share: 25 }, Rival: { share: 75 } } },
    }),
    point('2026-02-01', { sessions: { value: 0, bounceRate: null } }),
    point('2026-03-01', {
      sessions: { value: 5, bounceRate: 40 },
      shareOfVoice: { value: 20, ci95: null, byBrand: { Us: { share: 20 }, Rival: { share: 60 }, Newcomer: { share: 20 } } },
    }),
  ],
};

it('reads a field of an indicator over the series, null where a period has none', () => {
  expect(fieldTrend(REPORT, 'sessions', 'bounceRate')).toEqual([20, null, 40]);
  expect(fieldTrend(REPORT, 'sessions', 'medianDurationSeconds')).toEqual([null, null, null]);
  expect(intervalTrend(REPORT, 'shareOfVoice')).toEqual([[10, 40], null, null]);
  expect(fieldTrend({ period: { from: null, to: null }, indicators: {} }, 'sessions', 'value')).toEqual([]);
});

it('draws one line per key, the whole period’s highest first, then keys only some periods list', () => {
  expect(keyedTrend(REPORT, 'shareOfVoice', 'byBrand', 'share')).toEqual([
    { name: 'Rival', values: [75, null, 60] },
    { name: 'Us', values: [25, null, 20] },
    { name: 'Newcomer', values: [null, null, 20] },
  ]);
});
