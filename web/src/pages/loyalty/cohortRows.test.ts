import { describe, expect, it } from 'vitest';
import type { RetentionCohort } from '../../api/types.js';
import { cohortRows, cohortValues, cohortWidth } from './cohortRows.js';

const COHORTS: RetentionCohort[] = [
  { cohort: '2026-01', customers: 4, returned: [4, 1, 0], retention: [100, 25, 0], ci95: [null, [4.6, 69.9], [0, 49]] },
  { cohort: '2026-02', customers: 3, returned: [3, 1], retention: [100, 33.3], ci95: [null, [6.1, 79.2]] },
];

describe('the retention triangle', () => {
  it('gives a row per cohort and a cell per month, empty where the cohort has not reached it', () => {
    expect(cohortWidth(COHORTS)).toBe(3);
    const rows = cohortRows(COHORTS, 'en', 'customers');
    expect(rows.map((row) => row.label)).toEqual(['Jan 2026 (4 customers)', 'Feb 2026 (3 customers)']);
    expect(rows[0]?.cells[0]).toEqual({ value: 100, text: '100%', detail: '4 / 4', plain: true });
    expect(rows[0]?.cells[1]).toEqual({ value: 25, text: '25%', detail: '1 / 4 [4.6% – 69.9%]', plain: false });
    expect(rows[1]?.cells[2]).toBeNull();
    expect(cohortRows(COHORTS, 'fr', 'clients')[1]?.label).toBe('févr. 2026 (3 clients)');
  });

  it('scales the colours on the months after the first', () => {
    expect(cohortValues(COHORTS)).toEqual([25, 0, 33.3]);
  });
});
