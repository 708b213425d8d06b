/**
 * The seven kinds of file `barometre import` takes (docs/formats.md): for each, its table, the
 * columns the contract names with their type and whether they are required, and the id.
 * Columns a file has beyond these become free attributes (JSON) usable in --where and --by.
 */

/** How a column's text is checked and converted; see src/importing/columnChecks.ts for the SQL of each. */
export type ColumnType =
  | { type: 'text' }
  | { type: 'timestamp' }
  | { type: 'integer'; min: number; max: number }
  | { type: 'count'; positive?: boolean }
  | { type: 'number'; min: number; exclusiveMin?: boolean }
  | { type: 'boolean' }
  | { type: 'choice'; values: readonly string[] };

export interface ColumnSpec {
  name: string;
  required: boolean;
  kind: ColumnType;
  /** Value stored when the column is absent or the field empty (only for optional columns). */
  default?: string;
}

/** A check across two columns of one row (e.g. churned_at not before created_at). */
export interface RowRule {
  /** The column reported when the rule fails. */
  column: string;
  /** SQL that is true when the row is fine, given the SQL of each column's typed value. */
  sql: (typed: (column: string) => string) => string;
  /** The columns whose values the reason quotes, in order. */
  shows: readonly string[];
  /** The sentence for a row breaking the rule, from the texts of `shows`. */
  reason: (values: readonly string[]) => string;
}

export interface KindSpec {
  kind: ImportKind;
  table: string;
  /** The columns that identify a row (within a workspace): re-importing them updates it. */
  id: readonly string[];
  columns: readonly ColumnSpec[];
  rules: readonly RowRule[];
}

export const IMPORT_KINDS = ['customers', 'orders', 'responses', 'events', 'posts', 'mentions', 'audits'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

const text = { type: 'text' } as const;
const timestamp = { type: 'timestamp' } as const;
const count = { type: 'count' } as const;

const required = (name: string, kind: ColumnType): ColumnSpec => ({ name, required: true, kind });
const optional = (name: string, kind: ColumnType, defaultValue?: string): ColumnSpec =>
  defaultValue === undefined ? { name, required: false, kind } : { name, required: false, kind, default: defaultValue };

export const KINDS: Readonly<Record<ImportKind, KindSpec>> = {
  customers: {
    kind: 'customers',
    table: 'customers',
    id: ['customer_id'],
    columns: [required('customer_id', text), required('created_at', timestamp), optional('churned_at', timestamp), optional('email', text)],
    rules: [
      {
        column: 'churned_at',
        sql: (typed) => `${typed('churned_at')} is null or ${typed('churned_at')} >= ${typed('created_at')}`,
        shows: ['churned_at', 'created_at'],
        reason: ([churned, created]) => `churned_at ${churned} is before created_at ${created}`,
      },
    ],
  },
  orders: {
    kind: 'orders',
    table: 'orders',
    id: ['order_id'],
    columns: [
      required('order_id', text),
      required('customer_id', text),
      required('ordered_at', timestamp),
      required('amount', { type: 'number', min: 0 }),
      optional('currency', text),
      optional('channel', text),
    ],
    rules: [],
  },
  responses: {
    kind: 'responses',
    table: 'responses',
    id: ['response_id'],
    columns: [
      required('response_id', text),
      required('survey_id', text),
      required('submitted_at', timestamp),
      optional('customer_id', text),
      optional('channel', text),
      optional('population', { type: 'choice', values: ['customer', 'employee'] }, 'customer'),
      optional('nps', { type: 'integer', min: 0, max: 10 }),
      optional('csat', { type: 'integer', min: 1, max: 5 }),
      optional('ces', { type: 'integer', min: 1, max: 7 }),
      optional('comment', text),
      optional('language', text),
    ],
    rules: [],
  },
  events: {
    kind: 'events',
    table: 'events',
    id: ['event_id'],
    columns: [
      required('event_id', text),
      required('visitor_id', text),
      required('occurred_at', timestamp),
      required('type', text),
      optional('customer_id', text),
      optional('url', text),
      optional('referrer', text),
    ],
    rules: [],
  },
  posts: {
    kind: 'posts',
    table: 'posts',
    id: ['post_id'],
    columns: [
      required('post_id', text),
      required('platform', text),
      required('published_at', timestamp),
      // Engagement rate divides by followers (docs/indicators.md), so zero followers is refused.
      required('followers', { type: 'count', positive: true }),
      optional('impressions', count),
      optional('reach', count),
      optional('likes', count),
      optional('comments', count),
      optional('shares', count),
      optional('saves', count),
    ],
    rules: [],
  },
  mentions: {
    kind: 'mentions',
    table: 'mentions',
    id: ['mention_id'],
    columns: [
      required('mention_id', text),
      required('brand', text),
      required('published_at', timestamp),
      optional('platform', text),
      optional('text', text),
      optional('reach', count),
      optional('is_own_brand', { type: 'boolean' }, 'false'),
    ],
    rules: [],
  },
  audits: {
    kind: 'audits',
    table: 'audits',
    id: ['visit_id', 'criterion'],
    columns: [
      required('visit_id', text),
      required('site', text),
      required('visited_at', timestamp),
      required('criterion', text),
      required('score', { type: 'number', min: 0 }),
      required('max_score', { type: 'number', min: 0, exclusiveMin: true }),
      optional('weight', { type: 'number', min: 0, exclusiveMin: true }, '1'),
      optional('touchpoint', text),
    ],
    rules: [
      {
        column: 'score',
        sql: (typed) => `${typed('score')} <= ${typed('max_score')}`,
        shows: ['score', 'max_score'],
        reason: ([score, maxScore]) => `score ${score} is above max_score ${maxScore}`,
      },
    ],
  },
};

/** Narrows a user-given kind name, for a clear error on anything else. */
export function isImportKind(name: string): name is ImportKind {
  return (IMPORT_KINDS as readonly string[]).includes(name);
}
