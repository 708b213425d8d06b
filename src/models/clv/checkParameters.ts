import { ModelError } from '../ModelError.js';

/**
 * Checks a model's parameters, in the order `names` gives: each must be a positive finite number.
 *
 * @param model - the model's name, for the message ("BG/NBD")
 * @throws {ModelError} naming the first parameter that is not
 *
 * @example
 * checkParameters('BG/NBD', { r: 1, alpha: 0, a: 1, b: 1 }, ['r', 'alpha', 'a', 'b']) // throws ModelError: BG/NBD needs positive finite parameters, got alpha = 0.
 */
export function checkParameters<K extends string>(model: string, params: Readonly<Record<K, number>>, names: readonly K[]): void {
  for (const name of names) {
    const value = params[name];
    if (!(Number.isFinite(value) && value > 0)) {
      throw new ModelError(`${model} needs positive finite parameters, got ${name} = ${String(value)}.`);
    }
  }
}

/**
 * Checks the length t of a period a model forecasts over: a finite number ≥ 0.
 *
 * @param model - the model's name, for the message ("Pareto/NBD")
 * @throws {ModelError} when t is negative, infinite or not a number
 */
export function checkPeriod(model: string, t: number): void {
  if (!(Number.isFinite(t) && t >= 0)) {
    throw new ModelError(`${model} needs t to be a finite number ≥ 0, got ${String(t)}.`);
  }
}
