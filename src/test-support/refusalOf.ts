import { flagName } from '../cli/optionName.js';
import { UsageError } from '../errors/errors.js';

/** How a parser refuses its input: the field at fault, and the sentence as the command line and the HTTP API word it. */
export interface Refusal {
  field: string | undefined;
  cli: string;
  api: string;
}

/** The usage error `parse` throws, worded for both surfaces; fails the test if it throws nothing or something else. */
export function refusalOf(parse: () => unknown): Refusal {
  try {
    parse();
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return { field: error.field, cli: error.wordedFor(flagName), api: error.message };
  }
  throw new Error('The input was accepted.');
}
