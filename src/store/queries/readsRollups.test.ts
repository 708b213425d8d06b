import { describe, expect, it } from 'vitest';
import { readsRollups } from './readsRollups.js';
import type { RowScope } from './rowScope.js';

const plain: RowScope = { joins: '', filter: '', groupKey: 'null', params: {}, plain: true };

describe('readsRollups', () => {
  it('reads the rollups when nothing narrows or splits the rows', () => {
    expect(readsRollups(plain)).toBe(true);
  });

  it('reads rows with a --where filter or a --by split, which the daily counts cannot answer', () => {
    expect(readsRollups({ ...plain, filter: ' and t.channel = $where_value_0', plain: false })).toBe(false);
    expect(readsRollups({ ...plain, groupKey: 'cast(t.channel as varchar)', plain: false })).toBe(false);
  });
});
