import { expect, it } from 'vitest';
import { describeEachEngine } from '../test-support/engines.js';
import { workspaceStore } from '../test-support/workspaceStore.js';
import { visitorSalt } from './visitorSalts.js';

describeEachEngine('the daily salts of cookieless visitor ids', (engine) => {
  const test = workspaceStore(engine);

  it('makes one random salt per day, gives it back the same all day, and deletes salts older than the day before', async () => {
    const first = await visitorSalt(test.store, '2026-03-01');
    expect(first).toHaveLength(32);
    expect(await visitorSalt(test.store, '2026-03-01')).toEqual(first);
    const next = await visitorSalt(test.store, '2026-03-02');
    expect(next).not.toEqual(first);
    await visitorSalt(test.store, '2026-03-03');
    const days = await test.read('select cast(day as text) as day from visitor_salts order by day');
    expect(days.map((row) => row.day)).toEqual(['2026-03-02', '2026-03-03']);
  });
});
