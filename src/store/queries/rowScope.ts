import { type ImportKind, KINDS } from '../schema/kinds.js';
import { fieldError } from '../../errors/errors.js';
import { INDICATOR_BANDS } from '../../indicators/answerBands.js';
import { FEEDBACK_SOURCES } from '../schema/feedbackSources.js';
import type { Engine, SqlValue } from '../Store.js';
import type { FieldCatalog } from './fieldCatalog.js';

/** How a --where filter compares a field with its value. */
export const COMPARISON_OPERATORS = ['=', '!=', '<', '<=', '>', '>='] as const;
export type ComparisonOperator = (typeof COMPARISON_OPERATORS)[number];

/** The operators that order numbers: they need a numeric field and a number. */
export const ORDERING_OPERATORS: readonly ComparisonOperator[] = ['<', '<=', '>', '>='];

/**
 * One `--where FIELD=VALUE` filter (URL `where=FIELD=VALUE`), or a comparison
 * `FIELD!=VALUE`, `FIELD<VALUE`, `FIELD<=VALUE`, `FIELD>VALUE`, `FIELD>=VALUE`: rows whose
 * field compares so with the value. `operator` absent means `=`.
 */
export interface FieldFilter {
  field: string;
  value: string;
  operator?: ComparisonOperator;
}

/** A filter as it is written: `nps<=6`, `channel=web`. */
export function filterText(filter: FieldFilter): string {
  return `${filter.field}${filter.operator ?? '='}${filter.value}`;
}

/** What narrows and splits an indicator's rows: the filters, and the field to split by (null: not split). */
export interface RowSelection {
  where: readonly FieldFilter[];
  by: string | null;
}

/**
 * How one indicator's rows (alias `t`) are narrowed by --where and split by --by: the join
 * to their customer when a field is the customer's, the filter, the group key, and the
 * bound values. Field names reach SQL only as whitelisted column names or as bound JSON
 * keys; values are always bound.
 */
export interface RowScope {
  /** `left join customers cu …` when a field belongs to the row's customer, else ''. */
  joins: string;
  /** ` and …` conditions to append to the query's where clause ('' when none). */
  filter: string;
  /** The group key expression (text), or `null` when the report is not split. */
  groupKey: string;
  params: Record<string, SqlValue>;
  /** True when nothing narrows or splits the rows (maintained tables can answer). */
  plain: boolean;
}

/**
 * The fields of a text's stored analysis (src/feedback/) that --where and --by can name on
 * the rows that carry texts (responses, mentions): its sentiment label, and (--where only,
 * since a text can mention several) a theme it mentions.
 */
export const ANALYSIS_FIELDS = ['sentiment', 'theme'] as const;

/**
 * The field --where and --by can name on responses for the band of their NPS answer:
 * `detractor` (0–6), `passive` (7–8) or `promoter` (9–10); rows without an NPS answer have none.
 */
export const BAND_FIELD = 'band';

/** The NPS bands, the values {@link BAND_FIELD} takes. */
export const NPS_BANDS: readonly string[] = INDICATOR_BANDS.nps.map((range) => range.band);

/** The band of a response's NPS answer (alias t), as SQL text: only constants reach the SQL. */
const BAND_SQL = `(case ${INDICATOR_BANDS.nps.map((range) => `when t.nps between ${range.min} and ${range.max} then '${range.band}'`).join(' ')} end)`;

/** A decimal number written in text, as an attribute holds it: what a comparison reads as a number. */
export const DECIMAL_PATTERN = '^-?[0-9]+([.][0-9]+)?$';

/** The column types whose values are numbers: what `<`, `<=`, `>`, `>=` compare. */
const NUMERIC_COLUMN_TYPES: ReadonlySet<string> = new Set(['integer', 'count', 'number']);

/** Whether rows of `kind` have a numeric column named `field`. */
export function isNumericColumn(kind: ImportKind, field: string): boolean {
  const column = KINDS[kind].columns.find((candidate) => candidate.name === field);
  return column !== undefined && NUMERIC_COLUMN_TYPES.has(column.kind.type);
}

/** The kinds whose rows belong to a customer through `customer_id`. */
const CUSTOMER_ROWS: ReadonlySet<ImportKind> = new Set(['responses', 'orders', 'events']);

/**
 * Resolves the query's fields for rows of `kind`: first `ownFields` (field → SQL text, a
 * caller's own reading of a field), on responses the band of the NPS answer (BAND_FIELD), on
 * responses and mentions the stored analysis of their text (ANALYSIS_FIELDS), then a column or
 * attribute of the row itself, else (rows with a customer_id) a column or attribute of that
 * customer. Returns null when a field is neither, or is compared with `<`, `<=`, `>`, `>=`
 * and is not a number here: the indicator is then left out rather than computed wrongly
 * (docs/cli.md). Equalities on one field keep the rows with any of the values (`nps=0` and
 * `nps=1`: either); every other filter, and filters on different fields, must all hold. `!=`
 * and the orderings leave out rows without a value.
 */
