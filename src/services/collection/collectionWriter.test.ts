import { expect, it } from 'vitest';
import { StoreError } from '../../errors/errors.js';
import type { Store } from '../../store/Store.js';
import { describeEachEngine } from '../../test-support/engines.js';
import { workspaceStore } from '../../test-support/workspaceStore.js';
import { CollectionWriter, type EventRow } from './collectionWriter.js';

/** `count` pageviews of visitor `visitor`, ids `prefix-0`…, a second apart. */
function rows(prefix: string, count: number, visitor = `v-${prefix}`): EventRow[] {
  return Array.from(
    { length: count },
    (_, i): EventRow => [
      `${prefix}-${i}`,
      visitor,
      `2026-03-05 10:00:${String(i % 60).padStart(2, '0')}.000`,
      'pageview',
      null,
      'https://shop.example/',
      null,
      '{"device":"desktop"}',
    ],
  );
}

/** The store, with its transactions counted, and the `failing`-th (from 1) made to fail. */
function counting(store: Store, failing = 0): { store: Store; transactions: () => number } {
  let transactions = 0;
  const wrapped = Object.create(store) as Store;
  wrapped.transaction = async (work) => {
    transactions++;
    if (transactions === failing) throw new StoreError('The commit failed (test).');
    return store.transaction(work);
  };
  return { store: wrapped, transactions: () => transactions };
}

describeEachEngine('the group commit of collected events', (engine) => {
  const shop = workspaceStore(engine);

  it('writes many concurrent requests in fewer transactions, every event stored once, sessions maintained', async () => {
    const { store, transactions } = counting(shop.store);
    const writer = new CollectionWriter(store);
    await Promise.all(Array.from({ length: 40 }, (_, request) => writer.write(shop.workspaceId, rows(`r${request}`, 10, `v${request % 4}`), ['device'])));
    expect(transactions()).toBeLessThan(40);
    const [stored] = await shop.read(`select count(*) as n, count(distinct event_id) as ids from events where workspace_id = ${shop.workspaceId}`);
    expect(stored).toEqual({ n: 400, ids: 400 });
    const sessions = await shop.read(`select visitor_id, events from sessions where workspace_id = ${shop.workspaceId} order by visitor_id`);
    expect(sessions).toEqual([0, 1, 2, 3].map((visitor) => ({ visitor_id: `v${visitor}`, events: 100 })));
  });

  it('replaces an event whose id comes again, in the same batch or a later one', async () => {
    const writer = new CollectionWriter(shop.store);
    const first = rows('same', 3);
    const again = first.map((row): EventRow => [...row.slice(0, 3), 'cart', ...row.slice(4)] as unknown as EventRow);
    await Promise.all([writer.write(shop.workspaceId, first, []), writer.write(shop.workspaceId, again, [])]);
    await writer.write(shop.workspaceId, again, []);
    const stored = await shop.read(`select type, count(*) as n from events where workspace_id = ${shop.workspaceId} group by type`);
    expect(stored).toEqual([{ type: 'cart', n: 3 }]);
  });

  it('fails exactly the requests of a batch whose commit fails, and goes on with the next', async () => {
    const { store } = counting(shop.store, 2);
    const writer = new CollectionWriter(store);
    const outcomes = await Promise.allSettled([
      writer.write(shop.workspaceId, rows('a', 2), []),
      writer.write(shop.workspaceId, rows('b', 2), []),
      writer.write(shop.workspaceId, rows('c', 2), []),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'rejected']);
    await writer.write(shop.workspaceId, rows('d', 2), []);
    const stored = await shop.read(`select distinct substr(event_id, 1, 1) as request from events where workspace_id = ${shop.workspaceId} order by request`);
    expect(stored.map((row) => row.request)).toEqual(['a', 'd']);
  });
});
