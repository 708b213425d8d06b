import { PassThrough, Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from '../../test-support/engines.js';
import { askNewPassword } from '../askNewPassword.js';
import { runCli } from '../runCli.js';
import { capturedOutput } from '../../test-support/capturedOutput.js';

/** Runs a command line on the test store and returns its status and what it printed. */
async function run(test: TestStore, argv: string[], options: { language?: 'fr' | 'en'; password?: string } = {}) {
  const { output, text } = capturedOutput({ ...options, store: test.store, password: options.password });
  return { status: await runCli(argv, output), ...text };
}

describe('barometre users and workspaces', () => {
  let test: TestStore;
  beforeEach(async () => {
    test = await openTestStore('duckdb');
  });
  afterEach(async () => test.dispose());

  it('creates and lists workspaces, adds, lists and removes users, in English and French', async () => {
    expect(await run(test, ['workspaces', 'list'])).toMatchObject({ status: 0, stdout: 'No workspace yet: barometre workspaces create NAME makes one.\n' });
    expect(await run(test, ['workspaces', 'create', 'default'], { language: 'fr' })).toMatchObject({ status: 0, stdout: 'Espace de travail default créé.\n' });
    expect(await run(test, ['workspaces', 'create', 'default'])).toMatchObject({ status: 2, stderr: 'The workspace "default" exists already.\n' });
    expect(await run(test, ['users', 'add', 'ana@shop.fr', '--role', 'admin', '--name', 'Ana Lima'], { password: 'a long enough passphrase' })).toMatchObject({
      status: 0,
      stdout: 'Added ana@shop.fr, admin of workspace default.\n',
    });
    expect(await run(test, ['users', 'add', 'bob@shop.fr', '--role', 'viewer'], { password: 'short' })).toMatchObject({
      status: 2,
      stderr: expect.stringMatching(/at least 15/),
    });
    expect(await run(test, ['users', 'add', 'bob@shop.fr', '--role', 'owner'])).toMatchObject({
      status: 2,
      stderr: 'The role "owner" is not one of admin, editor, viewer.\n',
    });
    expect(await run(test, ['users', 'list'])).toMatchObject({ status: 0, stdout: 'ana@shop.fr\tAna Lima\tdefault (admin)\n' });
    const listed = JSON.parse((await run(test, ['users', 'list', '--json'])).stdout);
    expect(listed.users[0]).toMatchObject({ email: 'ana@shop.fr', displayName: 'Ana Lima', workspaces: [{ workspace: 'default', role: 'admin' }] });
    expect(JSON.stringify(listed)).not.toMatch(/argon2/);
    expect(await run(test, ['users', 'remove', 'ana@shop.fr', '--json'])).toMatchObject({ status: 0, stdout: '{"removed":"ana@shop.fr"}\n' });
    expect(await run(test, ['users', 'remove', 'ana@shop.fr'], { language: 'fr' })).toMatchObject({
      status: 2,
      stderr: 'Il n\'y a pas d\'utilisateur "ana@shop.fr".\n',
    });
    expect(await run(test, ['users', 'add'])).toMatchObject({ status: 2, stderr: expect.stringMatching(/^Use: barometre users add EMAIL/) });
    expect(await run(test, ['users', 'add', 'x@y', '--role', 'admin', '--password', 'secret'])).toMatchObject({
      status: 2,
      stderr: expect.stringMatching(/Unknown option '--password'/),
    });
  });
});

describe('askNewPassword', () => {
  const sources = (env: NodeJS.ProcessEnv) => ({ env, stdin: { isTTY: false } as NodeJS.ReadStream, stderr: new Writable({ write: (_c, _e, cb) => cb() }) });
  /** A terminal that types `keys` (one chunk each, after the prompt), and what it showed. */
  function terminal(keys: string[]) {
    const stdin = Object.assign(new PassThrough(), { isTTY: true, raw: false, setRawMode: (raw: boolean) => (stdin.raw = raw) });
    let shown = '';
    const stderr = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        shown += chunk.toString();
        const next = /: $/.test(shown) ? keys.shift() : undefined;
        if (next !== undefined) setImmediate(() => stdin.write(next));
        callback();
      },
    });
    return { sources: { env: {}, stdin: stdin as unknown as NodeJS.ReadStream, stderr }, shown: () => shown, stdin };
  }

  it('asks twice on a terminal without echo, in raw mode, with backspace, and refuses two different passwords', async () => {
    const typed = terminal(['a long passphrasX\u007fe\r', 'a long passphrase\r']);
    expect(await askNewPassword('fr', typed.sources)).toBe('a long passphrase');
    expect(typed.shown()).toBe('Mot de passe\u00A0: \nMot de passe, à nouveau\u00A0: \n');
    expect(typed.stdin.raw).toBe(false);
    await expect(askNewPassword('en', terminal(['one passphrase here\r', 'another passphrase\r']).sources)).rejects.toThrow('The two passwords differ.');
    expect(await askNewPassword('en', terminal(['\u0003']).sources)).toBeUndefined();
  });

  it('takes BAROMETRE_PASSWORD when set, and gives nothing without it and without a terminal', async () => {
    expect(await askNewPassword('en', sources({ BAROMETRE_PASSWORD: 'from the environment' }))).toBe('from the environment');
    expect(await askNewPassword('en', sources({}))).toBeUndefined();
  });
});
