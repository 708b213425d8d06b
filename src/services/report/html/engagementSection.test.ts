import { describe, expect, it } from 'vitest';
import { type EmployeeEngagement, employeeEngagement } from '../../../indicators/barometer/employeeEngagement.js';
import { BAROMETER_ANSWERS, barometerStatistics } from '../../../test-support/barometerFixture.js';
import type { Report } from '../buildReport.js';
import { engagementSection } from './engagementSection.js';

// The hand-computed barometer of src/test-support/barometerFixture.ts: engagement 56.25 [15.8; 96.7],
// 50 % favourable [25.4; 74.6], α 0.98; recognition 45.14 [15.0; 75.2], 35.3 % [17.3; 58.7], α 0.91,
// the priority with r = 0.976 [0.79; 1.00] with engagement and 0.982 [0.84; 1.00] with eNPS.
const barometer = employeeEngagement(barometerStatistics(BAROMETER_ANSWERS)) as EmployeeEngagement;

/** A report around the fixture's barometer, with a split whose groups are shown, hidden and hidden by complement. */
function report(extra: Partial<Report> = {}): Report {
  return { period: { from: '2026-03-01', to: '2026-03-31' }, indicators: { employeeEngagement: barometer }, ...extra } as Report;
}

describe('engagementSection', () => {
  it('lists each dimension with its score and favourable share with intervals, α and respondents, then the drivers ranked', () => {
    const section = String(engagementSection(report(), 'en'));
    expect(section).toContain('<tr><td>Engagement</td><td>56.3 [15.8; 96.7]</td><td>50.0 % [25.4; 74.6]</td><td>0.98</td><td>6</td></tr>');
    expect(section).toContain('<tr><td>Recognition</td><td>45.1 [15.0; 75.2]</td><td>35.3 % [17.3; 58.7]</td><td>0.91</td><td>6</td></tr>');
    expect(section).toContain(
      '<td>2. Recognition</td><td>45.1</td><td>0.98 [0.79; 1.00]</td><td>0.98 [0.84; 1.00]</td><td><strong>low, and it matters most</strong></td>',
    );
    expect(section).not.toContain('α under 0.7');
  });

  it('flags an α under 0.7 and gives the change with its verdict when compared', () => {
    const engagement = barometer.dimensions.engagement as EmployeeEngagement['dimensions'][string] & { alpha: number };
    const compared: EmployeeEngagement = {
      ...barometer,
      dimensions: {
        ...barometer.dimensions,
        engagement: {
          ...engagement,
          alpha: 0.633,
          alphaWarning: true,
          change: { previous: 40, delta: 16.25, ci95: [2.5, 30], pValue: 0.02, significant: true, method: 'welch' },
        },
      },
    };
    const section = String(
      engagementSection(report({ indicators: { employeeEngagement: compared }, comparedWith: { from: '2026-02-01', to: '2026-02-28' } }), 'en'),
    );
    expect(section).toContain('<strong class="warning">0.63 !</strong>');
    expect(section).toContain('α under 0.7: its items may not measure one thing');
    expect(section).toContain('+16.3 / 100 [2.5; 30] <span class="verdict rise">real rise</span>');
  });

  it('gives groups × dimensions with the reason of every hidden cell, never its number', () => {
    const groups = [
      { key: 'Sales', indicators: { employeeEngagement: barometer } },
      { key: 'Legal', indicators: { employeeEngagement: { suppressed: true } } },
      {
        key: 'Ops',
        indicators: { employeeEngagement: { ...barometer, dimensions: { ...barometer.dimensions, recognition: { suppressed: true, reason: 'complement' } } } },
      },
    ] as Report['groups'];
    const section = String(engagementSection(report({ groups }), 'fr'));
    expect(section).toContain('<th>Groupe</th><th>Engagement</th><th>Reconnaissance</th>');
    expect(section).toContain('<tr><td>Sales</td><td>56,3 [15,8\u00a0; 96,7]</td><td>45,1 [15,0\u00a0; 75,2]</td></tr>');
    expect(section).toContain('<tr><td>Legal</td><td colspan="2" class="missing">masqué (moins de 5 répondants)</td></tr>');
    expect(section).toContain('<td class="missing">masqué (révélerait un groupe de moins de 5 par soustraction)</td>');
    expect(section).toContain('basse, et elle compte le plus');
  });

  it('shows nothing for a hidden or absent barometer', () => {
    expect(engagementSection(report({ indicators: { employeeEngagement: { suppressed: true } } }), 'en')).toBeNull();
    expect(engagementSection(report({ indicators: {} }), 'en')).toBeNull();
  });
});
