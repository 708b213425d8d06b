import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreError } from '../../errors/errors.js';
import { openStore } from '../../store/openStore.js';
import type { Store } from '../../store/Store.js';
import { openTestStore, type TestStore } from '../../test-support/engines.js';
import { runCli } from '../runCli.js';
import { encodeLine, parseControlReply } from './controlProtocol.js';
import { type ControlChannel, openControlChannel } from './controlServer.js';
import { controlSocketPlace } from './controlSocketPath.js';
import { forwardToServer } from './forwardToServer.js';
import { capturedOutput } from '../../test-support/capturedOutput.js';

const FIXTURES = fileURLToPath(new URL('../../importing/fixtures/', import.meta.url));

/** Sends one raw line on the socket and returns the replies until the server hangs up. */
function exchange(socket: string, line: string): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const connection = createConnection(socket, () => connection.write(line));
    let received = '';
    connection.setEncoding('utf8').on('data', (chunk: string) => (received += chunk));
    connection.once('error', reject);
    connection.once('close', () =>
      resolve(
        received
          .split('\n')
          .filter((reply) => reply !== '')
          .map(parseControlReply),
      ),
    );
  });
}

/** Leaves a socket file nobody listens on, as a server killed with SIGKILL does. */
function leaveStaleSocket(path: string): void {
  const script = `require('node:net').createServer().listen(${JSON.stringify(path)}, () => process.kill(process.pid, 'SIGKILL'))`;
  spawnSync(process.execPath, ['-e', script]);
}

