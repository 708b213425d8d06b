import type { ImportKind } from '../schema/kinds.js';
import { fieldError } from '../../errors/errors.js';
import { FEEDBACK_SOURCES } from '../schema/feedbackSources.js';
import type { Engine, SqlValue } from '../Store.js';
import type { FieldCatalog } from './fieldCatalog.js';

/** One `--where FIELD=VALUE` filter (URL `where=FIELD=VALUE`): rows whose field equals the value. */
export interface FieldFilter {
  field: string;
  value: string;
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

/** The kinds whose rows belong to a customer through `customer_id`. */
const CUSTOMER_ROWS: ReadonlySet<ImportKind> = new Set(['responses', 'orders', 'events']);

/**
 * Resolves the query's fields for rows of `kind`: on responses and mentions first the stored
 * analysis of their text (ANALYSIS_FIELDS), then a column or attribute of the row itself,
 * else (rows with a customer_id) a column or attribute of that customer. Returns null when
 * a field is neither: the indicator is then left out rather than computed wrongly (docs/cli.md).
 */
export function rowScope(kind: ImportKind, query: RowSelection, catalog: FieldCatalog): RowScope | null {
  const params: Record<string, SqlValue> = {};
  let needsCustomer = false;
  const fieldSql = (field: string, name: string): string | null => {
    const own = fieldOf('t', kind, field, catalog, name, params);
    if (own !== null || !CUSTOMER_ROWS.has(kind)) return own;
    const customer = fieldOf('cu', 'customers', field, catalog, name, params);
    if (customer !== null) needsCustomer = true;
    return customer;
  };
  const conditions: string[] = [];
  const texts = FEEDBACK_SOURCES.find((source) => source.kind === kind);
  const analysis = (field: string): string | null => {
    if (texts === undefined || !(ANALYSIS_FIELDS as readonly string[]).includes(field)) return null;
    if (field === 'theme')
      throw fieldError(
        'by',
        (name) => `${name('by')} theme is not possible: a comment can mention several themes; use ${name('where')} theme=THEME, or barometre feedback.`,
      );
    return `(select a.sentiment from text_analyses a where a.workspace_id = t.workspace_id and a.source = '${texts.source}' and a.item_id = t.${texts.id})`;
  };
  for (const [index, filter] of query.where.entries()) {
    if (texts !== undefined && filter.field === 'theme') {
      params[`where_value_${index}`] = filter.value;
      conditions.push(
        ` and exists (select 1 from text_themes th where th.workspace_id = t.workspace_id and th.source = '${texts.source}' and th.item_id = t.${texts.id} and th.theme = $where_value_${index})`,
      );
      continue;
    }
    const sql = analysis(filter.field) ?? fieldSql(filter.field, `where_field_${index}`);
    if (sql === null) return null;
    params[`where_value_${index}`] = filter.value;
    conditions.push(` and ${sql} = $where_value_${index}`);
  }
  let groupKey = 'null';
  if (query.by !== null) {
    const sql = analysis(query.by) ?? fieldSql(query.by, 'by_field');
    if (sql === null) return null;
    groupKey = sql;
  }
  return {
    joins: needsCustomer ? 'left join customers cu on cu.workspace_id = t.workspace_id and cu.customer_id = t.customer_id' : '',
    filter: conditions.join(''),
    groupKey,
    params,
    plain: query.where.length === 0 && query.by === null,
  };
}

/** The text of `field` on rows aliased `alias` of `kind`, binding an attribute name as `$name`; null when the kind has no such field. */
function fieldOf(alias: string, kind: ImportKind, field: string, catalog: FieldCatalog, name: string, params: Record<string, SqlValue>): string | null {
  if (catalog.columns(kind).has(field)) return `cast(${alias}.${field} as varchar)`;
  if (catalog.attributes(kind).has(field)) {
    params[`${name}_${alias}`] = attributePath(catalog.engine, field);
    return `(${alias}.attributes ->> $${name}_${alias}::text)`;
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
