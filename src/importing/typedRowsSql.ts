import { sqlString } from '../store/sqlLiteral.js';
import { columnChecks, type FieldCheck, typedValueSql } from './columnChecks.js';
import { rawColumn } from './csvSource.js';
import type { KindSpec, RowRule } from '../store/schema/kinds.js';

/** What the validation and conversion SQL of one file needs to know about its columns. */
export interface ColumnPlan {
  /** Every check of every field, in the order they are tried. */
  checks: FieldCheck[];
  /** The rules across columns, tried after the field checks. */
  rules: readonly RowRule[];
  /** `select` list over the raw columns (c0…cN) giving the cleaned text of each contract column, named after it, and `attributes`. */
  cleanedSelect: string;
  /** `select` list over the cleaned columns giving the table's typed columns (without workspace_id). */
  typedSelect: string;
  /** The table's columns the typed select fills, in its order, without workspace_id. */
  tableColumns: string[];
  /** The SQL of one column's typed value, over the cleaned columns. */
  typed: (column: string) => string;
  /** The columns identifying a row. */
  id: readonly string[];
  /** The header's columns that the contract does not name: free attributes. */
  attributeKeys: string[];
}

/** `v` for a raw column: its text without surrounding spaces, '' read as missing. */
const cleaned = (raw: string): string => `nullif(trim(${raw}), '')`;

/**
 * Plans the SQL for a file of a kind: which raw column holds which contract column, the
 * checks of each, the conversion to typed values, and the JSON object of free attributes
 * (every header column the contract does not name). With `refuseNul` (the file holds a NUL
 * byte somewhere: containsNulByte.ts), every field of every column is first checked for it,
 * so both engines refuse the same rows.
 */
export function planColumns(spec: KindSpec, header: readonly string[], { refuseNul = false } = {}): ColumnPlan {
  const position = new Map(header.map((name, index) => [name, index]));
  const checks: FieldCheck[] = [];
  const cleanedParts: string[] = [];
  const typedParts: string[] = [];
  const typedByColumn = new Map<string, string>();
  for (const column of spec.columns) {
    const index = position.get(column.name);
    const text = index === undefined ? 'null' : cleaned(rawColumn(index));
    const withDefault = column.default === undefined ? text : `coalesce(${text}, ${sqlString(column.default)})`;
    cleanedParts.push(`${withDefault} as ${column.name}`);
    if (index !== undefined) checks.push(...columnChecks(column, column.name));
    typedByColumn.set(column.name, typedValueSql(column.kind, column.name));
    typedParts.push(`${typedValueSql(column.kind, column.name)} as ${column.name}`);
  }
  if (refuseNul) {
    const nulChecks = header.map((name, index): FieldCheck => {
      cleanedParts.push(`${rawColumn(index)} as nul_check_${index}`);
      return {
        column: name,
        failSql: `strpos(nul_check_${index}, chr(0)) > 0`,
        valueSql: 'null',
        reason: () => `${name} holds a NUL byte, which text cannot hold`,
      };
    });
    checks.unshift(...nulChecks);
  }
  const known = new Set(spec.columns.map((column) => column.name));
  const attributeKeys = header.filter((name) => !known.has(name));
  const attributes = header.flatMap((name, index) => (known.has(name) ? [] : [`${sqlString(name)}, ${cleaned(rawColumn(index))}`]));
  cleanedParts.push(attributes.length === 0 ? 'null::json as attributes' : `json_object(${attributes.join(', ')}) as attributes`);
  typedParts.push('attributes');
  const typed = (column: string) => {
    const sql = typedByColumn.get(column);
    if (sql === undefined) throw new Error(`A rule of ${spec.kind} names the unknown column ${column}.`);
    return sql;
  };
  return {
    checks,
    rules: spec.rules,
    cleanedSelect: cleanedParts.join(',\n  '),
    typedSelect: typedParts.join(',\n  '),
    tableColumns: [...spec.columns.map((column) => column.name), 'attributes'],
    typed,
    id: spec.id,
    attributeKeys,
  };
}

