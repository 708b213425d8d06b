/**
 * Formats an instant as docs/formats.md writes timestamps: ISO 8601 in UTC, whole seconds, `Z`.
 *
 * @param ms milliseconds since the epoch; any fraction of a second is dropped.
 * @returns text such as `2025-05-03T14:02:11Z`.
 *
 * @example
 * isoTimestamp(Date.UTC(2025, 4, 3, 14, 2, 11)); // '2025-05-03T14:02:11Z'
 */
export function isoTimestamp(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}
