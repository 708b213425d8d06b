import { describe, expect, it } from 'vitest';
import { newCustomers } from './newCustomers.js';

describe('newCustomers', () => {
  it('gives the count of customers created in the period, 0 when none', () => {
    expect(newCustomers({ new: 2 })).toEqual({ value: 2 });
    expect(newCustomers({ new: 0 })).toEqual({ value: 0 });
  });

  it('is null when there is no customer data at all', () => {
    expect(newCustomers({ new: null })).toEqual({ value: null });
  });

  it('refuses a count that is not a non-negative integer', () => {
    expect(() => newCustomers({ new: -1 })).toThrow(/newCustomers.new/);
    expect(() => newCustomers({ new: 1.5 })).toThrow(RangeError);
  });
});
