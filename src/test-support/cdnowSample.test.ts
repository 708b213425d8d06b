import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCdnowSample } from './cdnowSample.js';

describe('readCdnowSample', () => {
  it('reads the 6,919 purchases of the 2,357 customers, first and last lines included', () => {
    const purchases = readCdnowSample();
    expect(purchases).toHaveLength(6919);
    expect(new Set(purchases.map((p) => p.customerId)).size).toBe(2357);
    expect(purchases[0]).toEqual({ customerId: '0001', date: '1997-01-01', cds: 2, dollars: 29.33 });
    const dates = purchases.map((p) => p.date).sort();
    expect(dates[0]).toBe('1997-01-01');
    expect(dates[dates.length - 1]).toBe('1998-06-30');
  });

  it('copes with CRLF line ends, leading spaces and a final blank line, and names a bad line', () => {
    const folder = mkdtempSync(join(tmpdir(), 'barometre-cdnow-'));
    try {
      const good = join(folder, 'good.txt');
      writeFileSync(good, ' 00004 0001 19970101  2   29.33\r\n 00004 0001 19970118  2   29.73\r\n\r\n');
      expect(readCdnowSample(good)).toHaveLength(2);
      const bad = join(folder, 'bad.txt');
      writeFileSync(bad, ' 00004 0001 19970101  2   29.33\r\n 00004 0001 1997-01-18  2   29.73\r\n');
      expect(() => readCdnowSample(bad)).toThrow(/line 2 is not "id sample-id YYYYMMDD CDs dollars"/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
