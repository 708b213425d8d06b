/**
 * The first UTC day a retention of `months` months keeps on the UTC day of `now`: the same day
 * of the month `months` months earlier, or that month's last day when it is shorter (31 March
 * less one month is 28 or 29 February), as calendar arithmetic usually clips (java.time's
 * `LocalDate.minusMonths`, PostgreSQL's `date - interval 'n months'`). YYYY-MM-DD.
 *
 * @example retentionCutoff(new Date('2026-03-31T18:00:00Z'), 1) // '2026-02-28'
 */
export function retentionCutoff(now: Date, months: number): string {
  const monthIndex = now.getUTCFullYear() * 12 + now.getUTCMonth() - months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(now.getUTCDate(), lastDay))).toISOString().slice(0, 10);
}
