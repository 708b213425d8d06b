import { describe, expect, it } from 'vitest';
import { physicalLines, recordLineOfAccepted } from './physicalLines.js';

describe('physicalLines', () => {
  it('leaves record lines alone when no field holds a line break', () => {
    expect(physicalLines([2, 3, 10], new Map())).toEqual([2, 3, 10]);
  });

  it('adds the breaks of every earlier multi-line record', () => {
    // header (1); record 2 spans 3 lines; record 3 spans 2 lines; record 4 starts on line 2+3+2 = 7.
    expect(physicalLines([2, 3, 4], new Map([[2, 2], [3, 1]]))).toEqual([2, 5, 7]);
  });

  it('does not count the breaks inside the record itself', () => {
    expect(physicalLines([5], new Map([[5, 4]]))).toEqual([5]);
  });
});

describe('recordLineOfAccepted', () => {
  it('is index + 2 without rejected rows (the header is line 1)', () => {
    expect(recordLineOfAccepted(0, [])).toBe(2);
    expect(recordLineOfAccepted(7, [])).toBe(9);
  });

  it('skips the record lines of rejected rows', () => {
    // lines 2,3 rejected: accepted rows are on 4, 5, 6…
    expect(recordLineOfAccepted(0, [2, 3])).toBe(4);
    // lines 3 and 5 rejected: accepted rows on 2, 4, 6
    expect(recordLineOfAccepted(2, [3, 5])).toBe(6);
    expect(recordLineOfAccepted(1, [3, 5])).toBe(4);
  });
});