/**
 * The index of a row's first problem, or NULL when it is fine: field checks are numbered
 * 0…checks−1, row rules after them. A rule over a field that failed its own check sees
 * NULL there and stays quiet, so a row is reported for its first real fault.
 */
export function problemSql(plan: ColumnPlan): string {
  const cases = [
    ...plan.checks.map((check, index) => `when ${check.failSql} then ${index}`),
    ...plan.rules.map((rule, index) => `when not (${rule.sql(plan.typed)}) then ${plan.checks.length + index}`),
  ];
  return cases.length === 0 ? 'null::integer' : `case\n      ${cases.join('\n      ')}\n    end`;
}

/** Separates the values of the columns a broken rule names, in one text. */
export const RULE_VALUE_SEPARATOR = '\u001f';

/**
 * The offending text of a row's problem, over the cleaned columns: the field's text for a
 * field check, the texts of the rule's columns (joined by RULE_VALUE_SEPARATOR) for a rule.
 */
export function problemValueSql(plan: ColumnPlan, problem: string): string {
  const cases = [
    ...plan.checks.map((check, index) => `when ${index} then ${check.valueSql ?? check.column}`),
    ...plan.rules.map((rule, index) => `when ${plan.checks.length + index} then concat_ws(chr(31), ${rule.shows.join(', ')})`),
  ];
  return cases.length === 0 ? 'null::varchar' : `case ${problem} ${cases.join(' ')} end`;
}

/** The expression identifying a row within the file, for counting repeated ids. */
export function idSql(plan: ColumnPlan): string {
  return plan.id.length === 1 ? (plan.id[0] as string) : `[${plan.id.join(', ')}]`;
}

/**
 * One pass over the file counting its data rows and the rows repeating an id, and making
 * the parser decode every field (`columns`: how many fields the header has), so that a bad
 * UTF-8 byte in a column no check reads — a comment, an attribute — is found now.
 */
export function fileCountsSql(plan: ColumnPlan, source: string, columns: number): string {
  const raw = Array.from({ length: columns }, (_, index) => rawColumn(index));
  return `select count(*) as rows,
  count(${idSql(plan)}) - count(distinct ${idSql(plan)}) as repeated,
  ${balancedSum(raw.map((column) => `count(${column})`))} as fields
from (select ${raw.join(', ')}, ${plan.cleanedSelect} from ${source}) as cleaned`;
}

/** The error text the guarded view raises at the first bad row (see typedViewSql). */
export const BAD_ROW_GUARD = 'barometre: a row failed its checks';

/**
 * The view `import_typed`: the rows to write, typed, with their workspace. `source` is the
 * file itself or the numbered `import_raw` minus the rows listed in `import_bad`.
 *
 * `guard`: every row's checks run as it is read, and the first bad row raises BAD_ROW_GUARD,
 * failing the statement that writes the rows — the checks cost one expression in the
 * write instead of a pass of their own. `checked`: the rows were checked already.
 * The workspace id is a number we looked up, inlined because a view cannot take parameters.
 */
export function typedViewSql(plan: ColumnPlan, source: string, workspaceId: number, checks: 'guard' | 'checked'): string {
  if (!Number.isSafeInteger(workspaceId)) throw new Error(`Bad workspace id ${workspaceId}.`);
  const workspace =
    checks === 'guard' ? `case when (${problemSql(plan)}) is null then ${workspaceId}::integer else error('${BAD_ROW_GUARD}') end` : `${workspaceId}::integer`;
  return `create temp view import_typed as
select ${workspace} as workspace_id, ${plan.typedSelect}
from (select ${plan.cleanedSelect} from ${source}) as cleaned`;
}

/**
 * `a + b + c + …` nested as a balanced tree, so a file of a thousand columns stays far below
 * the engine's expression depth limit (DuckDB: 1,000) where a left-deep chain would hit it.
 */
export function balancedSum(terms: readonly string[]): string {
  if (terms.length === 0) return '0';
  if (terms.length === 1) return terms[0] as string;
  const middle = Math.ceil(terms.length / 2);
  return `(${balancedSum(terms.slice(0, middle))} + ${balancedSum(terms.slice(middle))})`;
}
