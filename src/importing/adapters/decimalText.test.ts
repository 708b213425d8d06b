import { describe, expect, it } from 'vitest';
import { isZeroDecimal, netOfRefund, subtractDecimal } from './decimalText.js';

describe('subtractDecimal', () => {
  it('subtracts exactly, keeping the larger number of decimals', () => {
    expect(subtractDecimal('14.99', '4.99')).toBe('10.00');
    expect(subtractDecimal('60.00', '15.50')).toBe('44.50');
    expect(subtractDecimal('0.3', '0.1')).toBe('0.2');
    expect(subtractDecimal('10', '2.125')).toBe('7.875');
  });

  it('gives a negative difference as it is, for the import to refuse', () => {
    expect(subtractDecimal('10', '12.5')).toBe('-2.5');
  });

  it('gives null when a text is not a plain dot-decimal number', () => {
    expect(subtractDecimal('12,50', '0')).toBeNull();
    expect(subtractDecimal('1,234.50', '0')).toBeNull();
    expect(subtractDecimal('12', 'abc')).toBeNull();
  });
});

describe('isZeroDecimal', () => {
  it('recognises zero however it is written, and nothing else', () => {
    expect(['0', '0.00', '+0.0', '-0'].every(isZeroDecimal)).toBe(true);
    expect(['0.01', '', 'zero'].some(isZeroDecimal)).toBe(false);
  });
});

describe('netOfRefund', () => {
  it('subtracts a non-zero refund exactly, and leaves an amount without refund as it is', () => {
    expect(netOfRefund('14.99', '4.99')).toEqual({ amount: '10.00', refunded: '4.99' });
    expect(netOfRefund('14.99', '0.00')).toEqual({ amount: '14.99', refunded: '' });
    expect(netOfRefund('14.99', '')).toEqual({ amount: '14.99', refunded: '' });
  });

  it('keeps an amount it cannot subtract from as it is, for the import to judge', () => {
    expect(netOfRefund('abc', '4.99')).toEqual({ amount: 'abc', refunded: '4.99' });
  });
});