describe('the control channel of barometre serve', () => {
  let test: TestStore;
  let channel: ControlChannel;
  let db: string;
  /** A folder of the client's, with the fixtures in it, away from the database's. */
  let clientFolder: string;

  beforeAll(async () => {
    test = await openTestStore('duckdb');
    db = test.store.location;
    clientFolder = mkdtempSync(join(tmpdir(), 'barometre-client-'));
    for (const name of ['customers.csv', 'orders.csv', 'responses.csv']) copyFileSync(join(FIXTURES, name), join(clientFolder, name));
    writeFileSync(join(clientFolder, 'bad-orders.csv'), 'order_id,customer_id,ordered_at,amount\no1,c1,2024-03-05,12\no2,c1,2024-03-05,abc\n');
    channel = (await openControlChannel(test.store)) as ControlChannel;
  });
  afterAll(async () => {
    await channel.close();
    await test.dispose();
    rmSync(clientFolder, { recursive: true, force: true });
  });

  /** Runs a command line as a client in clientFolder would, through the channel. */
  async function forwarded(argv: string[], options: { language?: 'fr' | 'en'; isTTY?: boolean } = {}) {
    const { output, text } = capturedOutput({ cwd: clientFolder, ...options });
    const status = await forwardToServer([...argv, '--db', db], output);
    return { status, ...text };
  }

  /** Runs a command line in this process on the same store, as the server itself would without a client. */
  async function direct(argv: string[], options: { language?: 'fr' | 'en'; isTTY?: boolean } = {}) {
    const { output, text } = capturedOutput({ cwd: clientFolder, store: test.store, ...options });
    const status = await runCli([...argv, '--db', db], output);
    return { status, ...text };
  }

  it('listens on a socket beside the database file that only its owner may use', () => {
    expect(channel.socket).toBe(`${db}.sock`);
    expect(statSync(channel.socket).mode & 0o777).toBe(0o600);
  });

  it('imports files the client names relative to its own folder, and names them as the client typed them', async () => {
    for (const kind of ['customers', 'orders', 'responses']) {
      const result = await forwarded(['import', kind, `${kind}.csv`]);
      expect(result).toMatchObject({ status: 0, stderr: '' });
      expect(result.stdout).toMatch(new RegExp(`^${kind}\\.csv: \\d+ rows read`));
    }
  });

  it('prints the same report --json as a direct run on the same data, with the same status', async () => {
    const argv = ['report', '--json'];
    const [through, here] = [await forwarded(argv), await direct(argv)];
    expect(through).toEqual(here);
    expect(through.status).toBe(0);
    expect(JSON.parse(through.stdout)).toHaveProperty('indicators');
  });

  it("prints in the client's language", async () => {
    const argv = ['report', '--workspace', 'default'];
    expect(await forwarded(argv, { language: 'fr' })).toEqual(await direct(argv, { language: 'fr' }));
  });

  it('answers bad usage with exit status 2 and the same sentence on stderr as a direct run', async () => {
    for (const argv of [['report', '--nope'], ['reprot'], ['customers', '--segment', 'nobody', '--to', 'soon']]) {
      const [through, here] = [await forwarded(argv), await direct(argv)];
      expect(through).toEqual(here);
      expect(through.status).toBe(2);
      expect(through.stderr).not.toBe('');
    }
  });

  it('asks the client for a new user’s password, and adds the user and a workspace as a direct run would', async () => {
    const asked: string[] = [];
    const { output, text } = capturedOutput({ cwd: clientFolder });
    output.askNewPassword = async () => {
      asked.push('password');
      return 'a long enough passphrase';
    };
    expect((await forwarded(['workspaces', 'create', 'remote-shop', '--json'])).stdout).toBe('{"name":"remote-shop"}\n');
    const status = await forwardToServer(['users', 'add', 'ana@shop.fr', '--role', 'editor', '--workspace', 'remote-shop', '--json', '--db', db], output);
    expect({ status, ...text }).toEqual({
      status: 0,
      stdout: '{"email":"ana@shop.fr","displayName":"ana","created":true,"workspace":"remote-shop","role":"editor"}\n',
      stderr: '',
    });
    expect(asked).toEqual(['password']);
    const refused = capturedOutput({ cwd: clientFolder });
    refused.output.askNewPassword = async () => undefined;
    expect(await forwardToServer(['users', 'add', 'bob@shop.fr', '--role', 'viewer', '--workspace', 'remote-shop', '--db', db], refused.output)).toBe(2);
    expect(refused.text.stderr).toMatch(/BAROMETRE_PASSWORD/);
    const list = await forwarded(['users', 'list', '--json']);
    expect(JSON.parse(list.stdout).users.map((user: { email: string }) => user.email)).toEqual(['ana@shop.fr']);
    expect(list).toEqual(await direct(['users', 'list', '--json']));
  });

  it("lists a bad file's rows as file:line:column with exit status 2, as a direct run does", async () => {
    const argv = ['import', 'orders', 'bad-orders.csv'];
    const [through, here] = [await forwarded(argv), await direct(argv)];
    expect(through).toEqual(here);
    expect(through.status).toBe(2);
    expect(through.stderr).toMatch(/^bad-orders\.csv:3:amount: /m);
  });

  it('names the database file in messages as the client named it', async () => {
    const { output, text } = capturedOutput({ cwd: clientFolder });
    const named = relative(clientFolder, db);
    expect(await forwardToServer(['report', '--workspace', 'nobody', '--db', named], output)).toBe(2);
    expect(text.stdout).toBe('');
    expect(text.stderr.startsWith(`There is no workspace named "nobody" in ${named}; `)).toBe(true);
  });

  it("draws progress when the client's stderr is a terminal, and not otherwise", async () => {
    const onTerminal = await forwarded(['import', 'orders', 'orders.csv'], { isTTY: true });
    expect(onTerminal.status).toBe(0);
    expect(onTerminal.stderr).toContain('\x1b[2K');
    expect((await forwarded(['import', 'orders', 'orders.csv'])).stderr).toBe('');
  });

  it('runs commands that arrive together one after the other, each with its own output', async () => {
    const results = await Promise.all([
      forwarded(['report', '--json']),
      forwarded(['import', 'orders', 'orders.csv', '--json']),
      forwarded(['report', '--json']),
    ]);
    expect(results.map((result) => result.status)).toEqual([0, 0, 0]);
    expect(JSON.parse(results[1]!.stdout)).toMatchObject({ kind: 'orders', updated: 3 });
    expect(results[2]!.stdout).toBe(results[0]!.stdout);
  });

  it('refuses to run serve again on the file it serves, with exit status 2', async () => {
    const request = { argv: ['serve', '--db', db], cwd: clientFolder, language: 'en', db, stderrIsTTY: false };
    const replies = await exchange(channel.socket, encodeLine(request as never));
    expect(replies).toEqual([{ stderr: expect.stringMatching(/already served/) }, { exit: 2 }]);
  });

  it('refuses a request for another database file', async () => {
    const request = { argv: ['report'], cwd: clientFolder, language: 'en', db: join(clientFolder, 'other.duckdb'), stderrIsTTY: false };
    expect(await exchange(channel.socket, encodeLine(request as never))).toEqual([
      { stderr: expect.stringMatching(/serves .* not .*other\.duckdb/) },
      { exit: 2 },
    ]);
  });

  it('answers a line that is not a request with an error and exit status 2, and keeps serving', async () => {
    expect(await exchange(channel.socket, 'not json\n')).toEqual([{ stderr: expect.stringMatching(/is not JSON/) }, { exit: 2 }]);
    expect(await exchange(channel.socket, '{"argv":"report"}\n')).toEqual([{ stderr: expect.stringMatching(/"argv" is not a list of strings/) }, { exit: 2 }]);
    expect((await forwarded(['report', '--json'])).status).toBe(0);
  });

  it('survives a client that hangs up in the middle of a command', async () => {
    const request = { argv: ['import', 'orders', 'orders.csv', '--db', db], cwd: clientFolder, language: 'en', db, stderrIsTTY: true };
    await new Promise<void>((resolve) => {
      const connection = createConnection(channel.socket, () =>
        connection.end(encodeLine(request as never), () => {
          connection.destroy();
          resolve();
        }),
      );
    });
    expect((await forwarded(['report', '--json'])).status).toBe(0);
  });

  it('is not used for another database file, nor for PostgreSQL', async () => {
    const { output } = capturedOutput({ cwd: clientFolder });
    expect(await forwardToServer(['report', '--db', 'elsewhere.duckdb'], output)).toBeUndefined();
    expect(await forwardToServer(['report', '--db', db, '--database-url', 'postgres://nobody@127.0.0.1/none'], output)).toBeUndefined();
    expect(await forwardToServer(['serve', '--db', db], output)).toBeUndefined();
    expect(await openControlChannel({ engine: 'postgres', location: 'postgres://127.0.0.1/x' } as Store)).toBeUndefined();
  });

  it('refuses to start beside a socket another process answers on', async () => {
    await expect(openControlChannel({ engine: 'duckdb', location: db } as Store)).rejects.toThrow(StoreError);
    await expect(openControlChannel({ engine: 'duckdb', location: db } as Store)).rejects.toThrow(/already served by another Baromètre process/);
    expect(existsSync(channel.socket)).toBe(true);
  });
});

