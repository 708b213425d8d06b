import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { importFile } from '../../importing/importFile.js';
import type { Store } from '../../store/Store.js';

const REPORT_FIXTURES = join(import.meta.dirname, '..', '..', 'services', 'report', 'fixtures');

/** The kinds the report's fixtures hold, one CSV file each (customers, orders, responses, events, posts, mentions, audits). */
export const FIXTURE_KINDS = readdirSync(REPORT_FIXTURES)
  .filter((file) => file.endsWith('.csv'))
  .map((file) => file.replace(/\.csv$/, ''))
  .sort();

/** Imports the report's fixtures into the workspace: a file of every kind, through the import every command and route uses. */
export async function fillWorkspace(store: Store, workspaceId: number): Promise<void> {
  for (const kind of FIXTURE_KINDS) await importFile(store, { kind, file: join(REPORT_FIXTURES, `${kind}.csv`), workspaceId });
}
