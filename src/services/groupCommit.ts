import { StoreError } from '../errors/errors.js';
import type { Session, Store } from '../store/Store.js';

/** What one item of a batch came to: its value once committed, or the error that refused it alone. */
export type ItemOutcome<Result> = { value: Result } | { error: unknown };

/** How a {@link GroupCommit} sizes its batches. */
export interface GroupCommitLimits<Item> {
  /** An item's weight (events in a request, 1 for an answer set). */
  weight: (item: Item) => number;
  /** The most weight one commit takes: a larger backlog is written in several commits (an item is never split). */
  perCommit: number;
  /** The most weight waiting: past it, an item is refused at once with a StoreError (the store is behind). */
  queued: number;
  /** The sentence of that refusal, given the weight waiting. */
  behind: (waiting: number) => string;
  /** Called with a batch's items once its transaction has committed (before its callers are answered). */
  committed?: (items: readonly Item[]) => void;
}

interface Waiting<Item, Result> {
  item: Item;
  resolve: (value: Result) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit (docs/architecture.md): callers hand items to {@link write} and wait; one
 * commit at a time writes everything that queued while the previous one ran, in one
 * transaction, through `commit`, and then answers every caller of that batch — resolved once
 * committed, or rejected with the commit's error, which fails exactly the items of that batch.
 * `commit` may refuse single items (an outcome with an `error`) without failing the others.
 * Live collection and survey answers write through it: many small requests share the cost of
 * one transaction and one flush.
 */
export class GroupCommit<Item, Result> {
  private readonly queue: Waiting<Item, Result>[] = [];
  private running = false;
  private waitingWeight = 0;

  constructor(
    private readonly store: Store,
    private readonly commit: (session: Session, items: readonly Item[]) => Promise<readonly ItemOutcome<Result>[]>,
    private readonly limits: GroupCommitLimits<Item>,
  ) {}

  /** Queues an item, resolving with its outcome once its batch is committed; rejects at once when the backlog is full. */
  write(item: Item): Promise<Result> {
    const weight = this.limits.weight(item);
    if (this.waitingWeight + weight > this.limits.queued) return Promise.reject(new StoreError(this.limits.behind(this.waitingWeight)));
    this.waitingWeight += weight;
    return new Promise((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      if (!this.running) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running = true;
    while (this.queue.length > 0) {
      const batch = this.takeBatch();
      try {
        const items = batch.map((waiting) => waiting.item);
        const outcomes = await this.store.transaction((session) => this.commit(session, items));
        this.limits.committed?.(items);
        batch.forEach((waiting, index) => {
          const outcome = outcomes[index];
          if (outcome !== undefined && 'value' in outcome) waiting.resolve(outcome.value);
          else waiting.reject(outcome?.error ?? new StoreError('The commit gave no outcome for an item.'));
        });
      } catch (error) {
        for (const waiting of batch) waiting.reject(error);
      }
    }
    this.running = false;
  }

  private takeBatch(): Waiting<Item, Result>[] {
    const batch: Waiting<Item, Result>[] = [this.queue.shift()!];
    let weight = this.limits.weight(batch[0]!.item);
    while (this.queue.length > 0 && weight + this.limits.weight(this.queue[0]!.item) <= this.limits.perCommit) {
      const next = this.queue.shift()!;
      weight += this.limits.weight(next.item);
      batch.push(next);
    }
    this.waitingWeight -= weight;
    return batch;
  }
}
