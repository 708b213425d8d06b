import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { killChildren, requireBuild, runBarometre, startServer, stopServer } from '../test-support/barometreProcess.js';

const ORDERS = fileURLToPath(new URL('../importing/fixtures/orders.csv', import.meta.url));

/** What a newcomer meets first, with the real binary: a mistyped --db, a filter that matches nothing, a busy port, --host. */
describe('barometre for a newcomer', () => {
  let folder: string;
  beforeAll(() => {
    requireBuild();
    folder = mkdtempSync(join(tmpdir(), 'barometre-newcomer-'));
  });
  afterAll(() => {
    killChildren();
    rmSync(folder, { recursive: true, force: true });
  });

  it('refuses to read a database file that does not exist, in one sentence, and creates nothing', async () => {
    const missing = join(folder, 'typo.duckdb');
    for (const command of ['report', 'clv', 'customers', 'feedback']) {
      const outcome = await runBarometre([command, '--db', missing], folder);
      expect(outcome.status, command).toBe(2);
      expect(outcome.stderr).toBe(
        `There is no database file ${missing}: import data into it first (barometre import, barometre demo), or name another with --db.\n`,
      );
    }
    expect(existsSync(missing)).toBe(false);
  });

  it('says on stderr which --where value no row has, and keeps stdout the report', async () => {
    const db = join(folder, 'shop.duckdb');
    expect((await runBarometre(['import', 'orders', ORDERS, '--db', db], folder)).status).toBe(0);
    const outcome = await runBarometre(['report', '--db', db, '--where', 'channel=wbe', '--where', 'channel=web', '--json'], folder);
    expect(outcome.status).toBe(0);
    expect(outcome.stderr).toBe('No row has channel=wbe: the indicators it filters count nothing.\n');
    expect(JSON.parse(outcome.stdout)).toHaveProperty('indicators');
  });

  describe('serve', () => {
    let blocker: Server;
    let busyPort: number;
    beforeAll(async () => {
      blocker = createServer();
      await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
      busyPort = (blocker.address() as { port: number }).port;
    });
    afterAll(() => new Promise<void>((resolve) => blocker.close(() => resolve())));

    it('says in one sentence that the port is taken, with exit status 2 and no stack trace', async () => {
      const outcome = await runBarometre(['serve', '--db', join(folder, 'busy.duckdb'), '--port', String(busyPort)], folder);
      expect(outcome.status).toBe(2);
      expect(outcome.stderr).toBe(
        `Port ${busyPort} on 127.0.0.1 is already in use (another Baromètre, or another program): stop it, or choose another port with --port or PORT.\n`,
      );
    });

    it('listens on 127.0.0.1 unless told, prints the URL it listens on, and answers there', async () => {
      const { server, stderr } = await startServer(['--db', join(folder, 'served.duckdb'), '--port', '0'], folder);
      try {
        const url = /on (http:\/\/127\.0\.0\.1:\d+)\n/.exec(stderr)?.[1];
        expect(url).toBeDefined();
        expect((await fetch(`${url}/healthz`)).status).toBe(200);
        // A new store has no account: the home page offers to create the first admin.
        expect(await (await fetch(`${url}/`)).text()).toMatch(/<h1>Set up Baromètre<\/h1>/);
      } finally {
        await stopServer(server);
      }
    });

    it('listens on every interface with --host 0.0.0.0 and says so', async () => {
      const { server, stderr } = await startServer(['--db', join(folder, 'open.duckdb'), '--port', '0', '--host', '0.0.0.0'], folder);
      try {
        const port = /on http:\/\/0\.0\.0\.0:(\d+) \(every interface of this machine\)\n/.exec(stderr)?.[1];
        expect(port).toBeDefined();
        expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
      } finally {
        await stopServer(server);
      }
    });
  });
});
