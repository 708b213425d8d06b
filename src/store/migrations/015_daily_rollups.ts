import { ANSWER_ROLLUP_COLUMNS, answerRollupRowsSql, WEB_ROLLUP_COLUMNS, webRollupRowsSql } from '../rollups/rollupsSql.js';
import type { Engine } from '../Store.js';
import type { Migration } from './Migration.js';

/**
 * Daily rollups (docs/scaling.md, "Daily rollups"): `daily_web` per workspace and day (sessions,
 * durations, pageviews, bounces, visitors, carts) and `daily_answers` per workspace, day,
 * question, population and score (answers), kept by the same transactions that write the rows,
 * so that a report over a long period reads a row per day instead of every session and
 * response. `raw_events_kept` holds, per workspace whose retention has run, the first day whose
 * events, sessions and visitor-days are still stored. The rollups are built from the data
 * already there.
 */
export const dailyRollups: Migration = {
  version: 15,
  name: 'daily rollups',
  sql: (engine: Engine) => `
create table daily_web (
  workspace_id integer not null,
  day date not null,
${WEB_ROLLUP_COLUMNS.map((column) => `  ${column} bigint not null,`).join('\n')}
  primary key (workspace_id, day)
);
create table daily_answers (
  workspace_id integer not null,
  day date not null,
  question text not null,
  population text not null,
  score smallint not null,
  answers bigint not null,
  primary key (workspace_id, day, question, population, score)
);
create table raw_events_kept (
  workspace_id integer not null,
  kept_from date not null,
  primary key (workspace_id)
);
insert into daily_web (workspace_id, day, ${WEB_ROLLUP_COLUMNS.join(', ')})
${webRollupRowsSql(engine, 'true', 'true')};
insert into daily_answers (${ANSWER_ROLLUP_COLUMNS.join(', ')})
${answerRollupRowsSql('true')};`,
};
