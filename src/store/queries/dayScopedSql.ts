import { DAY_SCOPED_VISITOR_PREFIX } from '../../indicators/web/dayScoped.js';

/**
 * The SQL condition "the visitor id in `column` is day-scoped" (a cookieless visitor, id
 * starting `d:`, docs/indicators.md), the same on both engines.
 */
export function dayScopedSql(column: string): string {
  return `${column} like '${DAY_SCOPED_VISITOR_PREFIX}%'`;
}
