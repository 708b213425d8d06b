import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type ApiFixture, openApiFixture } from '../../test-support/apiFixture.js';
import { describeEachEngine, openTestStore } from '../../test-support/engines.js';
import { createApp } from '../createApp.js';
import { STORE_UNAVAILABLE } from '../middleware/errors.js';

describeEachEngine('GET /healthz', (engine) => {
  let api: ApiFixture;
  beforeAll(async () => {
    api = await openApiFixture(engine);
  });
  afterAll(async () => api?.test.dispose());

  it('answers without a key', async () => {
    const response = await api.get('/healthz', null);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });
});

describe('GET /healthz on a store that cannot answer', () => {
  it('answers 503 with one sentence', async () => {
    const test = await openTestStore('duckdb');
    const app = createApp(test.store);
    await test.store.close();
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const response = await app.request('/healthz');
    log.mockRestore();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ error: STORE_UNAVAILABLE });
    await test.dispose();
  });
});
