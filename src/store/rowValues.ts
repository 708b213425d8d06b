import type { Row } from './Store.js';
import { toNumber } from './toNumber.js';

/**
 * Normalises one result row from either engine: bigint → number (checked), Date → ISO string,
 * so callers see the same JS values whichever engine answered. Numeric strings from
 * PostgreSQL are handled by the pg type parsers set in postgresStore.ts.
 */
export function normaliseRow(row: Record<string, unknown>): Row {
  const out: Row = {};
  for (const [key, value] of Object.entries(row)) out[key] = normaliseValue(value, key);
  return out;
}

function normaliseValue(value: unknown, key: string): unknown {
  if (typeof value === 'bigint') return toNumber(value, key);
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((item) => normaliseValue(item, key));
  return value;
}

/** Normalises a columnar result the way {@link normaliseRow} does rows. */
export function normaliseColumns(columns: Record<string, unknown[]>): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const [key, values] of Object.entries(columns)) {
    // A column of plain numbers or strings (cast so in SQL) needs no pass over its values.
    const sample = values.find((value) => value !== null && value !== undefined);
    out[key] = typeof sample === 'number' || typeof sample === 'string' || sample === undefined ? values : values.map((value) => normaliseValue(value, key));
  }
  return out;
}

/** Turns rows into columns (name → values), keeping the rows' key order. */
export function rowsToColumns(rows: readonly Row[]): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const row of rows) {
    for (const [key, value] of Object.entries(row)) {
      out[key] ??= [];
      out[key].push(value);
    }
  }
  return out;
}
