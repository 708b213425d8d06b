import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../store/openStore.js';
import type { Engine, Store } from '../store/Store.js';
import { startServer } from './barometreProcess.js';
import { onOwnConnection, TEST_DATABASE_URL } from './engines.js';

/** A store for a `barometre serve` child process: the flags that open it, a way to open it here, and its removal. */
export interface ServerStore {
  folder: string;
  flags: string[];
  open: () => Promise<Store>;
  dispose: () => Promise<void>;
}

/** A fresh store on `engine` for end-to-end tests of a server process: a DuckDB file in a temp folder, or a new PostgreSQL schema. */
export async function serverStore(engine: Engine, name: string): Promise<ServerStore> {
  const folder = mkdtempSync(join(tmpdir(), `barometre-${name}-`));
  if (engine === 'duckdb') {
    const db = join(folder, `${name}.duckdb`);
    return { folder, flags: ['--db', db], open: () => openStore({ db }), dispose: async () => rmSync(folder, { recursive: true, force: true }) };
  }
  const schema = `${name.replace(/\W/g, '_')}_${process.pid}_${Date.now()}`;
  await onOwnConnection(`create schema ${schema}`);
  return {
    folder,
    flags: ['--database-url', `${TEST_DATABASE_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`],
    open: () => openStore({ databaseUrl: TEST_DATABASE_URL!, schema }),
    dispose: async () => {
      rmSync(folder, { recursive: true, force: true });
      await onOwnConnection(`drop schema ${schema} cascade`);
    },
  };
}

/** The address a server printed on stderr ("… is serving … on http://127.0.0.1:PORT"). */
export function servedUrl(stderr: string): string {
  return /on (http:\/\/\S+)/.exec(stderr)![1]!;
}

/**
 * Starts `barometre serve` on the store, runs `load` against it, and kills the server with
 * SIGKILL `afterMs` into the load; `load` is told through `killed()` that the server is gone
 * and returns what it had acknowledged, which this returns once the server has exited.
 */
export async function killMidLoad<T>(server: ServerStore, load: (url: string, killed: () => boolean) => Promise<T>, afterMs = 1500): Promise<T> {
  const first = await startServer(['--port', '0', ...server.flags], server.folder);
  let killed = false;
  const running = load(servedUrl(first.stderr), () => killed);
  await new Promise((resolve) => setTimeout(resolve, afterMs));
  const exited = new Promise((resolve) => first.server.once('exit', resolve));
  first.server.kill('SIGKILL');
  await exited;
  killed = true;
  return running;
}
