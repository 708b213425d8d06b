import type { ParseArgsConfig } from 'node:util';

/** Where a command writes: stdout for results, stderr for messages and progress. */
export interface CliOutput {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  /** The language of human-readable output, from LANG (fr or en). */
  language: 'fr' | 'en';
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
