import { loadModule, parseSync } from 'libpg-query';

/**
 * Checks one SQL text against Citus's rules for a schema distributed by `workspace_id`
 * (docs/scaling.md): every distributed table a statement reads is filtered to one workspace,
 * and every window function over distributed rows is partitioned by workspace_id, so that
 * each query runs on one shard group ("router" queries, and window functions pushed down to
 * the workers: Citus documentation, "Query Processing" and "Window Functions").
 *
 * The text is parsed by PostgreSQL's own parser (libpg-query, the parser of PostgreSQL 17
 * compiled to WebAssembly) and each query level — SELECT, UPDATE, DELETE, each CTE, each
 * subquery in FROM or in an expression — is checked on its own. A distributed table counts as
 * filtered when one of the level's AND-ed conditions (WHERE, or the ON of a join that
 * restricts it) is
 * - `t.workspace_id = e` where `e` reads no column of this level: a parameter, a constant,
 *   or a column of an enclosing level's filtered table (a correlated subquery), or
 * - `t.workspace_id = u.workspace_id` (or `join … using (workspace_id)`) with `u` filtered,
 *   a table or a subquery or CTE whose every distributed table is filtered.
 * Statements that read no table (DDL, SET, COPY … FROM) have nothing to check; an INSERT
 * is checked through the query it inserts.
 */

/** A node of the parse tree, as libpg-query gives it: `{ NodeType: { field: … } }`. */
type Tree = Record<string, unknown>;

/** What the rules know of the schema. */
export interface DistributionSchema {
  /** The tables distributed by workspace_id (every table of the schema but the reference ones). */
  distributed: ReadonlySet<string>;
}

/** One broken rule in a statement, said in a sentence. */
export type Violation = string;

const COLUMN = 'workspace_id';

/** Loads the parser (WebAssembly shipped in the package): once, before {@link workspaceFilterViolations}. */
export async function loadSqlParser(): Promise<void> {
  await loadModule();
}

/** The rules a statement breaks (none: []); a text PostgreSQL cannot parse throws. */
export function workspaceFilterViolations(sql: string, schema: DistributionSchema): Violation[] {
  const parsed = parseSync(sql) as { stmts?: { stmt: Tree }[] };
  const violations: Violation[] = [];
  const checker = new Checker(schema, violations);
  for (const { stmt } of parsed.stmts ?? []) checker.statement(stmt);
  return [...new Set(violations)];
}

/** One relation of a query level's FROM: a table, a subquery, a CTE, or a function's rows. */
interface Relation {
  alias: string;
  /** The table's name when it is one; a CTE's or function's rows have none. */
  table?: string;
  /** A distributed table (its filter is what the rules check). */
  distributed: boolean;
  /** A subquery or CTE whose every distributed table is filtered (it holds one workspace's rows). */
  filteredRows: boolean;
  /** A subquery or CTE returning distributed rows ungrouped ({@link QueryResult.distributedRows}). */
  distributedRows?: boolean;
  /** Filtered by this level's conditions (computed). */
  filtered: boolean;
}

/** A query level and the levels around it, innermost first (for correlated references). */
interface Scope {
  relations: Relation[];
  outer: Scope | undefined;
}

/** What a checked query tells the level that reads it. */
interface QueryResult {
  /** It reads distributed tables… */
  readsDistributed: boolean;
  /** …every one of them filtered. */
  allFiltered: boolean;
  /**
   * It returns rows of distributed tables as they are, which a window function over them
   * would have to see on the workers: not grouped (GROUP BY, DISTINCT), since grouped rows
   * are merged on the coordinator, where a window function over them runs too.
   */
  distributedRows: boolean;
}

/** An AND-ed condition and the relations it may restrict (a LEFT JOIN's ON restricts its right side only). */
interface Condition {
  expression: unknown;
  restricts: ReadonlySet<Relation> | 'all';
}

class Checker {
  /** The CTEs in reach, innermost first, with what their query gave. */
  private readonly ctes: Map<string, QueryResult>[] = [];

  constructor(
    private readonly schema: DistributionSchema,
    private readonly violations: Violation[],
  ) {}

  statement(stmt: Tree): void {
    const [kind, body] = unwrap(stmt);
    if (kind === 'SelectStmt' || kind === 'InsertStmt' || kind === 'UpdateStmt' || kind === 'DeleteStmt') this.query(stmt, undefined);
    else if (kind === 'CreateTableAsStmt' || kind === 'ViewStmt' || kind === 'ExplainStmt') this.statement(body.query as Tree);
    else if (kind === 'CopyStmt' && body.query !== undefined) this.statement(body.query as Tree);
    // Every other statement (DDL, SET, COPY … FROM, transaction control) reads no table.
  }

