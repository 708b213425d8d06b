import type { RowScope } from './rowScope.js';

/**
 * Whether a statistics query reads the daily rollups (`daily_web`, `daily_answers`) rather
 * than rows: only when nothing narrows or splits the rows, since the rollups keep counts per
 * day and no field of a row (docs/scaling.md, "Daily rollups"). A --where or --by reads rows.
 */
export function readsRollups(scope: RowScope): boolean {
  return scope.plain;
}
