import { DataError, LocalisedError, NotFoundError, StateError, UsageError } from '../errors/errors.js';
import { ModelError } from '../models/ModelError.js';
import type { Language } from '../output/language.js';
import { frenchTypography } from '../output/localeFormat.js';
import { flagName } from './optionName.js';

export const EXIT_SUCCESS = 0;
export const EXIT_FAILURE = 1;
export const EXIT_BAD_INPUT = 2;

/** The errors that mean "bad usage or bad input" (exit 2); their messages are written for people. */
const BAD_INPUT_ERRORS = [UsageError, DataError, NotFoundError, StateError, ModelError] as const;

/**
 * The exit status for an error that reached the command line (docs/cli.md): 2 for bad
 * usage or bad input, 1 for a run that failed (store unreachable, a bug).
 */
export function exitStatusOf(error: unknown): number {
  if (BAD_INPUT_ERRORS.some((type) => error instanceof type)) return EXIT_BAD_INPUT;
  return EXIT_FAILURE;
}

/**
 * The sentence printed for an error, in `language` (English by default): our own errors'
 * message as is (they are written for people), in French when they carry a French wording,
 * with French typography; a usage error's with the fields it names written as flags
 * (`--time-unit`); anything unexpected with its stack, since that is a bug worth reporting.
 */
export function describeError(error: unknown, language: Language = 'en'): string {
  const french = language === 'fr';
  if (error instanceof UsageError) return french ? frenchTypography(error.wordedFor(flagName, 'fr')) : error.wordedFor(flagName);
  if (error instanceof LocalisedError) return french ? frenchTypography(error.inFrench()) : error.message;
  if (error instanceof ModelError) return error.message;
  const unexpected = french ? 'Erreur inattendue\u00A0:' : 'Unexpected error:';
  return `${unexpected} ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
}
