import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, it } from 'vitest';

/**
 * End-to-end: the real `barometre` binary in a child process, as scripts and people call it
 * (CONTRACT §2). Needs the build (`npm run build`; `npm test` runs it first).
 */
const BIN = fileURLToPath(new URL('../../bin/barometre.js', import.meta.url));
const BUILT_MAIN = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../collect/fixtures/', import.meta.url));

/** How long a command may take before the test gives up on it. */
const COMMAND_TIMEOUT_MS = 30_000;

interface Outcome {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Every child started, so that none outlives the tests whatever fails. */
const children = new Set<ChildProcess>();

/** The environment of a child: no store chosen by the caller's environment, no demo data. */
function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, BAROMETRE_NO_DEMO: '1', LANG: 'C' };
  delete env.DATABASE_URL;
  delete env.BAROMETRE_DB;
  delete env.PORT;
  return env;
}

function start(args: readonly string[], cwd: string): ChildProcess {
  const child = spawn(process.execPath, [BIN, ...args], { cwd, env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

/** Runs `barometre args…` in `cwd` to its end. */
function run(args: readonly string[], cwd: string): Promise<Outcome> {
  const child = start(args, cwd);
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`barometre ${args.join(' ')} did not finish within ${COMMAND_TIMEOUT_MS} ms; stderr: ${stderr}`));
    }, COMMAND_TIMEOUT_MS);
    child.once('error', reject);
    child.once('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, stdout, stderr });
    });
  });
}

/** The lines of a stream's text, without the empty one after the last line break. */
const lines = (text: string): string[] => text.split('\n').filter((line) => line !== '');

