import { timingSafeEqual } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { claimDueDeliveries, listDeliveries } from '../../store/webhooks/webhookDeliveries.js';
import { describeEachEngine } from '../../test-support/engines.js';
import { insertSurveyRow } from '../../test-support/surveyRow.js';
import { closedPortUrl, type ReceivedRequest, startWebhookReceiver, type WebhookReceiver } from '../../test-support/webhookReceiver.js';
import { workspaceStore } from '../../test-support/workspaceStore.js';
import { enqueueDelivery } from './enqueueDelivery.js';
import { webhookSignature } from './signature.js';
import { removeSurveyWebhook, setSurveyWebhook } from './surveyWebhooks.js';
import { type DelivererOptions, retryDelayMs, WebhookDeliverer } from './webhookDeliverer.js';

describe('the wait before a retry', () => {
  it('doubles from 30 s, keeps between half and all of it, and stops growing at 6 h', () => {
    expect([1, 2, 3, 4].map((attempts) => retryDelayMs(attempts, () => 0))).toEqual([15_000, 30_000, 60_000, 120_000]);
    expect([1, 2, 3, 4].map((attempts) => retryDelayMs(attempts, () => 0.999_999))).toEqual([1, 2, 3, 4].map((n) => expect.closeTo(30_000 * 2 ** (n - 1), 0)));
    expect(retryDelayMs(20, () => 0)).toBe(3 * 3600_000);
    expect(retryDelayMs(20, () => 0.999_999)).toBeLessThanOrEqual(6 * 3600_000);
  });
});

/** What a receiver does with a delivery: checks the signature as docs/api.md tells it to, in constant time, and reads the body. */
function verified(request: ReceivedRequest, secret: string): Record<string, unknown> {
  const timestamp = Number(request.headers['x-barometre-timestamp']);
  const expected = Buffer.from(webhookSignature(secret, timestamp, request.body));
  const given = Buffer.from(String(request.headers['x-barometre-signature']));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new Error('bad signature');
  return JSON.parse(request.body) as Record<string, unknown>;
}

