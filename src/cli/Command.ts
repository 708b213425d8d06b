import type { ParseArgsConfig } from 'node:util';
import type { Store } from '../store/Store.js';

/** Where a command writes: stdout for results, stderr for messages and progress. */
export interface CliOutput {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  /** The language of human-readable output, from LANG (fr or en). */
  language: 'fr' | 'en';
  /** The directory relative file paths are read from (default: this process's): the client's, when a server runs the command for it. */
  cwd?: string;
  /**
   * An open store to run on instead of opening the one the flags name: the server's own,
   * when `barometre serve` holds the embedded database and runs a command for a CLI client.
   * It stays open after the command.
   */
  store?: Store;
}

/** The parsed flags of a command: shared ones plus its own. */
export type Flags = Record<string, string | boolean | string[] | undefined>;

/** One `barometre` command: its flags, its positional arguments and what it does. */
export interface Command {
  name: string;
  summary: string;
  /** How it is called, for --help and usage errors. */
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Returns the exit status (0 success, 1 failure of the run, 2 bad usage or input). */
  run(flags: Flags, positionals: string[], output: CliOutput): Promise<number>;
}
