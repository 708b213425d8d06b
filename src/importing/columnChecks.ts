import { DATE_RANGE } from '../store/schema/dateRange.js';
import { sqlString } from '../store/sqlLiteral.js';
import type { ColumnSpec, ColumnType } from '../store/schema/kinds.js';

/**
 * One check of one field: `failSql` is true (over the cleaned text `v`) when the field is bad,
 * `reason` turns the offending text into the sentence reported for the row.
 */
export interface FieldCheck {
  column: string;
  failSql: string;
  /** The SQL of the text a bad row shows (default: the cleaned column named `column`). */
  valueSql?: string;
  reason: (value: string | null) => string;
}

/** Decimal numbers as people write them in CSVs: 12, 12.5, .5, 1e3 (dot decimal only). */
const NUMBER_PATTERN = `'[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][+-]?[0-9]+)?'`;
const WHOLE_PATTERN = `'[+-]?[0-9]+'`;

export const TRUE_WORDS = ['true', '1', 'yes'] as const;
export const FALSE_WORDS = ['false', '0', 'no'] as const;

/**
 * The checks for one column, in the order they are tried (the first failing one is the row's
 * reason). `v` stands for the field with surrounding spaces removed and '' read as missing.
 */
export function columnChecks(spec: ColumnSpec, v: string): FieldCheck[] {
  const checks: FieldCheck[] = [];
  const name = spec.name;
  if (spec.required) checks.push({ column: name, failSql: `${v} is null`, reason: () => `${name} is empty but required` });
  checks.push(...typeChecks(name, spec.kind, v));
  return checks;
}

function typeChecks(name: string, kind: ColumnType, v: string): FieldCheck[] {
  const quoted = (value: string | null) => JSON.stringify(value);
  switch (kind.type) {
    case 'text':
      return [];
    case 'timestamp':
      return [
        {
          column: name,
          // Offsets run from −14:00 to +14:00 with minutes under 60 (ISO 8601; the world's time
          // zones stay within them): +99:99 or +2400 would shift the time without a word.
          failSql: `${v} is not null and (not regexp_full_match(${v}, '[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9]{2}:[0-9]{2}(:[0-9]{2}([.][0-9]+)?)?)?([Zz]|[+-]((0[0-9]|1[0-3])(:?[0-5][0-9])?|14(:?00)?))?') or try_cast(${v} as timestamptz) is null)`,
          reason: (value) => `${name} ${quoted(value)} is not an ISO 8601 date or date-time (like 2024-03-05T14:02:11Z)`,
        },
        {
          column: name,
          // The last second is included up to its end: anything before the next day's midnight.
          failSql: `${v} is not null and (try_cast(${v} as timestamptz) < timestamptz '${DATE_RANGE.first}' or try_cast(${v} as timestamptz) >= timestamptz '${DATE_RANGE.last}' + interval 1 second)`,
          reason: (value) => `${name} ${quoted(value)} is outside the dates accepted, ${DATE_RANGE.first} to ${DATE_RANGE.last}`,
        },
      ];
    case 'integer':
      return [
        {
          column: name,
          failSql: `${v} is not null and not regexp_full_match(${v}, ${WHOLE_PATTERN})`,
          reason: (value) => `${name} ${quoted(value)} is not a whole number`,
        },
        {
          column: name,
          failSql: `${v} is not null and coalesce(try_cast(${v} as bigint) not between ${kind.min} and ${kind.max}, true)`,
          reason: (value) => `${name} ${value} is outside its range ${kind.min} to ${kind.max}`,
        },
      ];
    case 'count':
      return [
        {
          column: name,
          failSql: `${v} is not null and not regexp_full_match(${v}, '[+]?[0-9]+')`,
          reason: (value) => `${name} ${quoted(value)} is not a whole number of 0 or more`,
        },
        { column: name, failSql: `${v} is not null and try_cast(${v} as bigint) is null`, reason: (value) => `${name} ${value} is too large` },
        ...(kind.positive
          ? [{ column: name, failSql: `${v} is not null and try_cast(${v} as bigint) = 0`, reason: () => `${name} is 0 but must be above 0` }]
          : []),
      ];
    case 'number':
      return [
        {
          column: name,
          failSql: `${v} is not null and (not regexp_full_match(${v}, ${NUMBER_PATTERN}) or not isfinite(try_cast(${v} as double)))`,
          reason: (value) => `${name} ${quoted(value)} is not a number (use a dot for decimals)`,
        },
        {
          column: name,
          failSql: `${v} is not null and try_cast(${v} as double) ${kind.exclusiveMin ? '<=' : '<'} ${kind.min}`,
          reason: (value) => `${name} ${value} must be ${kind.exclusiveMin ? 'above' : 'at least'} ${kind.min}`,
        },
      ];
    case 'boolean':
      return [
        {
          column: name,
          failSql: `${v} is not null and lower(${v}) not in (${[...TRUE_WORDS, ...FALSE_WORDS].map(sqlString).join(', ')})`,
          reason: (value) => `${name} ${quoted(value)} is not true or false`,
        },
      ];
    case 'choice':
      return [
        {
          column: name,
          failSql: `${v} is not null and ${v} not in (${kind.values.map(sqlString).join(', ')})`,
          reason: (value) => `${name} ${quoted(value)} is not one of ${kind.values.join(', ')}`,
        },
      ];
  }
}

/** The SQL that turns the checked text `v` into the column's stored value (DuckDB dialect). */
export function typedValueSql(kind: ColumnType, v: string): string {
  switch (kind.type) {
    case 'text':
    case 'choice':
      return v;
    case 'timestamp':
      // epoch_us of the instant, rebuilt as a UTC timestamp: exact, and much faster than AT TIME ZONE.
      return `make_timestamp(epoch_us(try_cast(${v} as timestamptz)))`;
    case 'integer':
      return `try_cast(${v} as smallint)`;
    case 'count':
      return `try_cast(${v} as bigint)`;
    case 'number':
      return `try_cast(${v} as double)`;
    case 'boolean':
      return `(lower(${v}) in (${TRUE_WORDS.map(sqlString).join(', ')}))`;
  }
}
