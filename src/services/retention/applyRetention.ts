import { type DeletedRawEvents, deleteRawEventsBefore } from '../../store/maintenance/deleteRawEvents.js';
import type { Store } from '../../store/Store.js';
import { workspacesWithSetting } from '../../store/workspaceSettings.js';
import { retentionMonths, workspaceSettings } from '../settings/workspaceSettings.js';
import { retentionCutoff } from './retentionCutoff.js';

/** What a retention run did for a workspace: nothing (no `retentionMonths`), nothing new, or the rows it deleted. */
export type RetentionOutcome = { months: null } | { months: number; keptFrom: string; deleted: DeletedRawEvents | null };

/**
 * Applies the workspace's `retentionMonths` setting (docs/privacy.md, "Retention") on the day of
 * `now`: deletes, in one transaction, the events older than the first day kept
 * ({@link retentionCutoff}), the sessions starting before it and the visitor-days before it,
 * while the daily rollups of those days stay for the reports. `deleted` is null when an earlier
 * run already deleted up to that day.
 */
export async function applyRetention(store: Store, workspaceId: number, now: Date = new Date()): Promise<RetentionOutcome> {
  const months = retentionMonths(await workspaceSettings(store, workspaceId));
  if (months === null) return { months };
  const keptFrom = retentionCutoff(now, months);
  const deleted = await store.transaction((session) => deleteRawEventsBefore(session, workspaceId, keptFrom));
  return { months, keptFrom, deleted };
}

/** The workspaces with a `retentionMonths` setting, by id: those the server's daily run visits. */
export async function workspacesWithRetention(store: Store): Promise<number[]> {
  return workspacesWithSetting(store, 'retentionMonths');
}
