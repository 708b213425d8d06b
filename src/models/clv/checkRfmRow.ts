import { ModelError } from '../ModelError.js';

/** One customer's summary, for the conditional expectations. */
export interface RfmRow {
  frequency: number;
  recency: number;
  age: number;
}

/**
 * Checks one customer's (x, t_x, T) for a model, in the sentence the user will read: the
 * conventions of docs/clv.md (x repeat purchase days, t_x and T from the first purchase day).
 *
 * @param model - the model's name, for the message ("BG/NBD")
 * @param row - the customer's summary
 * @param where - where the row is, appended to the message ("at row 12")
 * @throws {ModelError} when x is not a whole number ≥ 0, t_x or T is negative or not finite,
 *   t_x > T, or t_x > 0 with x = 0
 *
 * @example
 * checkRfmRow('BG/NBD', { frequency: 2, recency: 30, age: 20 }) // throws ModelError: BG/NBD needs recency ≤ T (the last purchase inside the period), got recency 30 > T 20.
 */
export function checkRfmRow(model: string, row: RfmRow, where = ''): void {
  const { frequency: x, recency, age } = row;
  const at = where === '' ? '' : ` ${where}`;
  if (!(Number.isInteger(x) && x >= 0)) {
    throw new ModelError(`${model} needs a frequency that is a whole number of repeat purchases ≥ 0, got ${String(x)}${at}.`);
  }
  if (!(Number.isFinite(recency) && recency >= 0)) {
    throw new ModelError(`${model} needs a finite recency ≥ 0, got ${String(recency)}${at}.`);
  }
  if (!(Number.isFinite(age) && age >= 0)) {
    throw new ModelError(`${model} needs a finite age T ≥ 0, got ${String(age)}${at}.`);
  }
  if (recency > age) {
    throw new ModelError(`${model} needs recency ≤ T (the last purchase inside the period), got recency ${String(recency)} > T ${String(age)}${at}.`);
  }
  if (x === 0 && recency !== 0) {
    throw new ModelError(
      `${model} needs recency 0 for a customer without repeat purchase (it runs from the first to the last purchase day), got ${String(recency)}${at}.`,
    );
  }
}
