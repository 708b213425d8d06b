import { readFileSync } from 'node:fs';
import type { Purchase } from '../models/clv/summariseTransactions.js';

/** The CDNOW 1/10 sample shipped in datasets/clv (origin and format in its README). */
export const CDNOW_SAMPLE_PATH = new URL('../../datasets/clv/CDNOW_sample.txt', import.meta.url);

/** One line of the CDNOW sample: a purchase. */
export interface CdnowTransaction {
  /** The customer's id in the sample, 1..2357 zero-padded ("0001"). */
  customerId: string;
  /** The day, YYYY-MM-DD. */
  date: string;
  /** Number of CDs bought. */
  cds: number;
  /** Dollars spent. */
  dollars: number;
}

/**
 * Reads the CDNOW 1/10 sample (Fader, Hardie and Lee 2005; 6,919 purchases of 2,357
 * customers, 1997-01-01 to 1998-06-30) for the validation tests of the purchase models: five
 * whitespace-separated columns per line — id in the full data set, id in the sample,
 * YYYYMMDD, CDs, dollars — with a leading space and CRLF line ends.
 *
 * @param path - the file (default: the copy in datasets/clv)
 * @returns the purchases in file order
 * @throws {Error} when a non-blank line does not have the five columns, or a number or date
 *   does not parse (the message gives the line number)
 *
 * @example
 * readCdnowSample()[0] // { customerId: '0001', date: '1997-01-01', cds: 2, dollars: 29.33 }
 */
export function readCdnowSample(path: string | URL = CDNOW_SAMPLE_PATH): CdnowTransaction[] {
  const transactions: CdnowTransaction[] = [];
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  lines.forEach((line, index) => {
    const fields = line.trim().split(/\s+/);
    if (fields.length === 1 && fields[0] === '') return;
    const [, customerId, day, cds, dollars] = fields;
    if (fields.length !== 5 || customerId === undefined || day === undefined || !/^\d{8}$/.test(day)) {
      throw new Error(`CDNOW sample line ${index + 1} is not "id sample-id YYYYMMDD CDs dollars": ${JSON.stringify(line)}.`);
    }
    const transaction = {
      customerId,
      date: `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}`,
      cds: Number(cds),
      dollars: Number(dollars),
    };
    if (!Number.isFinite(transaction.cds) || !Number.isFinite(transaction.dollars)) {
      throw new Error(`CDNOW sample line ${index + 1} has a count or amount that is not a number: ${JSON.stringify(line)}.`);
    }
    transactions.push(transaction);
  });
  return transactions;
}

/** The CDNOW sample as the purchases the models summarise: customer, day, and dollars as the amount. */
export function cdnowPurchases(): Purchase[] {
  return readCdnowSample().map(({ customerId, date, dollars }) => ({ customerId, date, amount: dollars }));
}
