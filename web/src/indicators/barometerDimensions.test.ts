import { expect, it } from 'vitest';
import { dimensionName } from './barometerDimensions.js';

it('names the bank dimensions in both languages and a survey’s own dimension by its id', () => {
  expect(dimensionName('recognition', 'fr')).toBe('Reconnaissance');
  expect(dimensionName('workload', 'en')).toBe('Workload');
  expect(dimensionName('team spirit', 'fr')).toBe('team spirit');
  expect(dimensionName('toString', 'en')).toBe('toString');
});