describe('starting and stopping the control channel', () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'barometre-channel-'));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('removes a socket left by a server that died, and its own socket when it closes', async () => {
    const store = await openStore({ db: join(folder, 'stale.duckdb') });
    leaveStaleSocket(`${store.location}.sock`);
    expect(existsSync(`${store.location}.sock`)).toBe(true);
    const channel = (await openControlChannel(store)) as ControlChannel;
    const { output, text } = capturedOutput({ cwd: folder });
    const fixture = join(FIXTURES, 'customers.csv');
    expect(await forwardToServer(['import', 'customers', fixture, '--db', relative(process.cwd(), store.location)], { ...output, cwd: process.cwd() })).toBe(0);
    expect(text).toEqual({ stdout: 'customers.csv: 3 rows read, 3 customers added, 0 updated.\n', stderr: '' });
    await channel.close();
    expect(existsSync(channel.socket)).toBe(false);
    await store.close();
  });

  it('refuses a file in the way of its socket and leaves it there', async () => {
    const store = await openStore({ db: join(folder, 'blocked.duckdb') });
    writeFileSync(`${store.location}.sock`, 'mine');
    await expect(openControlChannel(store)).rejects.toThrow(/is not a socket/);
    expect(existsSync(`${store.location}.sock`)).toBe(true);
    await store.close();
  });

  it("puts the socket in a private folder of the user's when the path beside the file is too long", async () => {
    const deep = join(folder, 'a-folder-with-a-rather-long-name-to-pass-the-socket-path-limit', 'and-another-one-below-it');
    mkdirSync(deep, { recursive: true });
    const store = await openStore({ db: join(deep, 'long.duckdb') });
    const channel = (await openControlChannel(store)) as ControlChannel;
    try {
      const place = controlSocketPlace(store.location);
      expect(channel.socket).toBe(place.socket);
      expect(place.privateFolder).toBeDefined();
      expect(statSync(place.privateFolder!).mode & 0o777).toBe(0o700);
      expect(statSync(channel.socket).mode & 0o777).toBe(0o600);
      const { output, text } = capturedOutput({ cwd: deep });
      expect(await forwardToServer(['import', 'customers', join(FIXTURES, 'customers.csv'), '--db', 'long.duckdb'], output)).toBe(0);
      expect(text.stdout).toMatch(/3 customers added/);
    } finally {
      await channel.close();
      await store.close();
    }
  });
});
