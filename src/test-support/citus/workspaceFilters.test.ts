import { beforeAll, describe, expect, it } from 'vitest';
import { loadSqlParser, workspaceFilterViolations } from './workspaceFilters.js';

const schema = { distributed: new Set(['events', 'customers', 'orders', 'sessions', 'survey_versions']) };
const check = (sql: string) => workspaceFilterViolations(sql, schema);

describe('workspaceFilterViolations', () => {
  beforeAll(loadSqlParser);

  it('accepts a table filtered by a parameter, a cast parameter or a constant', () => {
    expect(check('select count(*) from events where workspace_id = $1')).toEqual([]);
    expect(check('select count(*) from events e where e.workspace_id = cast($1 as integer) and e.type = $2')).toEqual([]);
    expect(check('select 1 from orders where 7 = workspace_id')).toEqual([]);
  });

  it('refuses a table read without a filter, or with another test than equality', () => {
    expect(check('select count(*) from events')).toEqual(['table events is read without a filter on its workspace_id']);
    expect(check('select count(*) from events where workspace_id > $1')).toHaveLength(1);
    expect(check('select count(*) from events where workspace_id = $1 or type = $2')).toHaveLength(1);
    expect(check('delete from sessions where visitor_id = $1')).toEqual(['table sessions is read without a filter on its workspace_id']);
    expect(check('update customers set email = null where customer_id = $1')).toHaveLength(1);
  });

  it('accepts a join on workspace_id to a filtered table, in ON, in WHERE or with USING', () => {
    expect(
      check('select 1 from orders o join customers c on c.workspace_id = o.workspace_id and c.customer_id = o.customer_id where o.workspace_id = $1'),
    ).toEqual([]);
    expect(check('select 1 from orders o, customers c where c.workspace_id = o.workspace_id and o.workspace_id = $1')).toEqual([]);
    expect(check('select 1 from orders join customers using (workspace_id, customer_id) where orders.workspace_id = $1')).toEqual([]);
  });

  it('refuses a join on another column, and a LEFT JOIN whose ON is all that filters its left side', () => {
    expect(check('select 1 from orders o join customers c on c.customer_id = o.customer_id where o.workspace_id = $1')).toEqual([
      'table customers is read without a filter on its workspace_id',
    ]);
    expect(check('select 1 from orders o left join customers c on c.workspace_id = $1 and o.workspace_id = $1')).toEqual([
      'table orders is read without a filter on its workspace_id',
    ]);
  });

  it('follows subqueries, CTEs, set operations and correlated references', () => {
    expect(check('with o as (select * from orders where workspace_id = $1) select 1 from o join customers c on c.workspace_id = o.workspace_id')).toEqual([]);
    expect(check('select 1 from (select workspace_id from orders where workspace_id = $1) o join customers c on c.workspace_id = o.workspace_id')).toEqual([]);
    expect(check('select 1 from customers c where c.workspace_id = $1 and exists (select 1 from orders o where o.workspace_id = c.workspace_id)')).toEqual([]);
    expect(check('select 1 from customers c where c.workspace_id = $1 and exists (select 1 from orders o where o.customer_id = c.customer_id)')).toHaveLength(
      1,
    );
    expect(check('select 1 from events where workspace_id = $1 union all select 1 from orders')).toEqual([
      'table orders is read without a filter on its workspace_id',
    ]);
    expect(check('insert into sessions select * from events where visitor_id = $1')).toEqual(['table events is read without a filter on its workspace_id']);
  });

  it('leaves reference tables, temporary tables and DDL alone', () => {
    expect(check('select * from workspaces where name = $1')).toEqual([]);
    expect(check('create temp table t as select 1 as x; drop table if exists t')).toEqual([]);
    expect(check('insert into orders (workspace_id, order_id) values ($1, $2)')).toEqual([]);
  });

  it('requires window functions over distributed rows to be partitioned by workspace_id', () => {
    expect(check('select lead(day) over (partition by workspace_id, visitor_id order by day) from events where workspace_id = $1')).toEqual([]);
    expect(check('select row_number() over w from events where workspace_id = $1 window w as (partition by workspace_id order by occurred_at)')).toEqual([]);
    expect(check('select lead(day) over (partition by visitor_id order by day) from events where workspace_id = $1')).toEqual([
      'window function lead over distributed rows is not partitioned by workspace_id',
    ]);
    expect(check('select row_number() over () from (select 1 as x) t')).toEqual([]);
    expect(check('select rank() over (partition by customer_id order by ordered_at) from (select * from orders where workspace_id = $1) o')).toHaveLength(1);
    // Grouped rows are merged on the coordinator, where the window function then runs.
    expect(
      check('with n as (select type, count(*) as n from events where workspace_id = $1 group by type) select type, rank() over (order by n) from n'),
    ).toEqual([]);
  });
});