// Each test has its own database file, so they run side by side: most of their time is Node starting up.
describe.concurrent('barometre command line (end to end)', () => {
  let folder: string;
  let dbNumber = 0;
  /** A database file of its own for each test, in the temp folder. */
  const freshDb = (): string => join(folder, `store-${dbNumber++}.duckdb`);

  beforeAll(() => {
    if (!existsSync(BUILT_MAIN)) throw new Error(`${BUILT_MAIN} is missing: run npm run build before the end-to-end tests.`);
    folder = mkdtempSync(join(tmpdir(), 'barometre-cli-e2e-'));
    for (const name of ['customers.csv', 'orders.csv', 'responses.csv']) copyFileSync(join(FIXTURES, name), join(folder, name));
    writeFileSync(join(folder, 'bad-orders.csv'), 'order_id,customer_id,ordered_at,amount\no1,c1,2024-03-05,12\no2,c1,2024-03-05,abc\no3,c1,not a date,5\n');
  });
  afterAll(() => {
    for (const child of children) child.kill('SIGKILL');
    rmSync(folder, { recursive: true, force: true });
  });

  it('imports a file with exit status 0 and a summary on stdout', async ({ expect }) => {
    const result = await run(['import', 'customers', 'customers.csv', '--db', freshDb()], folder);
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(lines(result.stdout)).toEqual([expect.stringMatching(/customers\.csv: 3 rows read, 3 customers added, 0 updated/)]);
  });

  it('prints exactly one JSON object on stdout with --json', async ({ expect }) => {
    const db = freshDb();
    await run(['import', 'customers', 'customers.csv', '--db', db], folder);
    const result = await run(['import', 'customers', 'customers.csv', '--db', db, '--json'], folder);
    expect(result.status).toBe(0);
    expect(lines(result.stdout)).toHaveLength(1);
    const parsed = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(parsed).toMatchObject({ kind: 'customers', rows: 3, inserted: 0, updated: 3, rejected: [] });
  });

  it('exits with 2 for a bad file and lists each bad row as file:line:column: reason on stderr', async ({ expect }) => {
    const db = freshDb();
    const result = await run(['import', 'orders', 'bad-orders.csv', '--db', db], folder);
    expect(result.status).toBe(2);
    const problems = lines(result.stderr).filter((line) => line.startsWith('bad-orders.csv:'));
    expect(problems).toEqual([
      expect.stringMatching(/^bad-orders\.csv:3:amount: .*"abc"/),
      expect.stringMatching(/^bad-orders\.csv:4:ordered_at: .*"not a date"/),
    ]);
    // Atomic: the valid first row was not written either.
    const after = await run(['import', 'orders', 'orders.csv', '--db', db, '--json'], folder);
    expect(JSON.parse(after.stdout)).toMatchObject({ inserted: 3, updated: 0 });
  });

  it('answers a bad file with --json by one JSON object listing the bad rows, and exit status 2', async ({ expect }) => {
    const result = await run(['import', 'orders', 'bad-orders.csv', '--db', freshDb(), '--json'], folder);
    expect(result.status).toBe(2);
    expect(lines(result.stdout)).toHaveLength(1);
    expect(JSON.parse(result.stdout)).toMatchObject({
      kind: 'orders',
      rows: 3,
      inserted: 0,
      updated: 0,
      rejected: [
        { line: 3, column: 'amount', reason: expect.stringContaining('"abc"') },
        { line: 4, column: 'ordered_at', reason: expect.stringContaining('"not a date"') },
      ],
    });
  });

  it('exits with 2 and one sentence for a file that does not exist', async ({ expect }) => {
    const result = await run(['import', 'customers', 'nowhere.csv', '--db', freshDb()], folder);
    expect(result).toMatchObject({ status: 2, stdout: '' });
    expect(lines(result.stderr)).toEqual([expect.stringMatching(/nowhere\.csv does not exist/)]);
  });

  it('exits with 2 for an unknown import kind, naming it', async ({ expect }) => {
    const result = await run(['import', 'customer', 'customers.csv', '--db', freshDb()], folder);
    expect(result).toMatchObject({ status: 2, stdout: '' });
    expect(lines(result.stderr)).toEqual([expect.stringContaining('"customer"')]);
  });

  it('exits with 2 for an unknown command and suggests the nearest one', async ({ expect }) => {
    const result = await run(['imprt', 'customers', 'customers.csv'], folder);
    expect(result).toMatchObject({ status: 2, stdout: '' });
    expect(lines(result.stderr)).toEqual([expect.stringMatching(/"imprt".*did you mean import\?/)]);
  });

  it('exits with 2 for an unknown flag, naming it', async ({ expect }) => {
    const result = await run(['import', 'customers', 'customers.csv', '--db', freshDb(), '--skip-invalide'], folder);
    expect(result).toMatchObject({ status: 2, stdout: '' });
    expect(lines(result.stderr)).toEqual([expect.stringContaining('--skip-invalide')]);
  });

  it('reports with --json: exit status 0 and one JSON object with period and indicators', async ({ expect }) => {
    const db = freshDb();
    expect((await run(['import', 'responses', 'responses.csv', '--db', db], folder)).status).toBe(0);
    const result = await run(['report', '--db', db, '--json'], folder);
    expect(result.status).toBe(0);
    expect(lines(result.stdout)).toHaveLength(1);
    const report = JSON.parse(result.stdout) as { period: unknown; indicators: Record<string, unknown> };
    expect(report.period).toEqual({ from: '2024-03-05', to: '2024-03-06' });
    // responses.csv: r1 (customer, nps 9) and r2 (employee, nps 3): one customer answer, a promoter.
    expect(report.indicators.nps).toMatchObject({ value: 100, n: 1, promoters: 1 });
  });

  it('exits with 2 and one sentence for report --from 2025-02-30', async ({ expect }) => {
    const db = freshDb();
    await run(['import', 'customers', 'customers.csv', '--db', db], folder);
    const result = await run(['report', '--db', db, '--from', '2025-02-30'], folder);
    expect(result).toMatchObject({ status: 2, stdout: '' });
    expect(lines(result.stderr)).toEqual([expect.stringContaining('2025-02-30')]);
  });

  it('exits with 2 and one sentence for report --by an unknown field', async ({ expect }) => {
    const db = freshDb();
    await run(['import', 'customers', 'customers.csv', '--db', db], folder);
    const result = await run(['report', '--db', db, '--by', 'nosuchfield', '--json'], folder);
    expect(result).toMatchObject({ status: 2, stdout: '' });
    expect(lines(result.stderr)).toEqual([expect.stringContaining('nosuchfield')]);
  });

  it('exits with 1 and says the file is in use when a server holds the database file, which opens fine once the server stops', async ({ expect }) => {
    const db = freshDb();
    expect((await run(['import', 'customers', 'customers.csv', '--db', db], folder)).status).toBe(0);
    const server = start(['serve', '--db', db, '--port', '0'], folder);
    try {
      let serverErr = '';
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`barometre serve did not say it was serving; stderr: ${serverErr}`)), COMMAND_TIMEOUT_MS);
        server.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
          serverErr += chunk;
          if (/serving/.test(serverErr)) {
            clearTimeout(timer);
            resolve();
          }
        });
        server.once('exit', (status) => {
          clearTimeout(timer);
          reject(new Error(`barometre serve exited with ${status}; stderr: ${serverErr}`));
        });
      });

      const blocked = await run(['import', 'orders', 'orders.csv', '--db', db], folder);
      expect(blocked).toMatchObject({ status: 1, stdout: '' });
      expect(lines(blocked.stderr)).toEqual([expect.stringMatching(/in use/)]);

      const stopped = new Promise<number | null>((resolve) => server.once('exit', (status) => resolve(status)));
      server.kill('SIGTERM');
      expect(await stopped).toBe(0);
    } finally {
      server.kill('SIGKILL');
    }
    const after = await run(['import', 'orders', 'orders.csv', '--db', db, '--json'], folder);
    expect(after.status).toBe(0);
    expect(JSON.parse(after.stdout)).toMatchObject({ kind: 'orders', rows: 3, inserted: 3, updated: 0 });
  });
});
