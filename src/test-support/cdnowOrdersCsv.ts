import { readFileSync, writeFileSync } from 'node:fs';

/** The CDNOW 1/10 sample shipped in ../shared/data/clv (see its README for origin and format). */
export const CDNOW_SAMPLE = new URL('../../../shared/data/clv/CDNOW_sample.txt', import.meta.url);

/**
 * Writes the CDNOW sample as an orders CSV of CONTRACT §3 (order ids made from the line
 * number, customer ids from the sample id, dates at 00:00 UTC), so tests can load it through
 * the ordinary import. Returns the number of transactions written.
 */
export function writeCdnowOrdersCsv(path: string): number {
  const lines = readFileSync(CDNOW_SAMPLE, 'utf8').split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');
  const rows = lines.map((line, index) => {
    const [, sampleId, date, , dollars] = line.split(/\s+/) as [string, string, string, string, string];
    return `t${index + 1},${sampleId},${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)},${dollars}`;
  });
  writeFileSync(path, ['order_id,customer_id,ordered_at,amount', ...rows].join('\n'));
  return rows.length;
}
