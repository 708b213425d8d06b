import { UsageError } from '../../errors/errors.js';

import type { FieldFilter } from '../../store/queries/rowScope.js';

export type { FieldFilter };

/**
 * What a report asks for — the one query shape the CLI, the HTTP API and the dashboard
 * send (docs/cli.md, docs/api.md). Dates are calendar days in UTC, both ends included; null means
 * "from the first data" / "to the last data".
 */
export interface ReportQuery {
  from: string | null;
  to: string | null;
  where: FieldFilter[];
  by: string | null;
}

/** The query's raw parts, as they come from flags or URL parameters. */
export interface ReportQueryInput {
  from?: string | undefined;
  to?: string | undefined;
  where?: readonly string[] | undefined;
  by?: string | undefined;
}

/**
 * Checks and shapes a report query: dates must be real calendar days written YYYY-MM-DD
 * with from ≤ to; each filter is FIELD=VALUE with a non-empty field.
 *
 * @throws UsageError naming the bad value.
 * @example parseReportQuery({ from: '2025-01-01', where: ['channel=web'] })
 *   // { from: '2025-01-01', to: null, where: [{ field: 'channel', value: 'web' }], by: null }
 */
export function parseReportQuery(input: ReportQueryInput): ReportQuery {
  const from = input.from === undefined ? null : parseDay(input.from, '--from');
  const to = input.to === undefined ? null : parseDay(input.to, '--to');
  if (from !== null && to !== null && from > to) throw new UsageError(`--from ${from} is after --to ${to}.`);
  const where = (input.where ?? []).map(parseFilter);
  const by = input.by === undefined ? null : input.by.trim();
  if (by === '') throw new UsageError('--by needs a field name.');
  return { from, to, where, by };
}

/** Checks a YYYY-MM-DD calendar day (rejecting 2025-02-30 and the like). */
export function parseDay(text: string, flag: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const day = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!day || day.toISOString().slice(0, 10) !== text) {
    throw new UsageError(`${flag} ${JSON.stringify(text)} is not a calendar date written YYYY-MM-DD.`);
  }
  return text;
}

function parseFilter(text: string): FieldFilter {
  const equals = text.indexOf('=');
  const field = equals === -1 ? '' : text.slice(0, equals).trim();
  if (equals === -1 || field === '') throw new UsageError(`--where ${JSON.stringify(text)} is not of the form FIELD=VALUE.`);
  return { field, value: text.slice(equals + 1) };
}