export function rowScope(kind: ImportKind, query: RowSelection, catalog: FieldCatalog, ownFields: Readonly<Record<string, string>> = {}): RowScope | null {
  const params: Record<string, SqlValue> = {};
  let needsCustomer = false;
  const fieldSql = (field: string, name: string, numeric: boolean): string | null => {
    const own = fieldOf('t', kind, field, catalog, name, params, numeric);
    if (own !== null || !CUSTOMER_ROWS.has(kind)) return own;
    const customer = fieldOf('cu', 'customers', field, catalog, name, params, numeric);
    if (customer !== null) needsCustomer = true;
    return customer;
  };
  const texts = FEEDBACK_SOURCES.find((source) => source.kind === kind);
  /** The SQL text of a field derived from the row rather than stored in it: its given expression, its text's analysis, its NPS band. */
  const derived = (field: string): string | null => {
    if (Object.hasOwn(ownFields, field)) return ownFields[field]!;
    if (field === BAND_FIELD && kind === 'responses') return BAND_SQL;
    if (texts === undefined || !(ANALYSIS_FIELDS as readonly string[]).includes(field)) return null;
    if (field === 'theme')
      throw fieldError(
        'by',
        (name) => `${name('by')} theme is not possible: a comment can mention several themes; use ${name('where')} theme=THEME, or barometre feedback.`,
      );
    return `(select a.sentiment from text_analyses a where a.workspace_id = t.workspace_id and a.source = '${texts.source}' and a.item_id = t.${texts.id})`;
  };
  /** The condition of one filter (its value bound as `$where_value_{index}`), or null when the rows have no such field. */
  const condition = (filter: FieldFilter, index: number): string | null => {
    const operator = filter.operator ?? '=';
    const value = `$where_value_${index}`;
    if (ORDERING_OPERATORS.includes(operator)) {
      // Derived fields are text; a numeric column or attribute is read as a number.
      if (isDerivedField(filter.field, ownFields)) return null;
      const sql = fieldSql(filter.field, `where_field_${index}`, true);
      if (sql === null) return null;
      params[`where_value_${index}`] = Number(filter.value);
      return `${sql} ${operator} cast(${value} as double precision)`;
    }
    params[`where_value_${index}`] = filter.value;
    const sqlOperator = operator === '!=' ? '<>' : '=';
    if (texts !== undefined && filter.field === 'theme' && !Object.hasOwn(ownFields, 'theme'))
      return `${operator === '!=' ? 'not ' : ''}exists (select 1 from text_themes th where th.workspace_id = t.workspace_id and th.source = '${texts.source}' and th.item_id = t.${texts.id} and th.theme = ${value})`;
    const sql = derived(filter.field) ?? fieldSql(filter.field, `where_field_${index}`, false);
    return sql === null ? null : `${sql} ${sqlOperator} ${value}`;
  };
  // Equalities on one field: any of the values (OR); every other filter, and the fields between them: all hold (AND).
  const anyOf = new Map<string, string[]>();
  const conditions: string[] = [];
  for (const [index, filter] of query.where.entries()) {
    const sql = condition(filter, index);
    if (sql === null) return null;
    if ((filter.operator ?? '=') === '=') anyOf.set(filter.field, [...(anyOf.get(filter.field) ?? []), sql]);
    else conditions.push(sql);
  }
  const equalities = [...anyOf.values()].map((alternatives) => (alternatives.length === 1 ? alternatives[0]! : `(${alternatives.join(' or ')})`));
  let groupKey = 'null';
  if (query.by !== null) {
    const sql = derived(query.by) ?? fieldSql(query.by, 'by_field', false);
    if (sql === null) return null;
    groupKey = sql;
  }
  return {
    joins: needsCustomer ? 'left join customers cu on cu.workspace_id = t.workspace_id and cu.customer_id = t.customer_id' : '',
    filter: [...equalities, ...conditions].map((sql) => ` and ${sql}`).join(''),
    groupKey,
    params,
    plain: query.where.length === 0 && query.by === null,
  };
}

/** Whether `field` is read from something else than a column or attribute: text, never a number. */
function isDerivedField(field: string, ownFields: Readonly<Record<string, string>>): boolean {
  return Object.hasOwn(ownFields, field) || field === BAND_FIELD || (ANALYSIS_FIELDS as readonly string[]).includes(field);
}

/**
 * The SQL of `field` on rows aliased `alias` of `kind`, binding an attribute name as `$name`:
 * as text, or with `numeric` as a number (a numeric column as it is, an attribute's decimal
 * text cast, any other text as null); null when the kind has no such field, or `numeric` and
 * the column is not a number.
 */
function fieldOf(
  alias: string,
  kind: ImportKind,
  field: string,
  catalog: FieldCatalog,
  name: string,
  params: Record<string, SqlValue>,
  numeric: boolean,
): string | null {
  if (catalog.columns(kind).has(field)) {
    if (!numeric) return `cast(${alias}.${field} as varchar)`;
    return isNumericColumn(kind, field) ? `cast(${alias}.${field} as double precision)` : null;
  }
  if (catalog.attributes(kind).has(field)) {
    params[`${name}_${alias}`] = attributePath(catalog.engine, field);
    const text = `(${alias}.attributes ->> $${name}_${alias}::text)`;
    // The pattern first: a text that is not a number never reaches the cast (which would fail on PostgreSQL).
    return numeric ? `(case when ${text} ~ '${DECIMAL_PATTERN}' then cast(${text} as double precision) end)` : text;
  }
  return null;
}

/**
 * What `attributes ->> …` needs to read the attribute named `name` and nothing else. On
 * PostgreSQL the operator takes the key as it is. DuckDB reads a text starting with `/` as a
 * JSON pointer and one starting with `$` as a JSON path, so an attribute named `/tier` would
 * read `tier`: there the name is always written as a JSON pointer, `~` and `/` escaped as
 * RFC 6901 says.
 *
 * @example attributePath('duckdb', 'a/b') // '/a~1b'
 */
export function attributePath(engine: Engine, name: string): string {
  return engine === 'postgres' ? name : `/${name.replaceAll('~', '~0').replaceAll('/', '~1')}`;
}