  /** Checks a SELECT, INSERT, UPDATE or DELETE at any depth. */
  private query(node: Tree, outer: Scope | undefined): QueryResult {
    const [kind, body] = unwrap(node);
    const withClause = body.withClause as { WithClause?: Tree } | Tree | undefined;
    const ctes = withClause ? ((('WithClause' in withClause ? withClause.WithClause : withClause) as Tree).ctes as Tree[]) : [];
    this.ctes.unshift(new Map());
    try {
      const results: QueryResult[] = [];
      for (const cte of ctes) {
        const [, definition] = unwrap(cte);
        const result = this.query(definition.ctequery as Tree, outer);
        (this.ctes[0] as Map<string, QueryResult>).set(definition.ctename as string, result);
        results.push(result);
      }
      results.push(this.level(kind, body, outer));
      return combine(results);
    } finally {
      this.ctes.shift();
    }
  }

  /** Checks one query level (and, through it, the levels inside it). */
  private level(kind: string, body: Tree, outer: Scope | undefined): QueryResult {
    if (kind === 'SelectStmt' && body.op !== undefined && body.op !== 'SETOP_NONE') {
      // The branches of a UNION, INTERSECT or EXCEPT are SELECT bodies, not wrapped in their type.
      const branches = [this.query({ SelectStmt: body.larg }, outer), this.query({ SelectStmt: body.rarg }, outer)];
      return combine(branches, { ...none(), distributedRows: branches.some((branch) => branch.distributedRows) });
    }
    if (kind === 'InsertStmt') return body.selectStmt === undefined ? none() : this.query(body.selectStmt as Tree, outer);
    const scope: Scope = { relations: [], outer };
    const conditions: Condition[] = [];
    const joins: [Relation[], Relation[]][] = [];
    const laterals: Tree[] = [];
    const nested: QueryResult[] = [];
    const from = [...list(body.fromClause), ...list(body.usingClause)];
    if (kind === 'UpdateStmt' || kind === 'DeleteStmt') from.unshift({ RangeVar: body.relation });
    for (const item of from) this.fromItem(item as Tree, scope, conditions, joins, laterals, nested);
    conditions.push(...conjuncts(body.whereClause).map((expression) => ({ expression, restricts: 'all' as const })));
    this.markFiltered(scope, conditions, joins);
    for (const lateral of laterals) nested.push(this.query(lateral, scope));
    // Subqueries in expressions see this level's relations (correlated references).
    for (const field of ['targetList', 'havingClause', 'groupClause', 'sortClause', 'returningList', 'valuesLists']) {
      for (const sub of subqueries(body[field])) nested.push(this.query(sub, scope));
    }
    for (const condition of conditions) for (const sub of subqueries(condition.expression)) nested.push(this.query(sub, scope));
    const readsDistributed = scope.relations.some((relation) => relation.distributed || relation.filteredRows) || nested.some((n) => n.readsDistributed);
    for (const relation of scope.relations) {
      if (relation.distributed && !relation.filtered) this.violations.push(`table ${relation.table} is read without a filter on its ${COLUMN}`);
    }
    const overDistributed = scope.relations.some((relation) => relation.distributed || relation.distributedRows);
    if (overDistributed) this.checkWindows(body);
    const grouped = list(body.groupClause).length > 0 || body.distinctClause !== undefined;
    const allFiltered = scope.relations.every((relation) => !relation.distributed || relation.filtered) && nested.every((n) => n.allFiltered);
    return { readsDistributed, allFiltered, distributedRows: overDistributed && !grouped };
  }

