/**
 * The few error classes the program raises on purpose. Each message is one sentence that
 * names the value at fault; the CLI maps the class to an exit status in one place
 * (src/cli/exitStatus.ts) and the server to an HTTP status.
 */

/** Bad usage or bad input from the caller: unknown flag, bad date, unknown field. Exit 2, HTTP 400. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** One problem in an input file, located by line and column (1-based). */
export interface DataProblem {
  line: number | null;
  column: string | null;
  reason: string;
}

/** Input data that cannot be loaded: the file as a whole or its rows. Exit 2, HTTP 400. */
export class DataError extends Error {
  override readonly name = 'DataError';
  constructor(
    message: string,
    /** The file the problems are in. */
    readonly file: string,
    /** Every problem found, in file order (the CLI prints the first 100). */
    readonly problems: readonly DataProblem[] = [],
  ) {
    super(message);
  }
}

/** The store cannot be opened or answered wrongly (locked file, unreachable server). Exit 1, HTTP 503. */
export class StoreError extends Error {
  override readonly name = 'StoreError';
}

/** A named thing (workspace, survey) that does not exist. Exit 2, HTTP 404. */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
}
