/**
 * A model cannot be fitted or evaluated on the data it was given: no customers, no repeat
 * purchase, a value outside the model's domain (negative, not finite, recency after the end
 * of the period), or an optimiser that did not converge.
 *
 * The message is one sentence that names the model and the value at fault. It is a problem of
 * the input data, not of the program: the command line maps it to exit status 2 with the
 * other bad-input errors (docs/cli.md), the server to HTTP 422.
 *
 * @example
 * throw new ModelError('BG/NBD needs at least one customer with a repeat purchase, got 12 customers with frequency 0.');
 */
export class ModelError extends Error {
  override readonly name = 'ModelError';
}
