import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The real `barometre` binary in child processes, for the end-to-end tests (docs/cli.md).
 * It needs the build (`npm run build`; `npm test` runs it first).
 */
const BIN = fileURLToPath(new URL('../../bin/barometre.js', import.meta.url));
const BUILT_MAIN = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

/** How long a command may take before the test gives up on it. */
export const COMMAND_TIMEOUT_MS = 30_000;

export interface Outcome {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Every child started, so that none outlives the tests whatever fails ({@link killChildren}). */
const children = new Set<ChildProcess>();

/** Throws a clear sentence when the build the binary runs is missing. */
export function requireBuild(): void {
  if (!existsSync(BUILT_MAIN)) throw new Error(`${BUILT_MAIN} is missing: run npm run build before the end-to-end tests.`);
}

/** The locales a child can run in: C (English, the default) or French, as LANG names them. */
export type ChildLocale = 'C' | 'fr_FR.UTF-8';

/**
 * The environment of a child: no store chosen by the caller's environment, no demo data, no
 * schedule of feeds, English unless `locale` says French; then `extra` (a test that asks for them).
 */
function childEnv(locale: ChildLocale, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, BAROMETRE_NO_DEMO: '1', BAROMETRE_LISTEN_INTERVAL_MINUTES: '0', LANG: locale };
  // LC_ALL and LC_MESSAGES come before LANG (src/cli/main.ts): only LANG speaks.
  delete env.LC_ALL;
  delete env.LC_MESSAGES;
  delete env.DATABASE_URL;
  delete env.BAROMETRE_DB;
  delete env.PORT;
  return { ...env, ...extra };
}

/** Starts `barometre args…` in `cwd` (in `locale`, C by default, with the variables `env` adds) and leaves it running. */
export function startBarometre(args: readonly string[], cwd: string, locale: ChildLocale = 'C', env: NodeJS.ProcessEnv = {}): ChildProcess {
  const child = spawn(process.execPath, [BIN, ...args], { cwd, env: childEnv(locale, env), stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

/**
 * Starts `barometre serve args…` in `cwd` and resolves once it says it is serving, with what
 * it wrote on stderr until then; rejects when it exits first or stays silent too long.
 */
export function startServer(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<{ server: ChildProcess; stderr: string }> {
  const server = startBarometre(['serve', ...args], cwd, 'C', env);
  let stderr = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`barometre serve did not say it was serving; stderr: ${stderr}`)), COMMAND_TIMEOUT_MS);
    server.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      if (/is serving/.test(stderr)) {
        clearTimeout(timer);
        resolve({ server, stderr });
      }
    });
    server.once('exit', (status) => {
      clearTimeout(timer);
      reject(new Error(`barometre serve exited with ${status}; stderr: ${stderr}`));
    });
  });
}

/** Stops a running `barometre serve` with SIGTERM and resolves with its exit status. */
export function stopServer(server: ChildProcess): Promise<number | null> {
  const stopped = new Promise<number | null>((resolve) => server.once('exit', (status) => resolve(status)));
  server.kill('SIGTERM');
  return stopped;
}

/** Runs `barometre args…` in `cwd` (in `locale`, C by default, with the variables `env` adds) to its end, or gives up after `timeoutMs`. */
export function runBarometre(
  args: readonly string[],
  cwd: string,
  timeoutMs = COMMAND_TIMEOUT_MS,
  locale: ChildLocale = 'C',
  env: NodeJS.ProcessEnv = {},
): Promise<Outcome> {
  const child = startBarometre(args, cwd, locale, env);
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`barometre ${args.join(' ')} did not finish within ${timeoutMs} ms; stderr: ${stderr}`));
    }, timeoutMs);
    child.once('error', reject);
    child.once('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, stdout, stderr });
    });
  });
}

/** Kills every child still running (call in afterAll). */
export function killChildren(): void {
  for (const child of children) child.kill('SIGKILL');
}

/** The lines of a stream's text, without the empty one after the last line break. */
export const lines = (text: string): string[] => text.split('\n').filter((line) => line !== '');
