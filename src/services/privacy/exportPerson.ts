import type { Row, Store } from '../../store/Store.js';
import { collectPerson, PERSON_TABLES, type Person } from './personRows.js';

/** A person's data, table by table, as `barometre export --customer` prints it. */
export type PersonData = Record<string, Row[]>;

/**
 * Everything a workspace holds about a person (GDPR art. 15 and 20, the rights of access and
 * to portability), from the same tables `forgetPerson` erases: every column of every row,
 * free attributes as objects, timestamps in ISO 8601 UTC. Read in one transaction, so the
 * tables agree with each other.
 */
export async function exportPerson(store: Store, workspaceId: number, person: Person): Promise<PersonData> {
  return store.transaction(async (session) => {
    await collectPerson(session, workspaceId, person);
    const data = {} as PersonData;
    for (const { table, where } of PERSON_TABLES) {
      const rows = await session.query(`export ${table}`, `select * from ${table} where workspace_id = $workspace and (${where}) order by 2`, {
        workspace: workspaceId,
      });
      data[table] = rows.map(readable);
    }
    return data;
  });
}

/** A row without its workspace id, its JSON attributes parsed (DuckDB returns JSON as text). */
function readable({ workspace_id: _, ...row }: Row): Row {
  if (typeof row.attributes === 'string') return { ...row, attributes: JSON.parse(row.attributes) as unknown };
  return row;
}
