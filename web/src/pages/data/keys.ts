/** One key of GET /api/keys: never its text, which POST /api/keys shows once. */
export interface KeyRecord {
  id: string;
  kind: 'site' | 'read';
  createdAt: string;
  revokedAt: string | null;
}

/** The keys of one kind, the valid ones first, newest first within each. */
export function keysOfKind(keys: readonly KeyRecord[], kind: KeyRecord['kind']): KeyRecord[] {
  return keys
    .filter((key) => key.kind === kind)
    .sort((a, b) => Number(a.revokedAt !== null) - Number(b.revokedAt !== null) || b.createdAt.localeCompare(a.createdAt));
}
