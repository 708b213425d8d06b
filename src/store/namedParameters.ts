import type { SqlParams, SqlValue } from './Store.js';

/**
 * Matches, in order, what may hold a `$` that is not a placeholder — a string literal
 * ('…', quotes doubled inside), a quoted identifier ("…"), a line or block comment — or else a
 * `$name` placeholder (not `$1`, not `$$`), captured. Literals are matched whole so that a
 * `$` in a file path or a CSV header spliced into the SQL as a literal is left alone.
 */
const NAMED_PLACEHOLDER = /'(?:[^']|'')*'|"(?:[^"]|"")*"|--[^\n]*|\/\*[\s\S]*?\*\/|\$([A-Za-z_][A-Za-z0-9_]*)/g;

/**
 * Rewrites `$name` placeholders into PostgreSQL's positional `$1, $2…` and returns the values
 * in that order. A name used twice gets one position. A placeholder without a value throws,
 * so a typo fails loudly instead of binding NULL.
 *
 * @example toPositional('select $a, $b, $a', { a: 1, b: 2 }) // { text: 'select $1, $2, $1', values: [1, 2] }
 */
export function toPositional(sql: string, params: SqlParams): { text: string; values: SqlValue[] } {
  const positions = new Map<string, number>();
  const values: SqlValue[] = [];
  const text = sql.replace(NAMED_PLACEHOLDER, (match, name: string | undefined) => {
    if (name === undefined) return match;
    let position = positions.get(name);
    if (position === undefined) {
      if (!Object.hasOwn(params, name)) throw new Error(`The query uses $${name} but no value was given for it.`);
      values.push(params[name] as SqlValue);
      position = values.length;
      positions.set(name, position);
    }
    return `$${position}`;
  });
  return { text, values };
}

/** Returns only the parameters the SQL text mentions (DuckDB refuses unused named parameters). */
export function usedParameters(sql: string, params: SqlParams): Record<string, SqlValue> {
  const used: Record<string, SqlValue> = {};
  for (const match of sql.matchAll(NAMED_PLACEHOLDER)) {
    const name = match[1];
    if (name === undefined) continue;
    if (!Object.hasOwn(params, name)) throw new Error(`The query uses $${name} but no value was given for it.`);
    used[name] = params[name] as SqlValue;
  }
  return used;
}
