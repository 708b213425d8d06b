import type { Store } from '../../store/Store.js';
import { findSurveyWebhook } from '../../store/webhooks/surveyWebhooks.js';
import { type AttemptOutcome, type ClaimedDelivery, claimDueDeliveries, recordAttempt } from '../../store/webhooks/webhookDeliveries.js';
import { webhookSignature } from './signature.js';
import { privateTargetsAllowedByEnv, unreachableReason } from './webhookTarget.js';

/** The first wait before a retry, doubled after each failed attempt. */
export const FIRST_RETRY_MS = 30_000;
/** The longest wait between two attempts. */
export const LONGEST_RETRY_MS = 6 * 3600_000;
/** The attempts a delivery gets before it is marked failed. */
export const MAX_ATTEMPTS = 8;

/**
 * How long to wait after `attempts` failed attempts: 30 s × 2^(attempts − 1), at most 6 h,
 * of which a random half (`random` in [0, 1)) is taken off, so that deliveries that failed
 * together (a receiver down) do not all come back at the same second ("equal jitter").
 */
export function retryDelayMs(attempts: number, random: () => number = Math.random): number {
  const delay = Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** (attempts - 1));
  return delay / 2 + (delay / 2) * random();
}

/** How a deliverer works; every field has a default fit for a server, tests shorten them. */
export interface DelivererOptions {
  /** Milliseconds between two looks for due deliveries: 1000. */
  intervalMs?: number;
  /** Milliseconds a receiver has to answer: 10 000. */
  timeoutMs?: number;
  /** The most deliveries claimed and sent at once: 10. */
  batchSize?: number;
  /** Attempts before a delivery is marked failed: {@link MAX_ATTEMPTS}. */
  maxAttempts?: number;
  /** The wait after `attempts` failed attempts: {@link retryDelayMs}. */
  retryDelay?: (attempts: number) => number;
  /** The clock. */
  now?: () => Date;
  /** Whether receivers on this machine or private networks may be reached: BAROMETRE_WEBHOOK_ALLOW_PRIVATE. */
  allowPrivate?: boolean;
  /** Where a round that failed (the store down) is reported: the server's log. */
  log?: (line: string) => void;
}

/** How long past the timeout a claim holds a delivery, for recording the outcome. */
const LEASE_MARGIN_MS = 60_000;

/**
 * Sends the queued webhook deliveries of a store (docs/api.md, "Survey webhooks"): every
 * `intervalMs` once started, and at once when nudged, it claims the due deliveries (a lease
 * other processes respect), POSTs each body signed with its webhook's secret, and records
 * the outcome: a 2xx is delivered; anything else — another status, no answer within
 * `timeoutMs`, no connection — is retried after {@link retryDelayMs}, until `maxAttempts`
 * attempts have failed. Redirects are not followed (the receiver is the URL set up).
 */
export class WebhookDeliverer {
  private readonly intervalMs: number;
  private readonly timeoutMs: number;
  private readonly batchSize: number;
  private readonly maxAttempts: number;
  private readonly retryDelay: (attempts: number) => number;
  private readonly now: () => Date;
  private readonly allowPrivate: boolean;
  private readonly log: (line: string) => void;
  private timer: NodeJS.Timeout | undefined;
  private started = false;
  private round: Promise<void> | undefined;
  private again = false;

  constructor(
    private readonly store: Store,
    options: DelivererOptions = {},
  ) {
    this.intervalMs = options.intervalMs ?? 1000;
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.batchSize = options.batchSize ?? 10;
    this.maxAttempts = options.maxAttempts ?? MAX_ATTEMPTS;
    this.retryDelay = options.retryDelay ?? retryDelayMs;
    this.now = options.now ?? (() => new Date());
    this.allowPrivate = options.allowPrivate ?? privateTargetsAllowedByEnv();
    this.log = options.log ?? ((line) => console.error(line));
  }

