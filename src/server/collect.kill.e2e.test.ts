import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApiKey } from '../store/apiKeys.js';
import type { Engine } from '../store/Store.js';
import { findWorkspace } from '../store/workspaces.js';
import { killChildren, requireBuild, runBarometre, startServer, stopServer } from '../test-support/barometreProcess.js';
import { describeEachEngine } from '../test-support/engines.js';
import { killMidLoad, type ServerStore, servedUrl, serverStore } from '../test-support/serverStore.js';

/**
 * End-to-end: `barometre serve` killed with SIGKILL while a load generator sends events, then
 * started again. Every event that was answered 202 must be in the store, and none twice
 * (docs/api.md: 202 only once committed). Needs the build.
 */
const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';
const SENDERS = 6;
const EVENTS_PER_REQUEST = 20;

/**
 * Sends batches of events with distinct ids from `SENDERS` loops, one request at a time each,
 * until `stop()` says so or the server stops answering; returns the ids answered 202.
 */
async function sendUntilStopped(url: string, key: string, stop: () => boolean): Promise<string[]> {
  const acknowledged: string[] = [];
  let next = 0;
  const sender = async (senderId: number) => {
    while (!stop()) {
      const ids = Array.from({ length: EVENTS_PER_REQUEST }, () => `s${senderId}-${next++}`);
      const events = ids.map((event_id, i) => ({ type: 'pageview', url: `https://shop.example/p/${i}`, event_id, visitor_id: `v${senderId}-${i % 5}` }));
      try {
        const response = await fetch(`${url}/api/collect`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, 'user-agent': CHROME },
          body: JSON.stringify({ events }),
        });
        if (response.status === 202) acknowledged.push(...ids);
        else await response.body?.cancel();
      } catch {
        return; // The server is gone.
      }
    }
  };
  await Promise.all(Array.from({ length: SENDERS }, (_, senderId) => sender(senderId)));
  return acknowledged;
}

describeEachEngine('POST /api/collect when the server is killed (end to end)', (engine: Engine) => {
  let server: ServerStore;
  let key: string;
  const rate = process.env.BAROMETRE_COLLECT_RATE;

  beforeAll(async () => {
    requireBuild();
    server = await serverStore(engine, 'collect-kill');
    const store = await server.open();
    key = (await createApiKey(store, (await findWorkspace(store, 'default', { create: true })).id, 'site')).key;
    await store.close();
    // The senders outrun the default limit of one key on purpose.
    process.env.BAROMETRE_COLLECT_RATE = '1000000';
  });
  afterAll(async () => {
    killChildren();
    if (rate === undefined) delete process.env.BAROMETRE_COLLECT_RATE;
    else process.env.BAROMETRE_COLLECT_RATE = rate;
    await server.dispose();
  });

  it('keeps every event answered 202, and none twice, across a SIGKILL and a restart', { timeout: 60_000 }, async () => {
    // Kill mid-load, once some requests have been answered and others are in flight.
    const acknowledged = await killMidLoad(server, (url, killed) => sendUntilStopped(url, key, killed));
    expect(acknowledged.length).toBeGreaterThan(0);

    const second = await startServer(['--port', '0', ...server.flags], server.folder);
    // The restarted server takes events again; then the report counts what was collected.
    const after = await sendUntilStopped(
      servedUrl(second.stderr),
      key,
      (() => {
        let sent = 0;
        return () => sent++ >= SENDERS;
      })(),
    );
    expect(after.length).toBe(SENDERS * EVENTS_PER_REQUEST);
    const report = await runBarometre(['report', '--json', ...server.flags], server.folder);
    expect(report.status).toBe(0);
    expect((JSON.parse(report.stdout) as { indicators: { sessions: { count: number } } }).indicators.sessions.count).toBeGreaterThan(0);
    expect(await stopServer(second.server)).toBe(0);

    const store = await server.open();
    try {
      const stored = await store.query<{ event_id: string; n: number }>('stored events', 'select event_id, count(*) as n from events group by event_id');
      const counts = new Map(stored.map((row) => [row.event_id, row.n]));
      expect([...acknowledged, ...after].filter((id) => !counts.has(id))).toEqual([]);
      expect(stored.filter((row) => row.n > 1)).toEqual([]);
    } finally {
      await store.close();
    }
  });
});
