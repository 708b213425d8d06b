/** A period of whole days, both included, `YYYY-MM-DD`. */
export interface DayPeriod {
  from: string;
  to: string;
}

/** `day` moved by `months` calendar months (to the month's last day when it has fewer days). */
function addMonths(day: string, months: number): Date {
  const date = new Date(`${day}T00:00:00Z`);
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return target;
}

/** The `months` calendar months that end with the month of `end`: from the first day of the earliest to the last day of `end`'s month. */
export function lastMonths(end: string, months: number): DayPeriod {
  const endDate = new Date(`${end}T00:00:00Z`);
  const last = new Date(Date.UTC(endDate.getUTCFullYear(), endDate.getUTCMonth() + 1, 0));
  const first = addMonths(`${end.slice(0, 7)}-01`, 1 - months);
  return { from: first.toISOString().slice(0, 10), to: last.toISOString().slice(0, 10) };
}
