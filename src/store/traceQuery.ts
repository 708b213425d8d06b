import type { Engine } from './Store.js';

/** Set BAROMETRE_TRACE_QUERIES=1 to have every query's name and duration written to stderr. */
const TRACE = process.env.BAROMETRE_TRACE_QUERIES === '1';

/** What a store is about to send: its engine, the query's name and its SQL text (parameters unbound). */
export interface SentStatement {
  engine: Engine;
  name: string;
  sql: string;
}

const listeners = new Set<(statement: SentStatement) => void>();

/**
 * Has `listener` told of every statement a store sends from now on, in this process, until
 * the returned function is called: the tests that check every SQL text the store runs
 * (src/store/citusQueries.test.ts) collect them this way.
 */
export function listenToStatements(listener: (statement: SentStatement) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Runs one query under its name and, when tracing is on, logs how long it took — a
 * slow-query log, naming the query rather than printing its SQL — and the CPU time this
 * process spent meanwhile (user + system, every thread: DuckDB's work, not a PostgreSQL
 * server's), the steadier figure on a shared machine. The statement is first handed to the
 * listeners, if any.
 */
export async function traceQuery<T>(engine: Engine, name: string, sql: string, run: () => Promise<T>): Promise<T> {
  for (const listener of listeners) listener({ engine, name, sql });
  if (!TRACE) return run();
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  try {
    return await run();
  } finally {
    const cpu = process.cpuUsage(cpuBefore);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    process.stderr.write(`[${engine}] ${name}: ${(performance.now() - started).toFixed(0)} ms (cpu ${cpuMs.toFixed(0)} ms)\n`);
  }
}
