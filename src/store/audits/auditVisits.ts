import { recordAttributeKeys } from '../attributeKeys.js';
import { lockUntilCommit } from '../lockUntilCommit.js';
import type { Store } from '../Store.js';

/** One criterion a visit scored: one row of `audits`. */
export interface VisitRow {
  criterion: string;
  touchpoint: string;
  score: number;
  max_score: number;
  weight: number;
  /** Stored in the row's `attributes` (the grid, the auditor, the comment). */
  attributes: Record<string, string>;
}

/** A visit to write: its id, site, time (UTC, as `sqlTimestamp` writes it) and rows. */
export interface VisitToWrite {
  visitId: string;
  site: string;
  visitedAt: string;
  rows: readonly VisitRow[];
}

/**
 * Writes a visit into `audits` in one transaction: the rows the workspace held for that
 * visit id are removed (a criterion marked not applicable on the second sending leaves no
 * row behind), then one row per criterion scored is inserted, and the attributes' names are
 * recorded for --where and --by. Returns whether the visit existed before.
 */
export async function replaceAuditVisit(store: Store, workspaceId: number, visit: VisitToWrite): Promise<{ replaced: boolean }> {
  return store.transaction(async (session) => {
    // Two sendings of one visit at once take turns, so the second replaces the first.
    await lockUntilCommit(session, 'audit visit', workspaceId);
    const removed = await session.query('remove audit visit', 'delete from audits where workspace_id = $workspace and visit_id = $visit returning criterion', {
      workspace: workspaceId,
      visit: visit.visitId,
    });
    const json = session.engine === 'duckdb' ? 'json' : 'jsonb';
    const params: Record<string, string | number> = { workspace: workspaceId, visit: visit.visitId, site: visit.site, visited: visit.visitedAt };
    const values = visit.rows.map((row, index) => {
      Object.assign(params, {
        [`criterion${index}`]: row.criterion,
        [`touchpoint${index}`]: row.touchpoint,
        [`score${index}`]: row.score,
        [`max${index}`]: row.max_score,
        [`weight${index}`]: row.weight,
        [`attributes${index}`]: JSON.stringify(row.attributes),
      });
      return `($workspace, $visit, $criterion${index}, $site, cast($visited as timestamp), $score${index}, $max${index}, $weight${index}, $touchpoint${index}, cast($attributes${index} as ${json}))`;
    });
    await session.query(
      'insert audit visit',
      `insert into audits (workspace_id, visit_id, criterion, site, visited_at, score, max_score, weight, touchpoint, attributes) values ${values.join(', ')}`,
      params,
    );
    await recordAttributeKeys(session, 'audits', workspaceId, [...new Set(visit.rows.flatMap((row) => Object.keys(row.attributes)))]);
    return { replaced: removed.length > 0 };
  });
}
