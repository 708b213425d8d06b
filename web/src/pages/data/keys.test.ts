import { describe, expect, it } from 'vitest';
import { keysOfKind } from './keys.js';

describe('keysOfKind', () => {
  it('keeps one kind, valid keys first, newest first', () => {
    const keys = [
      { id: 'a', kind: 'site' as const, createdAt: '2026-01-01T00:00:00Z', revokedAt: null },
      { id: 'b', kind: 'site' as const, createdAt: '2026-03-01T00:00:00Z', revokedAt: '2026-04-01T00:00:00Z' },
      { id: 'c', kind: 'read' as const, createdAt: '2026-02-01T00:00:00Z', revokedAt: null },
      { id: 'd', kind: 'site' as const, createdAt: '2026-02-01T00:00:00Z', revokedAt: null },
    ];
    expect(keysOfKind(keys, 'site').map((key) => key.id)).toEqual(['d', 'a', 'b']);
    expect(keysOfKind(keys, 'read').map((key) => key.id)).toEqual(['c']);
  });
});