  /** Adds a FROM item's relations to the scope, and its join conditions. */
  private fromItem(item: Tree, scope: Scope, conditions: Condition[], joins: [Relation[], Relation[]][], laterals: Tree[], nested: QueryResult[]): Relation[] {
    const [kind, body] = unwrap(item);
    if (kind === 'RangeVar') {
      const name = body.relname as string;
      const alias = ((body.alias as Tree | undefined)?.aliasname as string | undefined) ?? name;
      const cte = body.schemaname === undefined ? this.cte(name) : undefined;
      const relation: Relation =
        cte !== undefined
          ? { alias, distributed: false, filteredRows: cte.readsDistributed && cte.allFiltered, distributedRows: cte.distributedRows, filtered: false }
          : { alias, table: name, distributed: this.isDistributed(body), filteredRows: false, filtered: false };
      scope.relations.push(relation);
      return [relation];
    }
    if (kind === 'RangeSubselect') {
      const alias = (body.alias as Tree).aliasname as string;
      if (body.lateral) {
        laterals.push(body.subquery as Tree);
        const relation: Relation = { alias, distributed: false, filteredRows: false, filtered: false };
        scope.relations.push(relation);
        return [relation];
      }
      const result = this.query(body.subquery as Tree, scope.outer);
      nested.push(result);
      const relation: Relation = {
        alias,
        distributed: false,
        filteredRows: result.readsDistributed && result.allFiltered,
        distributedRows: result.distributedRows,
        filtered: false,
      };
      scope.relations.push(relation);
      return [relation];
    }
    if (kind === 'JoinExpr') {
      const left = this.fromItem(body.larg as Tree, scope, conditions, joins, laterals, nested);
      const right = this.fromItem(body.rarg as Tree, scope, conditions, joins, laterals, nested);
      const restricts: Condition['restricts'] =
        body.jointype === 'JOIN_LEFT'
          ? new Set(right)
          : body.jointype === 'JOIN_RIGHT'
            ? new Set(left)
            : body.jointype === 'JOIN_FULL'
              ? new Set<Relation>()
              : 'all';
      conditions.push(...conjuncts(body.quals).map((expression) => ({ expression, restricts })));
      const using = list(body.usingClause).map((name) => unwrap(name as Tree)[1].sval);
      if (using.includes(COLUMN) && restricts === 'all') joins.push([left, right]);
      return [...left, ...right];
    }
    // A function's rows (json_array_elements, unnest, generate_series): no table.
    const relation: Relation = { alias: functionAlias(body), distributed: false, filteredRows: false, filtered: false };
    scope.relations.push(relation);
    return [relation];
  }

  private isDistributed(rangeVar: Tree): boolean {
    const schema = rangeVar.schemaname as string | undefined;
    if (schema === 'pg_catalog' || schema === 'pg_temp' || schema === 'information_schema') return false;
    return this.schema.distributed.has(rangeVar.relname as string);
  }

