/**
 * A stored UTC timestamp read as text (`cast(t as text)`, which both engines write as
 * `2026-12-05 14:02:11.123456`), to the second in ISO 8601: `2026-12-05T14:02:11Z`. Read as
 * text, not as a JS Date, because the PostgreSQL client reads a `timestamp` in the server
 * process's local time zone.
 */
export function isoSeconds(text: string): string {
  return `${text.slice(0, 19).replace(' ', 'T')}Z`;
}
