import { mergeRows } from '../../store/mergeRows.js';
import { KINDS } from '../../store/schema/kinds.js';
import type { Session, Store } from '../../store/Store.js';
import { GroupCommit } from '../groupCommit.js';

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

/** One request's checked events, as they wait for a commit. */
interface CollectedRows {
  workspaceId: number;
  rows: readonly EventRow[];
  attributeKeys: readonly string[];
}

/**
 * Group commit of collected events (docs/architecture.md, src/services/groupCommit.ts):
 * requests hand their checked events to {@link write} and wait; each commit writes up to
 * {@link MAX_EVENTS_PER_COMMIT} events (never splitting a request) in one transaction, and a
 * request is resolved once its batch is committed, or rejected with that commit's error.
 */
export class CollectionWriter {
  /** The attribute names each workspace has committed through this writer: recorded once, not on every commit. */
  private readonly recordedKeys = new Map<number, Set<string>>();
  private readonly commits: GroupCommit<CollectedRows, void>;

  constructor(store: Store) {
    this.commits = new GroupCommit<CollectedRows, void>(
      store,
      async (session, batch) => {
        for (const [workspaceId, { rows, keys }] of byWorkspace(batch, this.recordedKeys)) await commitWorkspace(session, workspaceId, rows, keys);
        return batch.map(() => ({ value: undefined }));
      },
      {
        weight: (request) => request.rows.length,
        perCommit: MAX_EVENTS_PER_COMMIT,
        queued: MAX_QUEUED_EVENTS,
        behind: (waiting) => `${waiting} collected events are waiting for a commit: the store is behind, this request is refused.`,
        committed: (batch) => {
          for (const request of batch) {
            const recorded = this.recordedKeys.get(request.workspaceId) ?? new Set();
            for (const key of request.attributeKeys) recorded.add(key);
            this.recordedKeys.set(request.workspaceId, recorded);
          }
        },
      },
    );
  }

  /**
   * Stores the events of one request in the workspace, resolving once they are committed (a
   * repeated event_id replaces the stored event); rejects with a StoreError at once when
   * {@link MAX_QUEUED_EVENTS} are already waiting.
   */
  write(workspaceId: number, rows: readonly EventRow[], attributeKeys: readonly string[]): Promise<void> {
    return this.commits.write({ workspaceId, rows, attributeKeys });
  }
}

/**
 * The rows of a batch by workspace, an id sent twice (a resend while the first was queued)
 * keeping its last row, as a later commit would; with the attribute names not yet recorded.
 */
function byWorkspace(
  batch: readonly CollectedRows[],
  recordedKeys: ReadonlyMap<number, ReadonlySet<string>>,
): Map<number, { rows: Map<string, EventRow>; keys: Set<string> }> {
  const workspaces = new Map<number, { rows: Map<string, EventRow>; keys: Set<string> }>();
  for (const request of batch) {
    const workspace = workspaces.get(request.workspaceId) ?? { rows: new Map<string, EventRow>(), keys: new Set<string>() };
    workspaces.set(request.workspaceId, workspace);
    for (const row of request.rows) workspace.rows.set(row[0], row);
    const recorded = recordedKeys.get(request.workspaceId);
    for (const key of request.attributeKeys) if (!recorded?.has(key)) workspace.keys.add(key);
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