  private cte(name: string): QueryResult | undefined {
    for (const level of this.ctes) {
      const found = level.get(name);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  /**
   * Marks the scope's relations filtered: those equated on workspace_id with a value from
   * outside the level, then, until nothing changes, those equated on workspace_id with a
   * filtered one (or holding one workspace's rows already).
   */
  private markFiltered(scope: Scope, conditions: Condition[], joins: [Relation[], Relation[]][]): void {
    const links: [Relation, Relation][] = [];
    for (const [left, right] of joins) for (const a of left) for (const b of right) links.push([a, b]);
    for (const { expression, restricts } of conditions) {
      const equality = equalityOperands(expression);
      if (equality === undefined) continue;
      const [a, b] = equality.map((side) => workspaceColumnOf(side, scope)) as [Relation | undefined, Relation | undefined];
      const may = (relation: Relation) => restricts === 'all' || restricts.has(relation);
      if (a !== undefined && b !== undefined) {
        if (may(a) && may(b)) links.push([a, b]);
        else if (may(a)) links.push([a, b]);
        else if (may(b)) links.push([b, a]);
      } else if (a !== undefined && may(a) && isOutsideValue(equality[1], scope)) a.filtered = true;
      else if (b !== undefined && may(b) && isOutsideValue(equality[0], scope)) b.filtered = true;
    }
    for (const relation of scope.relations) if (relation.filteredRows) relation.filtered = true;
    let changed = true;
    while (changed) {
      changed = false;
      for (const [a, b] of links) {
        for (const [from, to] of [
          [a, b],
          [b, a],
        ] as const) {
          if (from.filtered && !to.filtered) {
            to.filtered = true;
            changed = true;
          }
        }
      }
    }
  }

  /** Reports each window function of the level not partitioned by workspace_id. */
  private checkWindows(body: Tree): void {
    const named = new Map<string, Tree>();
    for (const definition of list(body.windowClause)) {
      const [, window] = unwrap(definition as Tree);
      named.set(window.name as string, window);
    }
    for (const field of ['targetList', 'sortClause', 'havingClause']) {
      for (const call of levelNodes(body[field], 'FuncCall')) {
        const over = call.over as Tree | undefined;
        if (over === undefined) continue;
        const partitions = [over, named.get((over.refname ?? over.name) as string)].flatMap((window) => list(window?.partitionClause));
        if (!partitions.some((expression) => columnName(expression) === COLUMN)) {
          const name = list(call.funcname)
            .map((part) => unwrap(part as Tree)[1].sval)
            .join('.');
          this.violations.push(`window function ${name} over distributed rows is not partitioned by ${COLUMN}`);
        }
      }
    }
  }
}

function none(): QueryResult {
  return { readsDistributed: false, allFiltered: true, distributedRows: false };
}

/** What several queries tell together (the branches of a UNION, a level and its CTEs: the level's rows are what it returns). */
function combine(results: QueryResult[], rows: QueryResult = results.at(-1) ?? none()): QueryResult {
  return { readsDistributed: results.some((r) => r.readsDistributed), allFiltered: results.every((r) => r.allFiltered), distributedRows: rows.distributedRows };
}

/** A node's type and fields. */
function unwrap(node: Tree): [string, Tree] {
  const [kind, body] = Object.entries(node)[0] as [string, Tree];
  return [kind, body];
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The AND-ed parts of a condition. */
function conjuncts(expression: unknown): unknown[] {
  if (expression === undefined || expression === null) return [];
  const [kind, body] = unwrap(expression as Tree);
  if (kind === 'BoolExpr' && body.boolop === 'AND_EXPR') return list(body.args).flatMap(conjuncts);
  return [expression];
}

/** The two sides of `a = b`, or undefined for any other condition. */
function equalityOperands(expression: unknown): [unknown, unknown] | undefined {
  const [kind, body] = unwrap(expression as Tree);
  if (kind !== 'A_Expr' || body.kind !== 'AEXPR_OP') return undefined;
  const operator = list(body.name).map((part) => unwrap(part as Tree)[1].sval);
  return operator.length === 1 && operator[0] === '=' ? [body.lexpr, body.rexpr] : undefined;
}

/** Strips casts: `$1::int`, `cast(x as integer)`. */
function uncast(expression: unknown): Tree {
  let node = expression as Tree;
  while (unwrap(node)[0] === 'TypeCast') node = unwrap(node)[1].arg as Tree;
  return node;
}

/** The column a reference names (its last part), or undefined when the expression is no column. */
function columnName(expression: unknown): string | undefined {
  const [kind, body] = unwrap(uncast(expression));
  if (kind !== 'ColumnRef') return undefined;
  const last = list(body.fields).at(-1) as Tree;
  return unwrap(last)[1].sval as string | undefined;
}

/** The qualifier of a column reference (`t` of `t.workspace_id`), or undefined when there is none. */
function qualifierOf(expression: unknown): string | undefined {
  const [, body] = unwrap(uncast(expression));
  const fields = list(body.fields);
  return fields.length === 2 ? (unwrap(fields[0] as Tree)[1].sval as string) : undefined;
}

/** The relation of this level whose workspace_id the expression is, or undefined. */
function workspaceColumnOf(expression: unknown, scope: Scope): Relation | undefined {
  if (columnName(expression) !== COLUMN) return undefined;
  return resolve(expression, scope);
}

/** The relation of this level a column reference belongs to. An unqualified one: the level's only relation, or its only table with that column. */
function resolve(expression: unknown, scope: Scope): Relation | undefined {
  const qualifier = qualifierOf(expression);
  if (qualifier !== undefined) return scope.relations.find((relation) => relation.alias === qualifier);
  if (scope.relations.length === 1) return scope.relations[0];
  const tables = scope.relations.filter((relation) => relation.distributed);
  return tables.length === 1 ? tables[0] : undefined;
}

/**
 * Whether an expression reads no column of this level: parameters, constants, and columns
 * of enclosing levels' filtered relations only.
 */
function isOutsideValue(expression: unknown, scope: Scope): boolean {
  const columns = levelNodes([expression], 'ColumnRef');
  if (levelNodes([expression], 'SubLink').length > 0) return false;
  return columns.every((body) => {
    const reference = { ColumnRef: body };
    if (resolve(reference, scope) !== undefined) return false;
    let outer = scope.outer;
    while (outer !== undefined) {
      const found = resolve(reference, outer);
      if (found !== undefined) return found.filtered;
      outer = outer.outer;
    }
    return false;
  });
}

/** The alias of a function in FROM (`json_array_elements($1) as row`), or its name. */
function functionAlias(body: Tree): string {
  const alias = (body.alias as Tree | undefined)?.aliasname as string | undefined;
  return alias ?? 'function';
}

/** The nodes of type `type` in a level's expressions, not descending into subqueries. */
function levelNodes(value: unknown, type: string): Tree[] {
  const found: Tree[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    for (const [key, child] of Object.entries(node)) {
      if (key === type) found.push(child as Tree);
      if (key === 'subselect' || key === 'SelectStmt') continue;
      visit(child);
    }
  };
  visit(value);
  return found;
}

/** The subqueries in a level's expressions (EXISTS, IN, scalar subqueries), outermost only. */
function subqueries(value: unknown): Tree[] {
  return levelNodes(value, 'SubLink').map((link) => link.subselect as Tree);
}
