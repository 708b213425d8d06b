import { describe, expect, it } from 'vitest';
import { boundPeriod, boundToData } from './boundPeriod.js';

const extent = { first: '2025-05-03', last: '2026-10-31' };

describe('boundPeriod', () => {
  it('takes the given days, both included, as [from 00:00, day after to 00:00)', () => {
    expect(boundPeriod({ from: '2025-02-01', to: '2025-02-28' }, extent)).toEqual({
      from: '2025-02-01',
      to: '2025-02-28',
      start: '2025-02-01 00:00:00',
      end: '2025-03-01 00:00:00',
      days: 28,
      firstDay: '2025-02-01',
      lastDay: '2025-02-28',
    });
  });

  it('keeps the bounds the queries bind within the dates data can have, four-digit years both engines parse, and counts the days asked', () => {
    expect(boundPeriod({ from: '9999-12-31', to: '9999-12-31' }, extent)).toEqual({
      from: '9999-12-31',
      to: '9999-12-31',
      start: '2201-01-01 00:00:00',
      end: '2201-01-01 00:00:00',
      days: 1,
      firstDay: '2201-01-01',
      lastDay: '2200-12-31',
    });
    expect(boundPeriod({ from: '0100-01-01', to: '2200-12-31' }, extent)).toMatchObject({
      start: '1900-01-01 00:00:00',
      end: '2201-01-01 00:00:00',
      firstDay: '1900-01-01',
      lastDay: '2200-12-31',
      days: 767_374,
    });
    expect(boundPeriod({ from: '1900-01-01', to: '2200-12-31' }, extent)).toMatchObject({
      start: '1900-01-01 00:00:00',
      end: '2201-01-01 00:00:00',
      days: 109_938,
    });
  });

  it('spans all the data when no day is given', () => {
    expect(boundPeriod({ from: null, to: null }, extent)).toMatchObject({ from: '2025-05-03', to: '2026-10-31', days: 547 });
  });

  it('fills the missing end from the data', () => {
    expect(boundPeriod({ from: '2026-01-01', to: null }, extent)).toMatchObject({ from: '2026-01-01', to: '2026-10-31' });
    expect(boundPeriod({ from: null, to: '2025-12-31' }, extent)).toMatchObject({ from: '2025-05-03', to: '2025-12-31' });
  });

  it('ends a period that starts after the data on its own first day', () => {
    expect(boundPeriod({ from: '2030-01-01', to: null }, extent)).toMatchObject({ from: '2030-01-01', to: '2030-01-01', days: 1 });
  });

  it('has no period for an empty store without dates', () => {
    expect(boundPeriod({ from: null, to: null }, { first: null, last: null })).toBeNull();
  });

  it('counts a leap day', () => {
    expect(boundPeriod({ from: '2024-02-01', to: '2024-02-29' }, extent)?.days).toBe(29);
  });
});

describe('boundToData', () => {
  it('brings a --to past the data back to the last day of data, and says so', () => {
    expect(boundToData({ from: '2026-10-01', to: '2026-12-31' }, extent)).toEqual({ from: '2026-10-01', to: '2026-10-31', boundedTo: '2026-10-31' });
    expect(boundToData({ from: null, to: '2027-01-01' }, extent)).toEqual({ from: null, to: '2026-10-31', boundedTo: '2026-10-31' });
  });

  it('leaves a period within the data, a period after it, an open end and an empty workspace as asked', () => {
    expect(boundToData({ from: '2026-10-01', to: '2026-10-31' }, extent)).toEqual({ from: '2026-10-01', to: '2026-10-31', boundedTo: null });
    expect(boundToData({ from: '2026-11-01', to: '2026-12-31' }, extent)).toEqual({ from: '2026-11-01', to: '2026-12-31', boundedTo: null });
    expect(boundToData({ from: '2026-10-01', to: null }, extent)).toEqual({ from: '2026-10-01', to: null, boundedTo: null });
    expect(boundToData({ from: null, to: '2027-01-01' }, { first: null, last: null })).toEqual({ from: null, to: '2027-01-01', boundedTo: null });
  });
});
