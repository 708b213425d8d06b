import { writeFileSync } from 'node:fs';
import { readCdnowSample } from './cdnowSample.js';

/**
 * Writes the CDNOW sample as an orders CSV of docs/formats.md (order ids made from the line
 * number, customer ids from the sample id, dates at 00:00 UTC), so tests can load it through
 * the ordinary import. Returns the number of transactions written.
 */
export function writeCdnowOrdersCsv(path: string): number {
  const rows = readCdnowSample().map((transaction, index) => `t${index + 1},${transaction.customerId},${transaction.date},${transaction.dollars}`);
  writeFileSync(path, ['order_id,customer_id,ordered_at,amount', ...rows].join('\n'));
  return rows.length;
}
