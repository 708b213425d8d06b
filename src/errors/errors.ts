import type { Language } from '../output/language.js';

/**
 * The few error classes the program raises on purpose. Each message is one sentence that
 * names the value at fault; the CLI maps the class to an exit status in one place
 * (src/cli/exitStatus.ts) and the server to an HTTP status.
 */

/**
 * A text in each language Baromètre speaks (src/output/language.ts): what a message carries
 * when the command line can say it in French too. English is the text of record (the HTTP API,
 * logs and `error.message` use it).
 */
export interface Localised<Text = string> {
  readonly en: Text;
  readonly fr: Text;
}

/** A message as an error is given it: English alone, or English and French. */
export type Message = string | Localised;

/**
 * An error whose message is English (`message`) and may also be worded in French
 * ({@link inFrench}); the base of the program's own errors.
 */
export abstract class LocalisedError extends Error {
  /** The sentence in French, when it was given one. */
  readonly #french: string | undefined;

  constructor(message: Message, options?: ErrorOptions) {
    super(typeof message === 'string' ? message : message.en, options);
    this.#french = typeof message === 'string' ? undefined : message.fr;
  }

  /** The sentence in French, or the English `message` when it has no French wording. */
  inFrench(): string {
    return this.#french ?? this.message;
  }
}

/**
 * The fields of the queries the command line and the HTTP API share, by their neutral names:
 * the API's URL parameters as they are, the CLI's flags in kebab case (`timeUnit`, `--time-unit`).
 */
export type QueryField =
  | 'from'
  | 'to'
  | 'where'
  | 'by'
  | 'timeUnit'
  | 'horizon'
  | 'discountRate'
  | 'model'
  | 'segment'
  | 'source'
  | 'perItem'
  | 'churnWindow'
  | 'churnModel'
  | 'cohorts'
  | 'interval'
  | 'compare'
  | 'indicator'
  | 'margin'
  | 'answers'
  | 'expected'
  | 'band'
  | 'theme'
  | 'sentiment'
  | 'limit'
  | 'offset';

/** How one surface writes a field's name: `--time-unit` on the command line, `timeUnit` in a URL. */
export type FieldNaming = (field: QueryField) => string;

/** A sentence about query fields, written with each field's name as a surface writes it. */
export type FieldWording = (name: FieldNaming) => string;

/** Bad usage or bad input from the caller: unknown flag, bad date, unknown field. Exit 2, HTTP 400. */
export class UsageError extends LocalisedError {
  override readonly name = 'UsageError';
  /** The query field at fault, when the error is about one (see {@link fieldError}). */
  readonly field: QueryField | undefined;
  readonly #wording: Localised<FieldWording> | undefined;

  /** `message` is the sentence as is; with `about`, it names fields neutrally and {@link wordedFor} words it for a surface. */
  constructor(message: Message, about?: { field: QueryField; wording: FieldWording | Localised<FieldWording> }) {
    super(message);
    this.field = about?.field;
    this.#wording = about === undefined ? undefined : typeof about.wording === 'function' ? { en: about.wording, fr: about.wording } : about.wording;
  }

  /**
   * The message with each field named as `name` writes it (the message itself when it names
   * no field), in English or, with `language` 'fr', in French when it has a French wording.
   */
  wordedFor(name: FieldNaming, language: Language = 'en'): string {
    if (this.#wording === undefined) return language === 'fr' ? this.inFrench() : this.message;
    return this.#wording[language](name);
  }
}

/**
 * A usage error about one query field, worded for each surface by `wording` (English, or
 * English and French); its `message` names the fields neutrally in English, which is how the
 * HTTP API names its parameters.
 *
 * @example fieldError('timeUnit', (name) => `${name('timeUnit')} "year" must be day or week.`).message
 *   // 'timeUnit "year" must be day or week.'
 */
export function fieldError(field: QueryField, wording: FieldWording | Localised<FieldWording>): UsageError {
  const english = typeof wording === 'function' ? wording : wording.en;
  return new UsageError(
    english((neutral) => neutral),
    { field, wording },
  );
}

/** One problem in an input file, located by line and column (1-based). */
export interface DataProblem {
  line: number | null;
  column: string | null;
  reason: string;
}

/** Input data that cannot be loaded: the file as a whole or its rows. Exit 2, HTTP 400. */
export class DataError extends LocalisedError {
  override readonly name = 'DataError';
  constructor(
    message: Message,
    /** The file the problems are in. */
    readonly file: string,
    /** Every problem found, in file order (the CLI prints the first 100). */
    readonly problems: readonly DataProblem[] = [],
  ) {
    super(message);
  }
}

/** The store cannot be opened or answered wrongly (locked file, unreachable server). Exit 1, HTTP 503. */
export class StoreError extends LocalisedError {
  override readonly name = 'StoreError';
}

/** A named thing (workspace, survey) that does not exist. Exit 2, HTTP 404. */
export class NotFoundError extends LocalisedError {
  override readonly name = 'NotFoundError';
}

/** A request the thing's state refuses: a survey closed or not open yet. Exit 2, HTTP 409. */
export class StateError extends LocalisedError {
  override readonly name = 'StateError';
}

/** The installation is incomplete: a file the build makes is missing (the tracker). Exit 1, HTTP 500. */
export class SetupError extends LocalisedError {
  override readonly name = 'SetupError';
}
