import type { Language } from '../output/language.js';
import type { Store } from '../store/Store.js';

/** Where a command writes: stdout for results, stderr for messages and progress. */
export interface CliOutput {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  /** The language of human-readable output, from LANG (fr or en). */
  language: Language;
  /** The directory relative file paths are read from (default: this process's): the client's, when a server runs the command for it. */
  cwd?: string;
  /**
   * An open store to run on instead of opening the one the flags name: the server's own,
   * when `barometre serve` holds the embedded database and runs a command for a CLI client.
   * It stays open after the command.
   */
  store?: Store;
  /**
   * Asks the person running the command for a new user's password (askNewPassword): the
   * client's, when a server runs the command for it. Without it, this process's own
   * environment and terminal are asked.
   */
  askNewPassword?: () => Promise<string | undefined>;
}

/**
 * One flag's declaration: a switch (false unless given), a text (given at most once,
 * else its default or undefined) or a repeatable text (every value, in order). `short` is a
 * one-letter alias.
 */
export type FlagSpec = { type: 'boolean'; short?: string } | { type: 'string'; default?: string; short?: string } | { type: 'string'; multiple: true };

/** A command's flags, by their neutral names: `timeUnit` is written `--time-unit`. */
export type FlagSpecs = Readonly<Record<string, FlagSpec>>;

/** The value of a declared flag: a switch is a boolean, a repeatable text a list, a text with a default a string. */
export type FlagValue<Spec extends FlagSpec> = Spec extends { type: 'boolean' }
  ? boolean
  : Spec extends { multiple: true }
    ? string[]
    : Spec extends { default: string }
      ? string
      : string | undefined;

/** The values of the flags `Specs` declares, under the same names. */
export type FlagValues<Specs extends FlagSpecs> = { -readonly [Name in keyof Specs]: FlagValue<Specs[Name]> };

/** How a command presents itself in French: its one-line summary and its usage line. */
export interface FrenchPresentation {
  readonly summary: string;
  readonly usage: string;
}

/**
 * One `barometre` command, ready to run: its name, its one-line summary, its usage line (in
 * English), and the two in French when it has them (see usageIn, summaryIn in defineCommand).
 */
export interface Command {
  readonly name: string;
  readonly summary: string;
  /** How it is called, for --help and usage errors. */
  readonly usage: string;
  /** The summary and usage line in French; without it, French output shows the English ones. */
  readonly french?: FrenchPresentation | undefined;
  /** Parses `args` (what follows the command's name) and runs; returns the exit status (0 success, 1 failure of the run, 2 bad usage or input). */
  run(args: readonly string[], output: CliOutput): Promise<number>;
}
