import { afterEach, describe, expect, it, vi } from 'vitest';
import { StoreError } from '../errors/errors.js';
import { createApp } from '../server/createApp.js';
import { onOwnConnection, TEST_DATABASE_URL } from '../test-support/engines.js';
import { openPostgresStore } from './postgresStore.js';

/** The test database's URL with another database name or an application_name of our own. */
function urlWith(changes: { database?: string; applicationName?: string }): string {
  const url = new URL(TEST_DATABASE_URL as string);
  if (changes.database) url.pathname = `/${changes.database}`;
  if (changes.applicationName) url.searchParams.set('application_name', changes.applicationName);
  return url.toString();
}

describe.skipIf(!TEST_DATABASE_URL)('the PostgreSQL store when the server drops its connections', () => {
  afterEach(() => vi.restoreAllMocks());

  it('survives the termination of its idle pooled connections, logs one line, and reconnects on the next query', async () => {
    const applicationName = `barometre_test_${process.pid}_idle`;
    const store = await openPostgresStore(urlWith({ applicationName }));
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      await Promise.all([store.query('first', 'select pg_sleep(0.05)'), store.query('second', 'select pg_sleep(0.05)')]);
      await onOwnConnection(`select pg_terminate_backend(pid) from pg_stat_activity where application_name = '${applicationName}'`);
      // Both pooled connections were cut: wait until the pool has heard of each (one line each),
      // or the next query may still be handed the second before its error event arrives.
      await vi.waitFor(() => expect(log).toHaveBeenCalledTimes(2));
      expect(log.mock.calls[0]?.[0]).toMatch(/^PostgreSQL at .* closed an idle connection \(.*\); the next query opens a new one\.$/);
      expect(await store.query('after', 'select 1 as ok')).toEqual([{ ok: 1 }]);
    } finally {
      await store.close();
    }
  });

  it('turns a query whose connection is cut into a StoreError, and answers the next query', async () => {
    const store = await openPostgresStore(urlWith({ applicationName: `barometre_test_${process.pid}_busy` }));
    try {
      await expect(store.query('cut', 'select pg_terminate_backend(pg_backend_pid())')).rejects.toThrow(StoreError);
      expect(await store.query('after', 'select 1 as ok')).toEqual([{ ok: 1 }]);
    } finally {
      await store.close();
    }
  });

  it('lets the app answer 503 with one sentence while the store cannot answer', async () => {
    const database = `barometre_gone_${process.pid}`;
    await onOwnConnection(`drop database if exists ${database}`);
    await onOwnConnection(`create database ${database}`);
    const store = await openPostgresStore(urlWith({ database }));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const app = createApp(store);
      expect((await app.request('/healthz')).status).toBe(200);
      await onOwnConnection(`drop database ${database} with (force)`);
      const response = await app.request('/healthz');
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ error: 'The store cannot answer right now; try again later.' });
    } finally {
      await store.close();
      await onOwnConnection(`drop database if exists ${database} with (force)`);
    }
  });
});
