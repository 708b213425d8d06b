import { describe, expect, it } from 'vitest';
import type { EmployeeEngagement, Report } from '../../api/types.js';
import { barometerHeatRows, dimensionsOf, shownBarometer } from './barometerCells.js';

// The hand-computed barometer of src/test-support/barometerFixture.ts (docs/indicators.md's check
// values): engagement 56.25 [15.8, 96.7] over 6, recognition 45.14 [15.0, 75.2] over 6.
const engagement = {
  value: 56.25,
  n: 6,
  favourable: 50,
  ci95: [15.817776538815536, 96.68222346118446],
  favourableCi95: [25.4, 74.6],
  alpha: 0.98,
  alphaN: 6,
  alphaWarning: false,
  items: 2,
  answers: 12,
};
const recognition = { ...engagement, value: 45.138888888888886, ci95: [15.044815267447031, 75.23296251033074] as [number, number] };
const barometer = {
  value: 50.69,
  n: 6,
  favourable: 41.4,
  ci95: [15.6, 85.7],
  favourableCi95: [25.5, 59.3],
  answers: 29,
  dimensions: { engagement, recognition },
  drivers: [],
} as unknown as EmployeeEngagement;

const groups: Report['groups'] = [
  { key: 'Sales', indicators: { employeeEngagement: barometer as never } },
  { key: 'Legal', indicators: { employeeEngagement: { value: null, suppressed: true } } },
  {
    key: 'Ops',
    indicators: { employeeEngagement: { ...barometer, dimensions: { engagement, recognition: { suppressed: true, reason: 'complement' } } } as never },
  },
  { key: null, indicators: { employeeEngagement: { value: null, suppressed: true, reason: 'filter' } } },
  { key: 'Customers only', indicators: {} },
];

describe('barometerHeatRows', () => {
  const rows = barometerHeatRows(groups, ['engagement', 'recognition'], '(no value)', 'fr');

  it('writes each shown score coloured, with its interval and n in the tooltip, in French notation', () => {
    expect(rows[0]).toEqual({
      label: 'Sales',
      cells: [
        { value: 56.25, text: '56,3', detail: '56,3 [15,8 – 96,7], n = 6' },
        { value: 45.138888888888886, text: '45,1', detail: '45,1 [15 – 75,2], n = 6' },
      ],
    });
  });

  it('writes the reason of every hidden cell, uncoloured, never a number', () => {
    expect(rows[1]!.cells.map((cell) => cell?.text)).toEqual(['masqué (moins de 5)', 'masqué (moins de 5)']);
    expect(rows[2]!.cells[1]).toMatchObject({ text: 'masqué (complément)', plain: true });
    expect(rows[3]).toMatchObject({ label: '(no value)', cells: [{ text: 'masqué (filtre)' }, { text: 'masqué (filtre)' }] });
    const hidden = rows.flatMap((row) => row.cells).filter((cell) => cell?.plain === true);
    expect(hidden).toHaveLength(5);
    for (const cell of hidden) expect(`${cell!.value} ${cell!.text}`).toMatch(/^0 masqué \(/);
  });

  it('leaves out the groups without a barometer', () => {
    expect(rows.map((row) => row.label)).toEqual(['Sales', 'Legal', 'Ops', '(no value)']);
  });
});

describe('shownBarometer and dimensionsOf', () => {
  it('reads a shown barometer and no hidden or absent one', () => {
    expect(shownBarometer(barometer as never)).toBe(barometer);
    expect(shownBarometer({ value: null, suppressed: true })).toBeNull();
    expect(shownBarometer(undefined)).toBeNull();
  });

  it('lists the dimensions of the whole and of its groups once, in code-point order', () => {
    const withTeamOnly: Report['groups'] = [
      { key: 'Sales', indicators: { employeeEngagement: { ...barometer, dimensions: { workload: engagement } } as never } },
    ];
    expect(dimensionsOf(barometer, withTeamOnly)).toEqual(['engagement', 'recognition', 'workload']);
  });
});
