import { describe, expect, it } from 'vitest';
import { sortRows } from './sortRows.js';

describe('sorting a table', () => {
  const rows = [
    { id: 'a', clv: 10 },
    { id: 'b', clv: null },
    { id: 'c', clv: 30 },
    { id: 'd', clv: 10 },
  ];

  it('orders by a number either way, rows without one last, ties in their order', () => {
    expect(sortRows(rows, (row) => row.clv, true).map((row) => row.id)).toEqual(['c', 'a', 'd', 'b']);
    expect(sortRows(rows, (row) => row.clv, false).map((row) => row.id)).toEqual(['a', 'd', 'c', 'b']);
  });

  it('orders text with numbers in it as people read them', () => {
    const ids = ['cus-10', 'cus-9', 'cus-100'].map((id) => ({ id }));
    expect(sortRows(ids, (row) => row.id, false).map((row) => row.id)).toEqual(['cus-9', 'cus-10', 'cus-100']);
  });

  it('leaves the rows it was given as they were', () => {
    const copy = [...rows];
    sortRows(rows, (row) => row.clv, true);
    expect(rows).toEqual(copy);
  });
});
