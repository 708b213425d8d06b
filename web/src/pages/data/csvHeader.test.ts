import { describe, expect, it } from 'vitest';
import { csvHeader } from './csvHeader.js';

describe('csvHeader', () => {
  it('reads the names of the first record', () => {
    expect(csvHeader('order_id,customer_id,amount\nx1,c1,3\n')).toEqual(['order_id', 'customer_id', 'amount']);
  });

  it('reads quoted names holding commas, doubled quotes and line breaks', () => {
    expect(csvHeader('"#","How likely, really?","Say ""why""\nplease",Store\r\nab1,9,x,Paris')).toEqual([
      '#',
      'How likely, really?',
      'Say "why"\nplease',
      'Store',
    ]);
  });

  it('drops a byte-order mark and empty names', () => {
    expect(csvHeader('\ufeffa,,b\r\n1,2,3')).toEqual(['a', 'b']);
  });

  it('reads a file of one line, and nothing from an empty one', () => {
    expect(csvHeader('a,b')).toEqual(['a', 'b']);
    expect(csvHeader('')).toEqual([]);
  });
});
