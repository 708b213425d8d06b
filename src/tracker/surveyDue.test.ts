import { describe, expect, it } from 'vitest';
import { surveyDue } from './browser/surveyDue.js';

const DAY = 864e5;
const NOW = Date.UTC(2026, 5, 1);

describe('surveyDue', () => {
  it('is due for a browser never shown a survey when the draw falls under the share (default 0.1)', () => {
    expect(surveyDue({ survey: 's1' }, null, NOW, 0.09)).toBe(true);
    expect(surveyDue({ survey: 's1' }, null, NOW, 0.1)).toBe(false);
    expect(surveyDue({ survey: 's1', surveyShare: '0.5' }, null, NOW, 0.49)).toBe(true);
    expect(surveyDue({ survey: 's1', surveyShare: '0.5' }, null, NOW, 0.5)).toBe(false);
    expect(surveyDue({ survey: 's1', surveyShare: '1' }, null, NOW, 0.999)).toBe(true);
  });

  it('is never due without a survey, with a share of 0 or not a number, or when storage is out of reach', () => {
    for (const settings of [{}, { survey: '' }, { survey: 's1', surveyShare: '0' }, { survey: 's1', surveyShare: 'lots' }, { survey: 's1', surveyShare: '' }]) {
      expect(surveyDue(settings, null, NOW, 0), JSON.stringify(settings)).toBe(false);
    }
    expect(surveyDue({ survey: 's1', surveyShare: '1' }, undefined, NOW, 0)).toBe(false);
  });

  it('is not due within the period after a survey was shown (default 90 days), and due again after it', () => {
    const settings = { survey: 's1', surveyShare: '1' };
    expect(surveyDue(settings, String(NOW - 89 * DAY), NOW, 0)).toBe(false);
    expect(surveyDue(settings, String(NOW - 90 * DAY), NOW, 0)).toBe(true);
    expect(surveyDue({ ...settings, surveyDays: '7' }, String(NOW - 6 * DAY), NOW, 0)).toBe(false);
    expect(surveyDue({ ...settings, surveyDays: '7' }, String(NOW - 7 * DAY), NOW, 0)).toBe(true);
    // A period that is not a number is the default; an entry that is not a time does not hold the survey back.
    expect(surveyDue({ ...settings, surveyDays: 'often' }, String(NOW - 89 * DAY), NOW, 0)).toBe(false);
    expect(surveyDue(settings, 'garbled', NOW, 0)).toBe(true);
  });
});
