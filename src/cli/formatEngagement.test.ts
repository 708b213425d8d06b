import { describe, expect, it } from 'vitest';
import { employeeEngagement } from '../indicators/barometer/employeeEngagement.js';
import { frenchTypography } from '../output/localeFormat.js';
import { BAROMETER_ANSWERS, barometerStatistics } from '../test-support/barometerFixture.js';
import { formatEngagement } from './formatEngagement.js';

describe('formatEngagement', () => {
  const result = employeeEngagement(barometerStatistics(BAROMETER_ANSWERS));

  it('lists each dimension with its score, interval, favourable share, α and basis, then the drivers, in English', () => {
    const text = formatEngagement(result, 'en').join('\n');
    expect(text).toContain('Employee barometer by dimension (0–100)');
    expect(text).toMatch(/Engagement\s+56\.3\s+\[15\.8; 96\.7\]\s+50\.0 %\s+0\.98\s+6 respondents, 2 items/);
    expect(text).toMatch(/Recognition\s+45\.1\s+\[15\.0; 75\.2\]\s+35\.3 %\s+0\.91\s+6 respondents, 3 items/);
    expect(text).toContain('2. Recognition (45.1 / 100, r = 0.98 with engagement) — work on first: low and related');
  });

  it('words it in French with French typography', () => {
    const text = frenchTypography(formatEngagement(result, 'fr').join('\n'));
    expect(text).toContain('Baromètre salariés par dimension (0–100)');
    expect(text).toContain('Reconnaissance');
    expect(text).toContain('45,1');
    expect(text).toContain('35,3\u00a0%');
    expect(text).toContain('à travailler en priorité\u00a0: bas et lié');
  });

  it('says nothing for a hidden or absent barometer', () => {
    expect(formatEngagement({ suppressed: true }, 'en')).toEqual([]);
    expect(formatEngagement(undefined, 'fr')).toEqual([]);
  });
});
