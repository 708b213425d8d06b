import { describe, expect, it } from 'vitest';
import { retentionCohorts } from './retentionCohorts.js';

const month = (year: number, number: number) => year * 12 + number - 1;

describe('retentionCohorts', () => {
  it('turns the cells into shares of each cohort, filling the months nobody came back with 0, up to the last month', () => {
    // January: 4 customers, 1 back in February, none in March, 2 in April; March: 2 customers, 1 back in April.
    const cohorts = retentionCohorts({
      lastMonth: month(2026, 4),
      cells: [
        { cohortMonth: month(2026, 1), monthsAfter: 0, customers: 4 },
        { cohortMonth: month(2026, 1), monthsAfter: 1, customers: 1 },
        { cohortMonth: month(2026, 1), monthsAfter: 3, customers: 2 },
        { cohortMonth: month(2026, 3), monthsAfter: 0, customers: 2 },
        { cohortMonth: month(2026, 3), monthsAfter: 1, customers: 1 },
      ],
    });
    expect(cohorts.map(({ cohort, customers, returned, retention }) => ({ cohort, customers, returned, retention }))).toEqual([
      { cohort: '2026-01', customers: 4, returned: [4, 1, 0, 2], retention: [100, 25, 0, 50] },
      { cohort: '2026-03', customers: 2, returned: [2, 1], retention: [100, 50] },
    ]);
    // Month 0 is 100 % by definition; 1 of 4 → Wilson [4.56, 69.9]; 0 of 4 → [0, 49.0].
    expect(cohorts[0]?.ci95[0]).toBeNull();
    expect(cohorts[0]?.ci95[1]?.[0]).toBeCloseTo(4.56, 2);
    expect(cohorts[0]?.ci95[1]?.[1]).toBeCloseTo(69.94, 1);
    expect(cohorts[0]?.ci95[2]).toEqual([0, expect.closeTo(48.99, 1)]);
  });

  it('gives no cohort without cells, and refuses a month with more customers than its cohort', () => {
    expect(retentionCohorts({ lastMonth: month(2026, 1), cells: [] })).toEqual([]);
    expect(() =>
      retentionCohorts({
        lastMonth: month(2026, 2),
        cells: [
          { cohortMonth: month(2026, 1), monthsAfter: 0, customers: 1 },
          { cohortMonth: month(2026, 1), monthsAfter: 1, customers: 2 },
        ],
      }),
    ).toThrow(RangeError);
  });
});
