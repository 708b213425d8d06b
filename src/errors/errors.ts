/**
 * The few error classes the program raises on purpose. Each message is one sentence that
 * names the value at fault; the CLI maps the class to an exit status in one place
 * (src/cli/exitStatus.ts) and the server to an HTTP status.
 */

/**
 * The fields of the queries the command line and the HTTP API share, by their neutral names:
 * the API's URL parameters as they are, the CLI's flags in kebab case (`timeUnit`, `--time-unit`).
 */
export type QueryField = 'from' | 'to' | 'where' | 'by' | 'timeUnit' | 'horizon' | 'discountRate' | 'model' | 'segment' | 'source' | 'perItem';

/** How one surface writes a field's name: `--time-unit` on the command line, `timeUnit` in a URL. */
export type FieldNaming = (field: QueryField) => string;

/** A sentence about query fields, written with each field's name as a surface writes it. */
export type FieldWording = (name: FieldNaming) => string;

/** Bad usage or bad input from the caller: unknown flag, bad date, unknown field. Exit 2, HTTP 400. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  /** The query field at fault, when the error is about one (see {@link fieldError}). */
  readonly field: QueryField | undefined;
  readonly #wording: FieldWording | undefined;

  /** `message` is the sentence as is; with `about`, it names fields neutrally and {@link wordedFor} words it for a surface. */
  constructor(message: string, about?: { field: QueryField; wording: FieldWording }) {
    super(message);
    this.field = about?.field;
    this.#wording = about?.wording;
  }

  /** The message with each field named as `name` writes it (the message itself when it names no field). */
  wordedFor(name: FieldNaming): string {
    return this.#wording === undefined ? this.message : this.#wording(name);
  }
}

/**
 * A usage error about one query field, worded for each surface by `wording`; its `message`
 * names the fields neutrally, which is how the HTTP API names its parameters.
 *
 * @example fieldError('timeUnit', (name) => `${name('timeUnit')} "year" must be day or week.`).message
 *   // 'timeUnit "year" must be day or week.'
 */
export function fieldError(field: QueryField, wording: FieldWording): UsageError {
  return new UsageError(wording((neutral) => neutral), { field, wording });
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