  /** Starts looking for due deliveries every `intervalMs`, the first time at once. */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.nudge();
  }

  /** Stops looking, and resolves once the round under way (if any) has recorded its outcomes. */
  async stop(): Promise<void> {
    this.started = false;
    clearTimeout(this.timer);
    await this.round;
  }

  /** Looks for due deliveries now rather than at the next tick (after a transaction that queued one); nothing when stopped. */
  nudge(): void {
    if (!this.started) return;
    if (this.round !== undefined) {
      this.again = true;
      return;
    }
    clearTimeout(this.timer);
    this.round = this.tick().finally(() => {
      this.round = undefined;
      if (!this.started) return;
      if (this.again) {
        this.again = false;
        this.nudge();
      } else {
        this.timer = setTimeout(() => this.nudge(), this.intervalMs).unref();
      }
    });
  }

  private async tick(): Promise<void> {
    try {
      await this.deliverDue();
    } catch (error) {
      this.log(`Webhook deliveries could not be sent this round: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** One round: claims the due deliveries batch after batch, sends them and records each outcome; returns how many attempts it made. */
  async deliverDue(): Promise<number> {
    let attempted = 0;
    for (;;) {
      const now = this.now();
      const claimed = await claimDueDeliveries(this.store, now, new Date(now.getTime() + this.timeoutMs + LEASE_MARGIN_MS), this.batchSize);
      // Every send of the batch runs to its end, so that stop() never closes the store under one.
      const outcomes = await Promise.allSettled(claimed.map((delivery) => this.attempt(delivery)));
      const failed = outcomes.find((outcome) => outcome.status === 'rejected');
      if (failed !== undefined) throw failed.reason;
      attempted += claimed.length;
      if (claimed.length < this.batchSize) return attempted;
    }
  }

  private async attempt(delivery: ClaimedDelivery): Promise<void> {
    const sent = await this.send(delivery);
    const now = this.now();
    const outcome: AttemptOutcome = {
      ...sent,
      retryAt: sent.delivered || sent.final || delivery.attempts >= this.maxAttempts ? null : new Date(now.getTime() + this.retryDelay(delivery.attempts)),
    };
    await recordAttempt(this.store, delivery, outcome, now);
  }

  /** POSTs the delivery once; `final` when it must not be tried again (its webhook is gone). */
  private async send(delivery: ClaimedDelivery): Promise<{ delivered: boolean; status: number | null; error: string | null; final: boolean }> {
    const webhook = await findSurveyWebhook(this.store, delivery.workspaceId, delivery.surveyId);
    if (webhook === null) return { delivered: false, status: null, error: 'The webhook was removed.', final: true };
    const refused = await unreachableReason(new URL(delivery.url), this.allowPrivate);
    if (refused !== null) return { delivered: false, status: null, error: refused, final: false };
    const timestamp = Math.floor(this.now().getTime() / 1000);
    try {
      const response = await fetch(delivery.url, {
        method: 'POST',
        redirect: 'manual',
        signal: AbortSignal.timeout(this.timeoutMs),
        headers: {
          'Content-Type': 'application/json',
          'User-Agent': 'Barometre-Webhook',
          'X-Barometre-Delivery': delivery.id,
          'X-Barometre-Timestamp': String(timestamp),
          'X-Barometre-Signature': webhookSignature(webhook.secret, timestamp, delivery.body),
        },
        body: delivery.body,
      });
      await response.body?.cancel();
      const delivered = response.status >= 200 && response.status < 300;
      return { delivered, status: response.status, error: delivered ? null : `The receiver answered ${response.status}.`, final: false };
    } catch (error) {
      return { delivered: false, status: null, error: failureSentence(error, this.timeoutMs), final: false };
    }
  }
}

/** One sentence for an attempt that got no answer: the timeout, or the network's error code. */
function failureSentence(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && error.name === 'TimeoutError') return `The receiver did not answer within ${timeoutMs / 1000} s.`;
  const cause = error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  return `The receiver could not be reached: ${cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error))}.`;
}

const deliverers = new WeakMap<Store, WebhookDeliverer>();

/**
 * The one deliverer of a store in this process, made on first use: the server starts and
 * stops it, and the answer path nudges it once a transaction that queued a delivery commits.
 */
export function webhookDeliverer(store: Store): WebhookDeliverer {
  const deliverer = deliverers.get(store) ?? new WebhookDeliverer(store);
  deliverers.set(store, deliverer);
  return deliverer;
}
