/**
 * Building a bench store the way a user would: every bench file imported through the CLI,
 * one process per kind, so the import's own cost (start-up included) is what gets measured.
 */
import { join } from 'node:path';
import { IMPORT_KINDS } from '../src/store/schema/kinds.js';
import { BENCH_DATA } from './generateLargeStore.js';
import { type ProcessFigures, runProcess } from './measure.js';

/** The built CLI the bench runs, as a user would. */
export const CLI = join(import.meta.dirname, '..', 'bin', 'barometre.js');

/**
 * Imports every bench file of `folder` (`<kind>.csv`, every kind in IMPORT_KINDS order) into
 * the store `connection` names (`--db FILE` or `--database-url URL`) through
 * `barometre import … --json`, one process per kind; returns the events import's figures
 * (wall and CPU seconds, peak RSS, and its --json answer as stdout).
 */
export async function buildStore(connection: readonly string[], folder = BENCH_DATA): Promise<ProcessFigures> {
  let events: ProcessFigures | null = null;
  for (const kind of IMPORT_KINDS) {
    const figures = await runProcess('node', [CLI, 'import', kind, join(folder, `${kind}.csv`), ...connection, '--json']);
    if (kind === 'events') events = figures;
    process.stderr.write(`imported ${kind} in ${figures.seconds.toFixed(1)} s\n`);
  }
  if (events === null) throw new Error('IMPORT_KINDS has no events.');
  return events;
}
