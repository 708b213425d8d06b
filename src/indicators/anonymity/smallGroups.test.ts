import { describe, expect, it } from 'vitest';
import { filterRevealsFew, groupsToHide, isSmallGroup } from './smallGroups.js';

describe('small groups', () => {
  it('calls 1 to 4 respondents small, not 0 or 5', () => {
    expect([0, 1, 4, 5].map(isSmallGroup)).toEqual([false, true, true, false]);
  });

  it('hides a group of 4 and, since total − the others would give it back, the next smallest too', () => {
    expect(groupsToHide([30, 4, 12, 0])).toEqual([null, 'small', 'complement', null]);
  });

  it('hides nothing more when the hidden groups hold 5 or more together', () => {
    expect(groupsToHide([30, 3, 2, 12])).toEqual([null, 'small', 'small', null]);
    expect(groupsToHide([30, 8, 12])).toEqual([null, null, null]);
  });

  it('hides the next smallest when the small groups together still hold under 5', () => {
    // 1 + 3 = 4 hidden: total − shown would give their sum, so the 20 goes too (24 hidden).
    expect(groupsToHide([1, 20, 3, 40])).toEqual(['small', 'complement', 'small', null]);
  });

  it('hides every group when nothing else can cover a small one', () => {
    expect(groupsToHide([2, 0])).toEqual(['small', null]);
  });

  it('counts a group hidden for its filter as hidden', () => {
    // The 20 are hidden because --where leaves out 3: with 3 next to them, 23 hidden — enough.
    expect(groupsToHide([20, 3, 40], ['filter', null, null])).toEqual(['filter', 'small', null]);
  });

  it('refuses a filtered figure that differs from the unfiltered one by 1 to 4', () => {
    expect(filterRevealsFew(20, 24)).toBe(true);
    expect(filterRevealsFew(20, 25)).toBe(false);
    expect(filterRevealsFew(20, 20)).toBe(false);
    expect(filterRevealsFew(0, 3)).toBe(false);
  });
});
