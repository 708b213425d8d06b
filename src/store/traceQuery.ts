/** Set BAROMETRE_TRACE_QUERIES=1 to have every query's name and duration written to stderr. */
const TRACE = process.env.BAROMETRE_TRACE_QUERIES === '1';

/**
 * Runs one query under its name and, when tracing is on, logs how long it took — the
 * slow-query log STYLE.md asks for, naming the query rather than printing its SQL — and
 * the CPU time this process spent meanwhile (user + system, every thread: DuckDB's work,
 * not a PostgreSQL server's), the steadier figure on a shared machine.
 */
export async function traceQuery<T>(engine: string, name: string, run: () => Promise<T>): Promise<T> {
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
