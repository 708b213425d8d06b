import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../errors/errors.js';
import type { Store } from '../../store/Store.js';
import { describeEachEngine } from '../../test-support/engines.js';
import { type FeedServer, feedFixture, startFeedServer } from '../../test-support/feedServer.js';
import { workspaceStore } from '../../test-support/workspaceStore.js';
import { findWorkspace } from '../../store/workspaces.js';
import { addFeed, workspaceFeeds } from './feeds.js';
import { FeedSchedule, listeningIntervalMinutes } from './feedSchedule.js';

describe('listeningIntervalMinutes', () => {
  it('is 60 unless BAROMETRE_LISTEN_INTERVAL_MINUTES says otherwise, null for 0, and refuses anything but minutes', () => {
    expect(listeningIntervalMinutes({})).toBe(60);
    expect(listeningIntervalMinutes({ BAROMETRE_LISTEN_INTERVAL_MINUTES: '15' })).toBe(15);
    expect(listeningIntervalMinutes({ BAROMETRE_LISTEN_INTERVAL_MINUTES: '0.5' })).toBe(0.5);
    expect(listeningIntervalMinutes({ BAROMETRE_LISTEN_INTERVAL_MINUTES: '0' })).toBeNull();
    for (const given of ['-5', 'hourly', '1e3', '10081', 'Infinity']) {
      expect(() => listeningIntervalMinutes({ BAROMETRE_LISTEN_INTERVAL_MINUTES: given }), given).toThrow(UsageError);
    }
  });
});

/** Waits until `check` holds, looking every 50 ms for at most 10 s. */
async function until(check: () => Promise<boolean>): Promise<void> {
  for (let waited = 0; waited < 10_000; waited += 50) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('The condition never held.');
}

describeEachEngine('the schedule of feeds', (engine) => {
  const test = workspaceStore(engine, { workspace: 'shop' });
  let server: FeedServer;
  const slowAsked: number[] = [];
  beforeAll(async () => {
    server = await startFeedServer({
      '/rss.xml': { headers: { 'content-type': 'application/rss+xml' }, body: feedFixture('rss.xml') },
      '/malformed.xml': { headers: { 'content-type': 'application/rss+xml' }, body: feedFixture('malformed.xml') },
      '/slow.xml': () => {
        slowAsked.push(performance.now());
        return { hang: true };
      },
    });
  });
  afterAll(() => server?.close());

  it('fetches every workspace’s feeds round after round, logs each failure, and never runs two rounds at once', async () => {
    const other = (await findWorkspace(test.store, 'other', { create: true })).id;
    const allow = { allowPrivate: true };
    await addFeed(test.store, test.workspaceId, { url: server.url('/rss.xml'), brand: 'Maison Lumière' }, allow);
    await addFeed(test.store, other, { url: server.url('/malformed.xml'), brand: 'Maison Lumière' }, allow);
    await addFeed(test.store, other, { url: server.url('/slow.xml'), brand: 'Maison Lumière' }, allow);
    const logged: string[] = [];
    const schedule = new FeedSchedule(test.store, {
      intervalMs: 10,
      log: (line) => logged.push(line),
      fetch: { limits: { allowPrivate: true, timeoutMs: 100 } },
    });
    schedule.start();
    await until(async () => logged.length >= 6);
    await schedule.stop();
    // Each round waits 100 ms for the slow feed, and the next starts 10 ms after it ends: were
    // rounds to overlap, the slow feed would be asked again sooner than 100 ms after.
    expect(slowAsked.length).toBeGreaterThanOrEqual(3);
    for (let n = 1; n < slowAsked.length; n++) expect(slowAsked[n]! - slowAsked[n - 1]!).toBeGreaterThanOrEqual(95);
    expect(logged).toContainEqual(
      expect.stringMatching(/^Feed [0-9a-f]{8} \(http:\/\/127\.0\.0\.1:\d+\/malformed\.xml\) could not be read: The feed is not well-formed XML/),
    );
    expect(logged).toContainEqual(expect.stringMatching(/\/slow\.xml\) could not be read: The feed did not arrive within 0\.1 s\.$/));
    const [shop] = await workspaceFeeds(test.store, test.workspaceId);
    expect(shop).toMatchObject({ lastStatus: 'ok' });
    expect((await test.read('select count(*) as n from mentions'))[0]).toEqual({ n: 2 });
  });

  it('stops after the feed being fetched, leaving the rest of the round', async () => {
    const allow = { allowPrivate: true };
    await addFeed(test.store, test.workspaceId, { url: server.url('/slow.xml'), brand: 'Maison Lumière' }, allow);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await addFeed(test.store, test.workspaceId, { url: server.url('/rss.xml'), brand: 'Maison Lumière' }, allow);
    const asked = slowAsked.length;
    const schedule = new FeedSchedule(test.store, { intervalMs: 10, log: () => undefined, fetch: { limits: { allowPrivate: true, timeoutMs: 300 } } });
    schedule.start();
    await until(async () => slowAsked.length > asked);
    await schedule.stop();
    const [slow, rss] = await workspaceFeeds(test.store, test.workspaceId);
    expect(slow).toMatchObject({ url: server.url('/slow.xml'), lastStatus: 'failed' });
    expect(rss).toMatchObject({ url: server.url('/rss.xml'), lastFetchedAt: null });
  });

  it('logs a round that fails as a whole and goes on with the next', async () => {
    const logged: string[] = [];
    let calls = 0;
    const broken = new Proxy(test.store, {
      get: (target, property) =>
        property === 'query'
          ? async () => {
              calls++;
              throw new Error('connection lost');
            }
          : Reflect.get(target, property, target),
    }) as Store;
    const schedule = new FeedSchedule(broken, { intervalMs: 10, log: (line) => logged.push(line) });
    schedule.start();
    await until(async () => logged.length >= 2);
    await schedule.stop();
    expect(calls).toBeGreaterThanOrEqual(2);
    expect(logged[0]).toBe('The feeds could not be fetched this round: connection lost');
  });
});
