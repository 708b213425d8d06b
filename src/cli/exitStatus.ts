import { DataError, NotFoundError, StoreError, UsageError } from '../errors/errors.js';
import { ModelError } from '../models/ModelError.js';
import { flagName } from './optionName.js';

export const EXIT_SUCCESS = 0;
export const EXIT_FAILURE = 1;
export const EXIT_BAD_INPUT = 2;

/** The errors that mean "bad usage or bad input" (exit 2); their messages are written for people. */
const BAD_INPUT_ERRORS = [UsageError, DataError, NotFoundError, ModelError] as const;

/**
 * The exit status for an error that reached the command line (docs/cli.md): 2 for bad
 * usage or bad input, 1 for a run that failed (store unreachable, a bug).
 */
export function exitStatusOf(error: unknown): number {
  if (BAD_INPUT_ERRORS.some((type) => error instanceof type)) return EXIT_BAD_INPUT;
  return EXIT_FAILURE;
}

/**
 * The sentence printed for an error: our own errors' message as is (they are written for
 * people), a usage error's with the fields it names written as flags (`--time-unit`);
 * anything unexpected with its stack, since that is a bug worth reporting.
 */
export function describeError(error: unknown): string {
  if (error instanceof UsageError) return error.wordedFor(flagName);
  if (error instanceof StoreError || BAD_INPUT_ERRORS.some((type) => error instanceof type)) return (error as Error).message;
  if (error instanceof Error) return `Unexpected error: ${error.stack ?? error.message}`;
  return `Unexpected error: ${String(error)}`;
}
