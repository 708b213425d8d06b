import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { enqueueDelivery } from '../services/webhooks/enqueueDelivery.js';
import { setSurveyWebhook } from '../services/webhooks/surveyWebhooks.js';
import { openStore } from '../store/openStore.js';
import { findWorkspace } from '../store/workspaces.js';
import { killChildren, requireBuild, startServer, stopServer } from '../test-support/barometreProcess.js';
import { insertSurveyRow } from '../test-support/surveyRow.js';
import { startWebhookReceiver, type WebhookReceiver } from '../test-support/webhookReceiver.js';

describe('barometre serve and survey webhooks', () => {
  let receiver: WebhookReceiver;
  beforeAll(async () => {
    requireBuild();
    receiver = await startWebhookReceiver(() => 204);
  });
  afterEach(() => vi.unstubAllEnvs());
  afterAll(async () => {
    killChildren();
    await receiver.close();
  });

  it('sends the deliveries queued before it started, and stops with them on SIGTERM', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'barometre-webhooks-'));
    const db = join(folder, 'store.duckdb');
    const store = await openStore({ db });
    const workspace = await findWorkspace(store, 'shop', { create: true });
    await insertSurveyRow(store, workspace.id, 's1');
    await setSurveyWebhook(store, workspace.id, 's1', { url: receiver.url, on: 'answers' }, { allowPrivate: true });
    const id = await store.transaction((session) => enqueueDelivery(session, workspace.id, { surveyId: 's1', detractor: false, data: { nps: 10 } }));
    await store.close();

    vi.stubEnv('BAROMETRE_WEBHOOK_ALLOW_PRIVATE', '1');
    const { server } = await startServer(['--db', db, '--port', '0'], folder);
    await expect.poll(() => receiver.received.length, { timeout: 10_000 }).toBe(1);
    expect(receiver.received[0]?.headers['x-barometre-delivery']).toBe(id);
    expect(await stopServer(server)).toBe(0);

    const after = await openStore({ db });
    const [row] = await after.query<{ status: string; attempts: number }>('read delivery', 'select status, attempts from webhook_deliveries');
    await after.close();
    expect(row).toEqual({ status: 'delivered', attempts: 1 });
  });
});
