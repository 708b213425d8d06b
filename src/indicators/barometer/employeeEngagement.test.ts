import { describe, expect, it } from 'vitest';
import { BAROMETER_ANSWERS, BAROMETER_EXPECTED, barometerStatistics } from '../../test-support/barometerFixture.js';
import { type EmployeeEngagement, type EngagementDimension, employeeEngagement } from './employeeEngagement.js';

describe('employeeEngagement', () => {
  const result = employeeEngagement(barometerStatistics(BAROMETER_ANSWERS)) as EmployeeEngagement;

  it('scores each dimension 0–100 with its t interval, favourable share with Wilson, and α (hand-computed fixture)', () => {
    for (const name of ['engagement', 'recognition'] as const) {
      const dimension = result.dimensions[name] as EngagementDimension;
      const expected = BAROMETER_EXPECTED[name];
      expect(dimension.value).toBeCloseTo(expected.value, 10);
      expect(dimension.ci95![0]).toBeCloseTo(expected.ci95[0], 8);
      expect(dimension.ci95![1]).toBeCloseTo(expected.ci95[1], 8);
      expect(dimension.favourable).toBeCloseTo(expected.favourable, 10);
      expect(dimension.favourableCi95![0]).toBeCloseTo(expected.favourableCi95[0], 8);
      expect(dimension.favourableCi95![1]).toBeCloseTo(expected.favourableCi95[1], 8);
      expect(dimension.alpha).toBeCloseTo(expected.alpha, 10);
      expect(dimension).toMatchObject({ n: 6, alphaN: expected.alphaN, items: expected.items, answers: expected.answers, alphaWarning: false });
    }
  });

  it('gives the mean over dimensions as the value, with the respondents’ overall spread as its interval', () => {
    expect(result.value).toBeCloseTo(BAROMETER_EXPECTED.value, 10);
    expect(result.ci95![0]).toBeCloseTo(BAROMETER_EXPECTED.ci95[0], 8);
    expect(result.ci95![1]).toBeCloseTo(BAROMETER_EXPECTED.ci95[1], 8);
    expect(result.favourable).toBeCloseTo(BAROMETER_EXPECTED.favourable, 10);
    expect(result).toMatchObject({ n: 6, answers: 29 });
  });

  it('ranks the drivers by their correlation with engagement, else eNPS, and flags the low and strongly related one', () => {
    expect(result.drivers.map((driver) => driver.dimension)).toEqual(['engagement', 'recognition']);
    const [engagement, recognition] = result.drivers;
    expect(engagement!.engagement).toBeNull();
    expect(engagement!.enps!.r).toBeCloseTo(BAROMETER_EXPECTED.engagementWithEnps.r, 10);
    expect(recognition!.engagement!.r).toBeCloseTo(BAROMETER_EXPECTED.recognitionWithEngagement.r, 10);
    expect(recognition!.engagement!.ci95![0]).toBeCloseTo(BAROMETER_EXPECTED.recognitionWithEngagement.ci95[0], 8);
    expect(recognition!.enps!.r).toBeCloseTo(BAROMETER_EXPECTED.recognitionWithEnps.r, 10);
    // Recognition scores 45.1 < 50.7 and moves with engagement (r 0.98, interval above 0): work on it first.
    expect(recognition!.priority).toBe(true);
    expect(engagement!.priority).toBe(false);
  });

  it('is suppressed with 1 to 4 respondents, and so is a dimension with 1 to 4', () => {
    expect(employeeEngagement(barometerStatistics(BAROMETER_ANSWERS.slice(0, 4)))).toEqual({ suppressed: true });
    // Six respondents, only four of them answering recognition.
    const partial = BAROMETER_ANSWERS.map((answers, index) =>
      index < 4 ? answers : Object.fromEntries(Object.entries(answers).filter(([id]) => !id.startsWith('r'))),
    );
    const shown = employeeEngagement(barometerStatistics(partial)) as EmployeeEngagement;
    expect(shown.dimensions.recognition).toEqual({ suppressed: true });
    expect(shown.value).toBe((shown.dimensions.engagement as EngagementDimension).value);
    expect(shown.drivers.map((driver) => driver.dimension)).toEqual(['engagement']);
  });

  it('is empty, not suppressed, without respondents', () => {
    expect(employeeEngagement({ scores: { n: 0, sum: 0, sumSquares: 0 }, dimensions: {} })).toEqual({
      value: null,
      n: 0,
      favourable: null,
      ci95: null,
      favourableCi95: null,
      answers: 0,
      dimensions: {},
      drivers: [],
    });
  });

  it('flags α under 0.7', () => {
    // Items that disagree: α low.
    const answers = [
      { e1: 5, e2: 5 },
      { e1: 1, e2: 3 },
      { e1: 4, e2: 1 },
      { e1: 2, e2: 2 },
      { e1: 3, e2: 4 },
    ];
    const low = employeeEngagement(barometerStatistics(answers)) as EmployeeEngagement;
    const engagement = low.dimensions.engagement as EngagementDimension;
    expect(engagement.alpha).toBeLessThan(0.7);
    expect(engagement.alphaWarning).toBe(true);
  });
});
