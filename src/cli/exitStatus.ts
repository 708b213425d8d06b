import { DataError, NotFoundError, StoreError, UsageError } from '../errors/errors.js';

export const EXIT_SUCCESS = 0;
export const EXIT_FAILURE = 1;
export const EXIT_BAD_INPUT = 2;

/**
 * The exit status for an error that reached the command line (CONTRACT §2): 2 for bad
 * usage or bad input, 1 for a run that failed (store unreachable, a bug).
 */
export function exitStatusOf(error: unknown): number {
  if (error instanceof UsageError || error instanceof DataError || error instanceof NotFoundError) return EXIT_BAD_INPUT;
  return EXIT_FAILURE;
}

/**
 * The sentence printed for an error: our own errors' message as is (they are written for
 * people); anything unexpected with its stack, since that is a bug worth reporting.
 */
export function describeError(error: unknown): string {
  if (error instanceof UsageError || error instanceof DataError || error instanceof NotFoundError || error instanceof StoreError) return error.message;
  if (error instanceof Error) return `Unexpected error: ${error.stack ?? error.message}`;
  return `Unexpected error: ${String(error)}`;
}
