import { refreshVisitorTables } from '../../store/maintenance/refreshVisitorTables.js';
import { rawEventsKeptFrom } from '../../store/rollups/rawEventsKept.js';
import { addRollupDays, refreshAnswerRollups, refreshWebRollups, startRollupDays } from '../../store/rollups/refreshRollups.js';
import type { Store } from '../../store/Store.js';
import { collectPerson, PERSON_TABLES, type Person } from './personRows.js';

/** How many rows of each table an erasure removed (sessions and visitor days are rebuilt, not counted). */
export type ErasedRows = Record<string, number>;

/**
 * Erases a person from a workspace (GDPR art. 17, the right to erasure): their customer
 * record, orders, survey responses and the analyses of their comments, every event of the
 * visitors who carried their customer id, and the sessions and visitor days built from those
 * events (rebuilt without them), and the daily rollups of the days they touched. One transaction: all of it goes, or nothing does. The
 * erasure is recorded in `erasures` with the counts per table and no personal data.
 */
export async function forgetPerson(store: Store, workspaceId: number, person: Person): Promise<ErasedRows> {
  return store.transaction(async (session) => {
    const params = { workspace: workspaceId };
    await collectPerson(session, workspaceId, person);
    const erased = {} as ErasedRows;
    const responses = PERSON_TABLES.find(({ table }) => table === 'responses')!;
    await startRollupDays(session, 'answer_days');
    await addRollupDays(
      session,
      'answer_days',
      `select submitted_at as changed_at from responses where workspace_id = $workspace and (${responses.where})`,
      params,
    );
    // Every statement reads the temporary tables collectPerson made, so the order is free; dependent rows go first all the same.
    for (const { table, where } of [...PERSON_TABLES].reverse()) {
      const [count] = await session.query<{ n: number }>(
        `count ${table} to erase`,
        `select count(*) as n from ${table} where workspace_id = $workspace and (${where})`,
        params,
      );
      erased[table] = count?.n ?? 0;
      if (erased[table] > 0) await session.query(`erase ${table}`, `delete from ${table} where workspace_id = $workspace and (${where})`, params);
    }
    if ((erased.events ?? 0) > 0) {
      await refreshVisitorTables(session, workspaceId, 'touched visitors');
      await refreshWebRollups(session, workspaceId, { table: 'web_days' }, await rawEventsKeptFrom(session, workspaceId));
    }
    await refreshAnswerRollups(session, workspaceId, { table: 'answer_days' });
    await session.query(
      'record erasure',
      'insert into erasures (workspace_id, erased_at, rows_erased) values ($workspace, current_timestamp::timestamp, $rows)',
      { ...params, rows: JSON.stringify(erased) },
    );
    return erased;
  });
}
