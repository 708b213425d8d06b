import { type ImportKind, KINDS } from '../schema/kinds.js';
import type { Engine, Session } from '../Store.js';

/** The fields a --where or --by can name, per kind of row: its columns and its free attributes. */
export interface FieldCatalog {
  /** The engine the fields are read on (attribute names are bound differently on each). */
  engine: Engine;
  columns(kind: ImportKind): ReadonlySet<string>;
  attributes(kind: ImportKind): ReadonlySet<string>;
}

/** Loads the attribute names the imports of a workspace recorded, beside the contract's columns. */
export async function loadFieldCatalog(session: Session, workspaceId: number): Promise<FieldCatalog> {
  const rows = await session.query<{ kind: ImportKind; key: string }>(
    'attribute keys',
    'select kind, key from attribute_keys where workspace_id = $workspace',
    { workspace: workspaceId },
  );
  const attributes = new Map<ImportKind, Set<string>>();
  for (const row of rows) {
    const keys = attributes.get(row.kind) ?? new Set<string>();
    keys.add(row.key);
    attributes.set(row.kind, keys);
  }
  const columns = new Map(Object.values(KINDS).map((spec) => [spec.kind, new Set(spec.columns.map((column) => column.name))]));
  return {
    engine: session.engine,
    columns: (kind) => columns.get(kind) ?? new Set(),
    attributes: (kind) => attributes.get(kind) ?? new Set(),
  };
}
