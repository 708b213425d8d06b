/**
 * What the HTTP benches share: `barometre serve` started on a store, the CPU it uses, and the
 * stores to measure — a temp DuckDB file, and a fresh schema of a PostgreSQL database when one
 * is given.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../src/store/openStore.js';
import type { Store } from '../src/store/Store.js';

const CLI = join(import.meta.dirname, '..', 'bin', 'barometre.js');

/**
 * The CPU seconds a process has used (user + system, every thread: Node and the engine's),
 * from /proc; null where there is none. On a shared machine the rates depend on what else
 * runs, while the CPU spent per event does much less.
 */
export function cpuSeconds(pid: number | undefined): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/**
 * `barometre serve` on `flags`, resolved with its URL once it says it is serving. The rate
 * limits of collection and answers are lifted: they are what the benches measure past.
 */
export function serve(flags: readonly string[]): Promise<{ server: ChildProcess; url: string }> {
  const server = spawn(process.execPath, [CLI, 'serve', '--port', '0', ...flags], {
    env: { ...process.env, BAROMETRE_NO_DEMO: '1', BAROMETRE_COLLECT_RATE: '1000000', BAROMETRE_ANSWER_RATE: '1000000' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  return new Promise((resolve, reject) => {
    server.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      const url = /is serving .* on (http:\/\/\S+)/.exec(stderr)?.[1];
      if (url) resolve({ server, url });
    });
    server.once('exit', (code) => reject(new Error(`barometre serve exited ${code}: ${stderr}`)));
  });
}

/**
 * Runs `measure` on a temp DuckDB file and, given `databaseUrl`, on a fresh schema of that
 * PostgreSQL database (dropped afterwards): each time with the engine's name, the flags that
 * start a server on it, and a way to open it here.
 */
export async function eachServedEngine(
  name: string,
  databaseUrl: string | undefined,
  measure: (engine: string, flags: readonly string[], open: () => Promise<Store>) => Promise<void>,
): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), `barometre-${name}-bench-`));
  try {
    const db = join(folder, `${name}.duckdb`);
    await measure('DuckDB', ['--db', db], () => openStore({ db }));
    if (databaseUrl) {
      const schema = `${name}_bench_${Date.now()}`;
      const url = `${databaseUrl}${databaseUrl.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
      await measure('PostgreSQL', ['--database-url', url], () => openStore({ databaseUrl, schema }));
      const cleanup = await openStore({ databaseUrl });
      await cleanup.execute('drop bench schema', `drop schema ${schema} cascade`);
      await cleanup.close();
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
