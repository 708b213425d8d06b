import { expect, it } from 'vitest';
import { BAND_NAMES, BANDS_OF, npsBand } from './answerBands.js';

it('bands an NPS answer as Reichheld (2003) does: 0–6 detractor, 7–8 passive, 9–10 promoter', () => {
  expect([0, 6, 7, 8, 9, 10].map(npsBand)).toEqual(['detractor', 'detractor', 'passive', 'passive', 'promoter', 'promoter']);
});

it('names every band each score has', () => {
  for (const bands of Object.values(BANDS_OF)) for (const band of bands) expect(BAND_NAMES[band].fr).not.toBe('');
});