describeEachEngine('webhook deliveries', (engine) => {
  const test = workspaceStore(engine, { workspace: 'shop' });
  let receiver: WebhookReceiver | undefined;
  afterEach(async () => receiver?.close());

  /** The test clock, moved by hand. */
  let clock = new Date('2026-01-05T10:00:00Z');
  const at = (seconds: number) => {
    clock = new Date(Date.parse('2026-01-05T10:00:00Z') + seconds * 1000);
  };
  const deliverer = (options: DelivererOptions = {}) =>
    new WebhookDeliverer(test.store, { allowPrivate: true, now: () => clock, retryDelay: () => 0, timeoutMs: 2000, ...options });

  /** A survey "s1" with a webhook to `url` for `on`, and the webhook's secret. */
  async function surveyWithWebhook(url: string, on: 'answers' | 'detractors' = 'answers'): Promise<string> {
    at(0);
    await insertSurveyRow(test.store, test.workspaceId, 's1');
    return (await setSurveyWebhook(test.store, test.workspaceId, 's1', { url, on }, { allowPrivate: true, now: clock })).secret;
  }

  const enqueue = (detractor = false, data: Record<string, unknown> = { responseId: 'r1', nps: detractor ? 3 : 9 }) =>
    test.store.transaction((session) => enqueueDelivery(session, test.workspaceId, { surveyId: 's1', detractor, data }, clock));

  const deliveries = () => listDeliveries(test.store, test.workspaceId, { limit: 100 });

  it('retries a receiver that answers 500 twice, then delivers once, signed, the same body each time', async () => {
    receiver = await startWebhookReceiver((n) => (n < 2 ? 500 : 200));
    const secret = await surveyWithWebhook(receiver.url);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    const id = await enqueue();
    const sender = deliverer();
    expect([await sender.deliverDue(), await sender.deliverDue(), await sender.deliverDue(), await sender.deliverDue()]).toEqual([1, 1, 1, 0]);
    expect(receiver.received).toHaveLength(3);
    for (const request of receiver.received) {
      expect(request.headers['content-type']).toBe('application/json');
      expect(request.headers['x-barometre-delivery']).toBe(id);
      expect(request.headers['x-barometre-timestamp']).toBe(String(Date.parse('2026-01-05T10:00:00Z') / 1000));
      expect(verified(request, secret)).toEqual({
        id,
        event: 'response.created',
        createdAt: '2026-01-05T10:00:00.000Z',
        surveyId: 's1',
        data: { responseId: 'r1', nps: 9 },
      });
    }
    expect(() => verified(receiver!.received[0]!, `${secret}x`)).toThrow('bad signature');
    expect(await deliveries()).toEqual([
      {
        id,
        surveyId: 's1',
        event: 'response.created',
        url: receiver.url,
        status: 'delivered',
        attempts: 3,
        lastStatus: 200,
        lastError: null,
        createdAt: '2026-01-05T10:00:00Z',
        nextAttemptAt: null,
        deliveredAt: '2026-01-05T10:00:00Z',
      },
    ]);
  });

  it('waits for the backoff before retrying, and marks a delivery failed after its last attempt', async () => {
    receiver = await startWebhookReceiver(() => 503);
    await surveyWithWebhook(receiver.url);
    await enqueue();
    const sender = deliverer({ retryDelay: (attempts) => attempts * 60_000, maxAttempts: 3 });
    expect(await sender.deliverDue()).toBe(1);
    expect((await deliveries())[0]).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastStatus: 503,
      lastError: 'The receiver answered 503.',
      nextAttemptAt: '2026-01-05T10:01:00Z',
    });
    at(59);
    expect(await sender.deliverDue()).toBe(0);
    at(60);
    expect(await sender.deliverDue()).toBe(1);
    expect((await deliveries())[0]).toMatchObject({ status: 'pending', attempts: 2, nextAttemptAt: '2026-01-05T10:03:00Z' });
    at(180);
    expect(await sender.deliverDue()).toBe(1);
    at(100_000);
    expect(await sender.deliverDue()).toBe(0);
    expect(receiver.received).toHaveLength(3);
    expect((await deliveries())[0]).toMatchObject({ status: 'failed', attempts: 3, lastStatus: 503, nextAttemptAt: null, deliveredAt: null });
  });

  it('counts a receiver that does not answer within the timeout as a failed attempt', async () => {
    receiver = await startWebhookReceiver(() => 'hang');
    await surveyWithWebhook(receiver.url);
    await enqueue();
    const started = Date.now();
    expect(await deliverer({ timeoutMs: 200 }).deliverDue()).toBe(1);
    expect(Date.now() - started).toBeLessThan(1500);
    expect(receiver.received).toHaveLength(1);
    expect((await deliveries())[0]).toMatchObject({ status: 'pending', attempts: 1, lastStatus: null, lastError: 'The receiver did not answer within 0.2 s.' });
  });

  it('counts a refused connection as a failed attempt', async () => {
    await surveyWithWebhook(await closedPortUrl());
    await enqueue();
    expect(await deliverer().deliverDue()).toBe(1);
    expect((await deliveries())[0]).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastStatus: null,
      lastError: 'The receiver could not be reached: ECONNREFUSED.',
    });
  });

  it('does not reach this machine unless private targets are allowed, and counts that as a failed attempt', async () => {
    receiver = await startWebhookReceiver(() => 200);
    await surveyWithWebhook(receiver.url);
    await enqueue();
    expect(await deliverer({ allowPrivate: false }).deliverDue()).toBe(1);
    expect(receiver.received).toHaveLength(0);
    expect((await deliveries())[0]).toMatchObject({ status: 'pending', attempts: 1, lastError: expect.stringMatching(/^url points to 127\.0\.0\.1/) });
  });

  it('sends a delivery once when two deliverers look at the same moment', async () => {
    receiver = await startWebhookReceiver(() => 200);
    await surveyWithWebhook(receiver.url);
    await enqueue();
    const counts = await Promise.all([deliverer().deliverDue(), deliverer().deliverDue()]);
    expect(counts.sort()).toEqual([0, 1]);
    expect(receiver.received).toHaveLength(1);
    expect((await deliveries())[0]).toMatchObject({ status: 'delivered', attempts: 1 });
  });

  it('leaves a claimed delivery alone until its lease ends (a process that died while sending)', async () => {
    receiver = await startWebhookReceiver(() => 200);
    await surveyWithWebhook(receiver.url);
    await enqueue();
    expect(await claimDueDeliveries(test.store, clock, new Date(clock.getTime() + 70_000), 10)).toHaveLength(1);
    expect(await deliverer().deliverDue()).toBe(0);
    at(70);
    expect(await deliverer().deliverDue()).toBe(1);
    expect((await deliveries())[0]).toMatchObject({ status: 'delivered', attempts: 2 });
  });

  it('queues nothing when the transaction that stores the answer rolls back', async () => {
    receiver = await startWebhookReceiver(() => 200);
    await surveyWithWebhook(receiver.url);
    const failing = test.store.transaction(async (session) => {
      expect(await enqueueDelivery(session, test.workspaceId, { surveyId: 's1', detractor: false, data: {} }, clock)).not.toBeNull();
      throw new Error('the answer could not be stored');
    });
    await expect(failing).rejects.toThrow('the answer could not be stored');
    expect(await deliverer().deliverDue()).toBe(0);
    expect(receiver.received).toHaveLength(0);
    expect(await deliveries()).toEqual([]);
  });

  it('sends a detractors webhook the detractors’ answers alone, and nothing for a survey without a webhook', async () => {
    receiver = await startWebhookReceiver(() => 200);
    await surveyWithWebhook(receiver.url, 'detractors');
    expect(await enqueue(false)).toBeNull();
    const id = await enqueue(true);
    expect(id).not.toBeNull();
    await insertSurveyRow(test.store, test.workspaceId, 's2');
    expect(
      await test.store.transaction((session) => enqueueDelivery(session, test.workspaceId, { surveyId: 's2', detractor: true, data: {} }, clock)),
    ).toBeNull();
    expect(await deliverer().deliverDue()).toBe(1);
    expect(receiver.received.map((request) => JSON.parse(request.body).event)).toEqual(['detractor.created']);
    expect(await deliveries()).toEqual([expect.objectContaining({ id, event: 'detractor.created', status: 'delivered' })]);
  });

  it('points pending deliveries at a replaced URL, and fails them when the webhook is removed', async () => {
    const down = await closedPortUrl();
    await surveyWithWebhook(down);
    await enqueue();
    await deliverer().deliverDue();
    receiver = await startWebhookReceiver(() => 200);
    const secret = (await setSurveyWebhook(test.store, test.workspaceId, 's1', { url: receiver.url, on: 'answers' }, { allowPrivate: true })).secret;
    expect(await deliverer().deliverDue()).toBe(1);
    expect(verified(receiver.received[0]!, secret)).toHaveProperty('surveyId', 's1');
    await enqueue();
    await removeSurveyWebhook(test.store, test.workspaceId, 's1');
    expect(await deliverer().deliverDue()).toBe(0);
    const statuses = (await deliveries()).map(({ status, lastError }) => ({ status, lastError }));
    expect(statuses.sort((a, b) => a.status.localeCompare(b.status))).toEqual([
      { status: 'delivered', lastError: null },
      { status: 'failed', lastError: 'The webhook was removed.' },
    ]);
    expect(await listDeliveries(test.store, test.workspaceId, { status: 'failed', limit: 10 })).toHaveLength(1);
    expect(await listDeliveries(test.store, test.workspaceId, { surveyId: 's2', limit: 10 })).toEqual([]);
  });

  it('sends a delivery soon after a nudge once started, and no more after stop', async () => {
    receiver = await startWebhookReceiver(() => 200);
    await surveyWithWebhook(receiver.url);
    const sender = deliverer({ intervalMs: 60_000 });
    sender.start();
    await enqueue();
    sender.nudge();
    await expect.poll(() => receiver!.received.length, { timeout: 3000 }).toBe(1);
    await sender.stop();
    await enqueue();
    sender.nudge();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(receiver.received).toHaveLength(1);
  });
});
