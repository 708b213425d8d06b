import type { ImportKind } from './schema/kinds.js';
import type { Session } from './Store.js';

const ATTRIBUTE_KEYS_PER_STATEMENT = 300;

/**
 * Records that rows of `kind` in the workspace carry the attributes `keys`, so that --where
 * and --by can tell an attribute from a typo without scanning JSON (names already recorded
 * are left as they are).
 */
export async function recordAttributeKeys(session: Session, kind: ImportKind, workspaceId: number, keys: readonly string[]): Promise<void> {
  // A few hundred names per statement: a wide export's thousand columns cost a few statements, not a thousand.
  for (let start = 0; start < keys.length; start += ATTRIBUTE_KEYS_PER_STATEMENT) {
    const slice = keys.slice(start, start + ATTRIBUTE_KEYS_PER_STATEMENT);
    const named = Object.fromEntries(slice.map((key, index) => [`key${index}`, key]));
    await session.query(
      'record attribute keys',
      `insert into attribute_keys (workspace_id, kind, key) values ${slice.map((_, index) => `($workspace, $kind, $key${index})`).join(', ')} on conflict do nothing`,
      { workspace: workspaceId, kind, ...named },
    );
  }
}
