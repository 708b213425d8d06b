import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DEMO_KINDS, buildDemoCsvs, type DemoKind } from './buildDemoCsvs.js';

/** The absolute path of the CSV file written for each kind. */
export type DemoFiles = Record<DemoKind, string>;

export interface WriteDemoCsvsOptions {
  /** The generator's seed (any safe integer); the default gives the standard demo. */
  seed?: number;
}

/**
 * Writes the demo dataset of Maison Lumière (May 2025 to October 2026: about 3,000 customers,
 * 15,000 orders, 5,650 customers' survey answers, 60,000 tracker events, 400 social posts, 5,000 mentions
 * and 90 mystery-shopping visits) as one CSV per kind of docs/formats.md, ready for
 * `barometre import <kind> <file>`: `customers.csv`, `orders.csv`, … in `directory`, which is
 * created if needed; existing files of those names are replaced.
 *
 * @param directory where to write the files (relative paths are resolved against the working directory).
 * @param options the seed; the same seed gives byte-identical files.
 * @returns the absolute path of each file.
 * @throws RangeError when the seed is not a safe integer; the file system's error when a file cannot be written.
 *
 * @example
 * const files = await writeDemoCsvs('/tmp/demo');
 * files.customers; // '/tmp/demo/customers.csv'
 */
export async function writeDemoCsvs(directory: string, options: WriteDemoCsvsOptions = {}): Promise<DemoFiles> {
  const csvs = buildDemoCsvs(options.seed);
  const root = resolve(directory);
  await mkdir(root, { recursive: true });
  const files = {} as DemoFiles;
  for (const kind of DEMO_KINDS) {
    const path = join(root, `${kind}.csv`);
    await writeFile(path, csvs[kind], 'utf8');
    files[kind] = path;
  }
  return files;
}
