import { columnChecks, type FieldCheck, sqlString, typedValueSql } from './columnChecks.js';
import type { KindSpec } from './kinds.js';
import { rawColumn } from './stageCsv.js';

/** What the validation and conversion SQL of one file needs to know about its columns. */
export interface ColumnPlan {
  /** Every check of every field, in the order they are tried. */
  checks: FieldCheck[];
  /** `select` list over `import_raw` giving the cleaned text of each contract column present, named after it. */
  cleanedSelect: string;
  /** `select` list over the cleaned columns giving the table's typed columns (without workspace_id). */
  typedSelect: string;
  /** The table's columns the typed select fills, in its order, without workspace_id. */
  tableColumns: string[];
}

/** `v` for a raw column: its text without surrounding spaces, '' read as missing. */
const cleaned = (raw: string): string => `nullif(trim(${raw}), '')`;

/**
 * Plans the SQL for a file of a kind: which raw column holds which contract column, the
 * checks of each, the conversion to typed values, and the JSON object of free attributes
 * (every header column the contract does not name).
 */
export function planColumns(spec: KindSpec, header: readonly string[]): ColumnPlan {
  const position = new Map(header.map((name, index) => [name, index]));
  const checks: FieldCheck[] = [];
  const cleanedParts: string[] = ['record'];
  const typedParts: string[] = [];
  const tableColumns: string[] = [];
  for (const column of spec.columns) {
    const index = position.get(column.name);
    const text = index === undefined ? 'null' : cleaned(rawColumn(index));
    const withDefault = column.default === undefined ? text : `coalesce(${text}, ${sqlString(column.default)})`;
    cleanedParts.push(`${withDefault} as ${column.name}`);
    if (index !== undefined) checks.push(...columnChecks(column, column.name));
    typedParts.push(`${typedValueSql(column.kind, column.name)} as ${column.name}`);
    tableColumns.push(column.name);
  }
  const known = new Set(spec.columns.map((column) => column.name));
  const attributes = header.flatMap((name, index) => (known.has(name) ? [] : [`${sqlString(name)}, ${cleaned(rawColumn(index))}`]));
  cleanedParts.push(attributes.length === 0 ? 'null::json as attributes' : `json_object(${attributes.join(', ')}) as attributes`);
  typedParts.push('attributes');
  tableColumns.push('attributes');
  return { checks, cleanedSelect: cleanedParts.join(',\n  '), typedSelect: typedParts.join(',\n  '), tableColumns };
}

/**
 * The query listing the rows whose fields fail a check, each once, in file order: its
 * `record` (position in import_raw), the index of its first failing check in `plan.checks`
 * and the offending text.
 */
export function fieldProblemsSql(plan: ColumnPlan): string | null {
  if (plan.checks.length === 0) return null;
  const cases = plan.checks.map((check, index) => `when ${check.failSql} then ${index}`).join('\n      ');
  const values = plan.checks.map((check, index) => `when ${index} then ${check.column}`).join(' ');
  return `select record, problem, case problem ${values} end as value
from (
  select record, case
      ${cases}
    end as problem, cleaned.* exclude (record)
  from (select ${plan.cleanedSelect} from import_raw) as cleaned
) as judged
where problem is not null
order by record
limit $limit`;
}

/**
 * The query listing the rows that break a rule across columns (e.g. churned_at before
 * created_at), with the index of the first rule broken. A field that failed its own check is
 * NULL here, and a rule over NULL is not reported twice.
 */
export function ruleProblemsSql(plan: ColumnPlan, spec: KindSpec): string | null {
  if (spec.rules.length === 0) return null;
  const cases = spec.rules.map((rule, index) => `when not (${rule.sql}) then ${index}`).join(' ');
  return `select record, problem
from (
  select record, case ${cases} end as problem
  from (select record, ${plan.typedSelect} from (select ${plan.cleanedSelect} from import_raw) as cleaned) as typed
) as judged
where problem is not null
order by record
limit $limit`;
}

/** The query creating `import_typed`: the rows to write, typed, with the workspace, minus `import_bad`. */
export function typedTableSql(plan: ColumnPlan, excludeBad: boolean): string {
  return `create temp table import_typed as
select $workspace::integer as workspace_id, ${plan.typedSelect}
from (select ${plan.cleanedSelect} from import_raw) as cleaned
${excludeBad ? 'where record not in (select record from import_bad)' : ''}`;
}
