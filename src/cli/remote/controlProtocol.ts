import { isAbsolute } from 'node:path';
import { UsageError } from '../../errors/errors.js';

/**
 * The control channel's protocol: newline-delimited JSON over the socket. The client sends
 * one request line; the server answers with output lines, in the order the command wrote
 * them, and one last exit line.
 */
export interface ControlRequest {
  /** The command line after `barometre`. */
  argv: string[];
  /** The client's working directory, absolute: relative paths in argv are read from there. */
  cwd: string;
  /** The client's language (from LANG). */
  language: 'fr' | 'en';
  /** The database file the client would open, as it names it (relative to cwd): the server checks it is the one it serves. */
  db: string;
  /** Whether the client's stderr is a terminal (progress is drawn only then). */
  stderrIsTTY: boolean;
}

/**
 * One answer line: a piece of the command's stdout or stderr, its exit status (the last
 * line), or a question for the person at the client: `{"ask": "newPassword"}` (users add),
 * which the client answers with a {@link ControlAnswer} line.
 */
export type ControlReply = { stdout: string } | { stderr: string } | { exit: number } | { ask: 'newPassword' };

/** The client's answer to an `ask`: what the person gave (askNewPassword), or null when they gave nothing. */
export interface ControlAnswer {
  answer: string | null;
}

/** The longest request line, in characters, the server reads before refusing it. */
export const MAX_REQUEST_CHARS = 1 << 20;

/** One line of the protocol: the value as JSON, then a line break. */
export function encodeLine(value: ControlRequest | ControlReply | ControlAnswer): string {
  return `${JSON.stringify(value)}\n`;
}

/**
 * The request a line of text carries, checked field by field.
 *
 * @throws UsageError naming what is wrong, for a line that is not JSON or not a request.
 */
export function parseControlRequest(line: string): ControlRequest {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new UsageError(`The control request ${JSON.stringify(line.slice(0, 80))} is not JSON.`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new UsageError('The control request is not a JSON object.');
  const { argv, cwd, language, db, stderrIsTTY } = value as Record<string, unknown>;
  if (!Array.isArray(argv) || !argv.every((arg): arg is string => typeof arg === 'string'))
    throw new UsageError('The control request\'s "argv" is not a list of strings.');
  if (typeof cwd !== 'string' || !isAbsolute(cwd)) throw new UsageError('The control request\'s "cwd" is not an absolute path.');
  if (language !== 'fr' && language !== 'en') throw new UsageError('The control request\'s "language" is neither "fr" nor "en".');
  if (typeof db !== 'string' || db === '') throw new UsageError('The control request\'s "db" is not a file name.');
  if (typeof stderrIsTTY !== 'boolean') throw new UsageError('The control request\'s "stderrIsTTY" is not true or false.');
  return { argv, cwd, language, db, stderrIsTTY };
}

/**
 * The reply a line of text carries, or undefined when it is not one (the client then
 * reports a broken channel).
 */
export function parseControlReply(line: string): ControlReply | undefined {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const reply = value as Record<string, unknown>;
  if (typeof reply.stdout === 'string') return { stdout: reply.stdout };
  if (typeof reply.stderr === 'string') return { stderr: reply.stderr };
  if (typeof reply.exit === 'number' && Number.isInteger(reply.exit)) return { exit: reply.exit };
  if (reply.ask === 'newPassword') return { ask: 'newPassword' };
  return undefined;
}

/** The answer a line from the client carries, or undefined when it is not one. */
export function parseControlAnswer(line: string): ControlAnswer | undefined {
  try {
    const value: unknown = JSON.parse(line);
    if (typeof value !== 'object' || value === null) return undefined;
    const { answer } = value as Record<string, unknown>;
    return typeof answer === 'string' || answer === null ? { answer } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Calls `onLine` with each complete line the socket's text brings, without its line break;
 * `onTooLong` when more than `maxChars` characters arrive without one.
 */
export function splitLines(stream: NodeJS.ReadableStream, onLine: (line: string) => void, maxChars = Number.POSITIVE_INFINITY, onTooLong?: () => void): void {
  let pending = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    pending += chunk;
    let end = pending.indexOf('\n');
    while (end >= 0) {
      const line = pending.slice(0, end);
      pending = pending.slice(end + 1);
      onLine(line);
      end = pending.indexOf('\n');
    }
    if (pending.length > maxChars) {
      pending = '';
      onTooLong?.();
    }
  });
}
