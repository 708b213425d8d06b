import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_DATA } from './generateLargeStore.js';
import { median, runProcess } from './measure.js';

const CLI = join(import.meta.dirname, '..', 'bin', 'barometre.js');
const FIXTURE = join(import.meta.dirname, '..', 'src', 'importing', 'fixtures', 'responses.csv');
const RUNS = 7;

/** What a figure of this part records (bench/run.ts prints and keeps it). */
type Record = (figure: { name: string; value: number; unit: string; target: string; ok: boolean | null }) => void;

/**
 * Start-up cost (issue 15): `barometre report --json` on a tiny store against a bare Node
 * process that opens the same DuckDB file and runs one query: the price of everything the
 * command loads and does beyond the engine. Runs alternate, so the two medians share the
 * machine's load; the ratio is the figure.
 */
export async function startupFigures(record: Record): Promise<void> {
  mkdirSync(BENCH_DATA, { recursive: true });
  const database = join(BENCH_DATA, 'tiny.duckdb');
  if (!existsSync(database)) await runProcess('node', [CLI, 'import', 'responses', FIXTURE, '--db', database, '--json']);
  const bare = join(BENCH_DATA, 'bareQuery.mjs');
  writeFileSync(
    bare,
    `import { DuckDBInstance } from '@duckdb/node-api';
const instance = await DuckDBInstance.create(${JSON.stringify(database)});
const connection = await instance.connect();
await connection.runAndReadAll('select count(*) from responses');
`,
  );
  const bareSeconds: number[] = [];
  const reportSeconds: number[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      bareSeconds.push((await runProcess('node', [bare])).seconds);
      reportSeconds.push((await runProcess('node', [CLI, 'report', '--db', database, '--json'])).seconds);
    }
  } finally {
    rmSync(bare, { force: true });
  }
  const ratio = median(reportSeconds) / median(bareSeconds);
  record({ name: 'DuckDB: barometre report, tiny store (median wall)', value: median(reportSeconds), unit: 's', target: 'reference', ok: null });
  record({ name: 'DuckDB: bare Node, open the file, one query (median wall)', value: median(bareSeconds), unit: 's', target: 'reference', ok: null });
  record({ name: 'DuckDB: report on a tiny store ÷ bare Node and one query', value: ratio, unit: '×', target: '≤ 2', ok: ratio <= 2 });
}
