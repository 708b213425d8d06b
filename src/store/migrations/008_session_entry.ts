import { SESSION_ATTRIBUTES, SESSION_COLUMNS, sessionsFromEventsSql } from '../maintenance/sessionsSql.js';
import type { Engine } from '../Store.js';
import type { Migration } from './Migration.js';

/**
 * Sessions keep their entry and exit pages and their first event's source, campaign, device,
 * browser and OS, so the report's web breakdowns group the maintained sessions instead of
 * joining every event of the period back to its session (ten to twenty times the cost of the
 * other session statistics, measured on a million events). The existing sessions are rebuilt
 * from the events with the session definition of the version that applies this migration.
 */
/** The columns sessions had once this migration applied (later ones add more: it fills these alone). */
const COLUMNS_OF_VERSION_8 = SESSION_COLUMNS.filter((column) => column !== 'purchases');

export const sessionEntry: Migration = {
  version: 8,
  name: 'session entry and attributes',
  sql: (engine: Engine) => `
${['entry_url', 'exit_url', ...SESSION_ATTRIBUTES].map((column) => `alter table sessions add column ${column} text;`).join('\n')}
delete from sessions;
insert into sessions (${COLUMNS_OF_VERSION_8.join(', ')})
select ${COLUMNS_OF_VERSION_8.join(', ')} from (${sessionsFromEventsSql(engine, 'events')}) as rebuilt;`,
};
