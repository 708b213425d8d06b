/**
 * A moment as both engines cast text to `timestamp` (UTC, milliseconds, no zone suffix):
 * `2026-12-05 14:02:00.000`. The accounts tables take their times from the caller, so tests
 * can move the clock.
 */
export function sqlTimestamp(moment: Date): string {
  return moment.toISOString().replace('T', ' ').replace('Z', '');
}
