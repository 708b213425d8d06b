import { Writable } from 'node:stream';
import type { CliOutput } from '../cli/Command.js';
import type { Store } from '../store/Store.js';

/** What a test's command run may be given: the client's folder, an open store, the language, a terminal, a password to answer with. */
export interface CapturedOptions {
  cwd?: string;
  store?: Store;
  language?: 'fr' | 'en';
  isTTY?: boolean;
  password?: string;
}

/**
 * An output for running a command in a test that keeps what it writes on stdout and stderr
 * in `text`; with `password`, a new password asked for is answered with it.
 */
export function capturedOutput(options: CapturedOptions = {}): { output: CliOutput; text: { stdout: string; stderr: string } } {
  const text = { stdout: '', stderr: '' };
  const sink = (name: 'stdout' | 'stderr') =>
    new Writable({
      write(chunk: Buffer, _encoding, callback) {
        text[name] += chunk.toString('utf8');
        callback();
      },
    });
  const output: CliOutput = {
    stdout: sink('stdout'),
    stderr: Object.assign(sink('stderr'), { isTTY: options.isTTY ?? false }),
    language: options.language ?? 'en',
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
    ...(options.store === undefined ? {} : { store: options.store }),
    ...('password' in options ? { askNewPassword: async () => options.password } : {}),
  };
  return { output, text };
}
