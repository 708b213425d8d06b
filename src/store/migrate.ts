import { lockUntilCommit } from './lockUntilCommit.js';
import { migrations } from './migrations/index.js';
import type { Migration } from './migrations/Migration.js';
import type { Store } from './Store.js';

/**
 * Brings the schema up to date: creates `schema_migrations` if needed and applies the
 * migrations whose version is not recorded there yet, all in one transaction that holds the
 * migration lock — so processes starting together on a fresh PostgreSQL database take turns,
 * and the second finds the work done instead of failing on half-created tables.
 * Returns the versions it applied.
 */
export async function migrate(store: Store, all: readonly Migration[] = migrations): Promise<number[]> {
  return store.transaction(async (session) => {
    await lockUntilCommit(session, 'migrations');
    await session.execute(
      'create schema_migrations',
      `create table if not exists schema_migrations (version integer primary key, name text not null, applied_at timestamp not null)`,
    );
    const done = new Set((await session.query<{ version: number }>('applied migrations', 'select version from schema_migrations')).map((row) => row.version));
    const applied: number[] = [];
    for (const migration of all) {
      if (done.has(migration.version)) continue;
      await session.execute(`migration ${migration.version}`, migration.sql(store.engine));
      await session.query(
        'record migration',
        `insert into schema_migrations (version, name, applied_at) values ($version, $name, current_timestamp::timestamp)`,
        { version: migration.version, name: migration.name },
      );
      applied.push(migration.version);
    }
    return applied;
  });
}
