import { StoreError } from '../../errors/errors.js';
import { mergeRows } from '../../store/mergeRows.js';
import { KINDS } from '../../store/schema/kinds.js';
import type { Session, Store } from '../../store/Store.js';

/** The columns of `events` after `workspace_id`, in the table's order: an {@link EventRow} gives them as text. */
export const EVENT_ROW_COLUMNS = ['event_id', 'visitor_id', 'occurred_at', 'type', 'customer_id', 'url', 'referrer', 'attributes'] as const;

/** One event ready to store: the values of {@link EVENT_ROW_COLUMNS}, as text or null. */
export type EventRow = readonly [string, string, string, string, string | null, string, string | null, string];

/** The most events one commit takes: a larger backlog is written in several commits. */
export const MAX_EVENTS_PER_COMMIT = 10_000;

/**
 * The most events waiting for a commit: past it (a store far slower than the traffic, or held
 * by a long import on DuckDB), a request is refused at once (503) instead of piling up in memory.
 */
export const MAX_QUEUED_EVENTS = 200_000;

interface Waiting {
  workspaceId: number;
  rows: readonly EventRow[];
  attributeKeys: readonly string[];
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit of collected events (docs/architecture.md): requests hand their checked events
 * to {@link write} and wait; one commit at a time writes everything that queued while the
 * previous one ran (up to {@link MAX_EVENTS_PER_COMMIT} events, never splitting a request), in
 * one transaction, and then answers every request of that batch — resolved once committed,
 * or rejected with the commit's error, which fails exactly the requests of that batch.
 */
export class CollectionWriter {
  private readonly queue: Waiting[] = [];
  private running = false;
  private queuedEvents = 0;
  /** The attribute names each workspace has committed through this writer: recorded once, not on every commit. */
  private readonly recordedKeys = new Map<number, Set<string>>();

  constructor(private readonly store: Store) {}

  /**
   * Stores the events of one request in the workspace, resolving once they are committed (a
   * repeated event_id replaces the stored event); rejects with a StoreError at once when
   * {@link MAX_QUEUED_EVENTS} are already waiting.
   */
  write(workspaceId: number, rows: readonly EventRow[], attributeKeys: readonly string[]): Promise<void> {
    if (this.queuedEvents + rows.length > MAX_QUEUED_EVENTS) {
      return Promise.reject(new StoreError(`${this.queuedEvents} collected events are waiting for a commit: the store is behind, this request is refused.`));
    }
    this.queuedEvents += rows.length;
    return new Promise((resolve, reject) => {
      this.queue.push({ workspaceId, rows, attributeKeys, resolve, reject });
      if (!this.running) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running = true;
    while (this.queue.length > 0) {
      const batch = this.takeBatch();
      const workspaces = byWorkspace(batch, this.recordedKeys);
      try {
        await this.store.transaction(async (session) => {
          for (const [workspaceId, { rows, keys }] of workspaces) await commitWorkspace(session, workspaceId, rows, keys);
        });
        for (const [workspaceId, { keys }] of workspaces) {
          const recorded = this.recordedKeys.get(workspaceId) ?? new Set();
          for (const key of keys) recorded.add(key);
          this.recordedKeys.set(workspaceId, recorded);
        }
        for (const waiting of batch) waiting.resolve();
      } catch (error) {
        for (const waiting of batch) waiting.reject(error);
      }
    }
    this.running = false;
  }

  private takeBatch(): Waiting[] {
    const batch: Waiting[] = [this.queue.shift()!];
    let events = batch[0]!.rows.length;
    while (this.queue.length > 0 && events + this.queue[0]!.rows.length <= MAX_EVENTS_PER_COMMIT) {
      const next = this.queue.shift()!;
      events += next.rows.length;
      batch.push(next);
    }
    this.queuedEvents -= events;
    return batch;
  }
}

/**
 * The rows of a batch by workspace, an id sent twice (a resend while the first was queued)
 * keeping its last row, as a later commit would; with the attribute names not yet recorded.
 */
function byWorkspace(
  batch: readonly Waiting[],
  recordedKeys: ReadonlyMap<number, ReadonlySet<string>>,
): Map<number, { rows: Map<string, EventRow>; keys: Set<string> }> {
  const workspaces = new Map<number, { rows: Map<string, EventRow>; keys: Set<string> }>();
  for (const waiting of batch) {
    const workspace = workspaces.get(waiting.workspaceId) ?? { rows: new Map<string, EventRow>(), keys: new Set<string>() };
    workspaces.set(waiting.workspaceId, workspace);
    for (const row of waiting.rows) workspace.rows.set(row[0], row);
    const recorded = recordedKeys.get(waiting.workspaceId);
    for (const key of waiting.attributeKeys) if (!recorded?.has(key)) workspace.keys.add(key);
  }
  return workspaces;
}

/** Writes one workspace's rows of a batch inside the batch's transaction, through the import's merge. */
async function commitWorkspace(session: Session, workspaceId: number, rows: ReadonlyMap<string, EventRow>, keys: ReadonlySet<string>): Promise<void> {
  await mergeRows(session, KINDS.events, EVENT_ROW_COLUMNS, workspaceId, [...rows.values()], [...keys].sort());
}

const writers = new WeakMap<Store, CollectionWriter>();

/** The one writer of a store, made on first use: every request on that store queues in it. */
export function collectionWriter(store: Store): CollectionWriter {
  const writer = writers.get(store) ?? new CollectionWriter(store);
  writers.set(store, writer);
  return writer;
}
