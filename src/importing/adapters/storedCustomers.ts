import type { Store } from '../../store/Store.js';

/** A customer as stored, its timestamps as ISO UTC text. */
export interface StoredCustomer {
  created_at: string | null;
  churned_at: string | null;
  email: string | null;
  attributes: Record<string, string>;
}

/**
 * The customers of a workspace as stored, by id: what an export that carries only part of a
 * customer must not lose (see StoredRules in Adapter.ts). Timestamps are read as text (the
 * same on both engines: `2024-03-05 12:02:11`) and written back in ISO with `Z`.
 */
export async function storedCustomers(store: Store, workspaceId: number): Promise<Map<string, StoredCustomer>> {
  const rows = await store.query<{
    customer_id: string;
    created_at: string | null;
    churned_at: string | null;
    email: string | null;
    attributes: string | null;
  }>(
    'stored customers for an adapter',
    `select customer_id, cast(created_at as varchar) as created_at, cast(churned_at as varchar) as churned_at, email,
  cast(attributes as varchar) as attributes
from customers
where workspace_id = $workspace`,
    { workspace: workspaceId },
  );
  return new Map(
    rows.map((row) => [
      row.customer_id,
      { created_at: isoText(row.created_at), churned_at: isoText(row.churned_at), email: row.email, attributes: attributeTexts(row.attributes) },
    ]),
  );
}

function isoText(text: string | null): string | null {
  return text === null ? null : `${text.replace(' ', 'T')}Z`;
}

/** The attributes' JSON as texts; JSON null (an attribute left empty) is no value. */
function attributeTexts(json: string | null): Record<string, string> {
  if (json === null) return {};
  const parsed: unknown = JSON.parse(json);
  if (typeof parsed !== 'object' || parsed === null) return {};
  return Object.fromEntries(
    Object.entries(parsed as Record<string, unknown>).flatMap(([key, value]) =>
      value === null || value === undefined ? [] : [[key, typeof value === 'string' ? value : JSON.stringify(value)]],
    ),
  );
}
