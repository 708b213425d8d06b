import { type ImportKind, KINDS } from '../schema/kinds.js';
import type { Session } from '../Store.js';
import { attributePath, DECIMAL_PATTERN } from './rowScope.js';
import type { FieldCatalog } from './fieldCatalog.js';

/**
 * A value of the attribute `name` on rows of `kind` in the workspace that is not a number
 * written in decimals (blank values aside), or null when every value is one: what tells a
 * numeric attribute, which `<`, `<=`, `>`, `>=` can compare, from a text one. One probe that
 * stops at the first such value.
 */
export async function attributeNotNumber(session: Session, catalog: FieldCatalog, workspaceId: number, kind: ImportKind, name: string): Promise<string | null> {
  const text = '(attributes ->> $attribute::text)';
  const [row] = await session.query<{ value: string }>(
    'attribute not a number',
    `select ${text} as value from ${KINDS[kind].table}
where workspace_id = $workspace and trim(${text}) <> '' and not (${text} ~ '${DECIMAL_PATTERN}')
limit 1`,
    { workspace: workspaceId, attribute: attributePath(catalog.engine, name) },
  );
  return row?.value ?? null;
}
