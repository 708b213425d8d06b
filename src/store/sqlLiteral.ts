import { StoreError } from '../errors/errors.js';

/** What `cast(t as varchar)` gives for a timestamp or date on both engines: nothing else is written into SQL. */
const TIMESTAMP_TEXT = /^\d{4}-\d{2}-\d{2}( \d{2}:\d{2}:\d{2}(\.\d{1,6})?)?$/;

/**
 * A timestamp or date the store wrote as text, as an SQL literal (checked: nothing else
 * reaches the SQL). Constants, unlike parameters, let DuckDB's zone maps skip row groups.
 */
export function sqlDateLiteral(type: 'timestamp' | 'date', text: string): string {
  if (!TIMESTAMP_TEXT.test(text)) throw new StoreError(`The store gave "${text}" where a ${type} was expected.`);
  return `${type} '${text}'`;
}

/** Quotes a text as an SQL string literal. Only our own constants (file paths we chose, fixed words) go through it. */
export function sqlString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
