import { readFile } from 'node:fs/promises';
import { DEMO_KINDS, type DemoKind } from '../demo/buildDemoCsvs.js';
import { parseCsv } from './parseCsv.js';
import type { DemoFiles } from '../demo/writeDemoCsvs.js';

/** The rows of each demo file, every field as the text the file holds (`''` when empty). */
export type DemoRows = Record<DemoKind, Record<string, string>[]>;

/**
 * Reads the files `writeDemoCsvs` wrote back into records, with the independent RFC 4180
 * reader `parseCsv`; the demo's tests check the data through it.
 *
 * @param files the paths `writeDemoCsvs` returned.
 * @returns the records of each kind, in file order.
 * @throws SyntaxError when a file is not well-formed CSV.
 *
 * @example
 * const rows = await readDemoFiles(await writeDemoCsvs(directory));
 * rows.customers[0]?.customer_id; // 'cus-00001'
 */
export async function readDemoFiles(files: DemoFiles): Promise<DemoRows> {
  const rows = {} as DemoRows;
  for (const kind of DEMO_KINDS) rows[kind] = parseCsv(await readFile(files[kind], 'utf8'));
  return rows;
}

/**
 * How long a test file may take to write the default demo and read it back before its
 * tests: a few seconds on an idle machine, but the 225,000 web events make it several times
 * that on a shared, loaded CI machine, past vitest's 60-second hook timeout.
 */
export const DEMO_FILES_TIMEOUT_MS = 240_000;
