import type { DataProblem } from '../errors/errors.js';
import type { Session } from '../store/Store.js';
import type { KindSpec } from './kinds.js';
import { physicalLines, recordLineOfAccepted } from './physicalLines.js';
import { rawColumn, type StagedCsv } from './stageCsv.js';
import { type ColumnPlan, fieldProblemsSql, ruleProblemsSql } from './typedRowsSql.js';

/** How many bad rows are described one by one (CONTRACT §2: the first 100). */
export const LISTED_PROBLEMS = 100;

export interface Problems {
  /** Bad rows in all: parser rejects plus rows failing a check or repeating an id. */
  count: number;
  /** The first LISTED_PROBLEMS of them, in file order, with physical line numbers. */
  listed: DataProblem[];
}

/**
 * Validates the staged rows in SQL and records every bad one in the temporary table
 * `import_bad` (record, problem kind), so a --skip-invalid import can leave them out.
 * Returns the count and the first 100 problems described, parser rejects included.
 */
export async function findProblems(session: Session, spec: KindSpec, plan: ColumnPlan, staged: StagedCsv, header: readonly string[]): Promise<Problems> {
  await session.execute('drop import_bad', 'drop table if exists import_bad');
  const everything = { limit: Number.MAX_SAFE_INTEGER };
  const parts: string[] = [];
  const fields = fieldProblemsSql(plan);
  if (fields) parts.push(`select record, 0 as source, problem, value from (${fields}) as f`);
  const rules = ruleProblemsSql(plan, spec);
  if (rules) parts.push(`select record, 1 as source, problem, null as value from (${rules}) as r`);
  parts.push(`select record, 2 as source, first_record as problem, null as value from (${duplicatesSql(spec, plan)}) as d`);
  await session.query(
    'find bad rows',
    `create temp table import_bad as
select record, source, problem, value from (${parts.join('\nunion all\n')}) as found
qualify row_number() over (partition by record order by source) = 1`,
    everything,
  );
  const [total] = await session.query<{ n: number }>('count bad rows', 'select count(*) as n from import_bad');
  const count = (total?.n ?? 0) + staged.rejects.length;
  if (count === 0) return { count: 0, listed: [] };

  const first = await session.query<{ record: number; source: number; problem: number; value: string | null }>(
    'first bad rows',
    'select record, source, problem, value from import_bad order by record limit $limit',
    { limit: LISTED_PROBLEMS },
  );
  const rejectedLines = staged.rejects.map((reject) => reject.recordLine);
  const recordLineOf = (record: number) => recordLineOfAccepted(record, rejectedLines);
  const found: FoundProblem[] = [
    ...first.map((row) => ({ recordLine: recordLineOf(row.record), ...describe(row, spec, plan, recordLineOf) })),
    ...staged.rejects.map((reject) => ({ recordLine: reject.recordLine, column: reject.column, reason: reject.reason })),
  ]
    .sort((a, b) => a.recordLine - b.recordLine)
    .slice(0, LISTED_PROBLEMS);
  const breaks = await lineBreaksBefore(session, header.length, recordLineOf);
  const lines = physicalLines(found.map((problem) => problem.recordLine), breaks);
  const firstLines = physicalLines(found.map((problem) => problem.repeatsRecordLine ?? 0), breaks);
  const listed = found.map((problem, index) => ({
    line: lines[index] as number,
    column: problem.column,
    reason: problem.repeatsRecordLine === undefined ? problem.reason : `${problem.reason} on line ${firstLines[index]}`,
  }));
  return { count, listed };
}

interface FoundProblem {
  recordLine: number;
  column: string | null;
  reason: string;
  /** For a repeated id: the record line of its first occurrence, appended to the reason. */
  repeatsRecordLine?: number;
}

/** Rows after the first that repeat an id within the file (CONTRACT §3: a bad row). */
function duplicatesSql(spec: KindSpec, plan: ColumnPlan): string {
  const ids = spec.id.join(', ');
  const notNull = spec.id.map((column) => `${column} is not null`).join(' and ');
  return `with ids as (select record, ${ids} from (select ${plan.cleanedSelect} from import_raw) as cleaned where ${notNull}),
repeated as (select ${ids}, min(record) as first_record from ids group by ${ids} having count(*) > 1)
select ids.record, repeated.first_record from ids join repeated using (${ids}) where ids.record <> repeated.first_record`;
}

function describe(
  row: { source: number; problem: number; value: string | null },
  spec: KindSpec,
  plan: ColumnPlan,
  recordLineOf: (record: number) => number,
): Omit<FoundProblem, 'recordLine'> {
  if (row.source === 0) {
    const check = plan.checks[row.problem];
    if (!check) throw new Error(`Unknown check ${row.problem}.`);
    return { column: check.column, reason: check.reason(row.value) };
  }
  if (row.source === 1) {
    const rule = spec.rules[row.problem];
    if (!rule) throw new Error(`Unknown rule ${row.problem}.`);
    return { column: rule.column, reason: rule.reason };
  }
  return { column: spec.id[0] as string, reason: `${spec.id.join(' and ')} repeats the id of the row`, repeatsRecordLine: recordLineOf(row.problem) };
}

/** Record line → line breaks inside that record, for the staged records that hold any. */
async function lineBreaksBefore(session: Session, columns: number, recordLineOf: (record: number) => number): Promise<Map<number, number>> {
  const joined = `concat_ws('', ${Array.from({ length: columns }, (_, index) => rawColumn(index)).join(', ')})`;
  const rows = await session.query<{ record: number; breaks: number }>(
    'multi-line records',
    `select record, length(${joined}) - length(replace(${joined}, chr(10), '')) as breaks
from import_raw where contains(${joined}, chr(10))`,
  );
  return new Map(rows.map((row) => [recordLineOf(row.record), row.breaks]));
}
