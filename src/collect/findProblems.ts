import type { DataProblem } from '../errors/errors.js';
import type { Session } from '../store/Store.js';
import { type ParserReject, rawColumn } from './csvSource.js';
import { physicalLines, recordLineOfAccepted } from './physicalLines.js';
import { type ColumnPlan, idSql, problemSql, problemValueSql } from './typedRowsSql.js';

/** How many bad rows are described one by one (CONTRACT §2: the first 100). */
export const LISTED_PROBLEMS = 100;

/**
 * The slow path, for a file with problems. Over the numbered rows of `import_raw`, records
 * every bad row in the temporary table `import_bad` (record, problem index, offending text,
 * and for a repeated id the record of its first occurrence), so a --skip-invalid import can
 * leave them out. Returns the first 100 problems — parser rejects included — described
 * with physical line numbers, in file order.
 */
export async function findProblems(session: Session, plan: ColumnPlan, rejects: readonly ParserReject[], columns: number): Promise<DataProblem[]> {
  await session.execute('drop import_bad', 'drop table if exists import_bad');
  const cleaned = `(select record, ${plan.cleanedSelect} from import_raw) as cleaned`;
  const id = idSql(plan);
  await session.execute(
    'find bad rows',
    `create temp table import_bad as
select record, problem, value, repeats from (
  select record, problem, ${problemValueSql(plan, 'problem')} as value, null::bigint as repeats, 0 as precedence
  from (select record, ${problemSql(plan)} as problem, cleaned.* exclude (record) from ${cleaned}) as judged
  where problem is not null
  union all
  select record, null, null, first_record, 1
  from (select record, min(record) over (partition by ${id}) as first_record from ${cleaned} where ${plan.id.map((column) => `${column} is not null`).join(' and ')}) as ids
  where record <> first_record
) as found
qualify row_number() over (partition by record order by precedence) = 1`,
  );
  const first = await session.query<{ record: number; problem: number | null; value: string | null; repeats: number | null }>(
    'first bad rows',
    'select record, problem, value, repeats from import_bad order by record limit $limit',
    { limit: LISTED_PROBLEMS },
  );
  const rejectedLines = rejects.map((reject) => reject.recordLine);
  const recordLineOf = (record: number) => recordLineOfAccepted(record, rejectedLines);
  const found: FoundProblem[] = [...first.map((row) => describe(row, plan, recordLineOf)), ...rejects]
    .sort((a, b) => a.recordLine - b.recordLine)
    .slice(0, LISTED_PROBLEMS);
  const breaks = await lineBreaks(session, columns, recordLineOf);
  const lines = physicalLines(found.map((problem) => problem.recordLine), breaks);
  const firstLines = physicalLines(found.map((problem) => problem.repeatsRecordLine ?? 0), breaks);
  return found.map((problem, index) => ({
    line: lines[index] as number,
    column: problem.column,
    reason: problem.repeatsRecordLine === undefined ? problem.reason : `${problem.reason} on line ${firstLines[index]}`,
  }));
}

/** Counts the rows recorded in `import_bad`. */
export async function countBadRows(session: Session): Promise<number> {
  const [row] = await session.query<{ n: number }>('count bad rows', 'select count(*) as n from import_bad');
  return row?.n ?? 0;
}

interface FoundProblem {
  recordLine: number;
  column: string | null;
  reason: string;
  /** For a repeated id: the record line of its first occurrence, appended to the reason. */
  repeatsRecordLine?: number;
}

function describe(
  row: { record: number; problem: number | null; value: string | null; repeats: number | null },
  plan: ColumnPlan,
  recordLineOf: (record: number) => number,
): FoundProblem {
  const recordLine = recordLineOf(row.record);
  if (row.problem === null) {
    return { recordLine, column: plan.id[0] as string, reason: `${plan.id.join(' and ')} repeats the id of the row`, repeatsRecordLine: recordLineOf(row.repeats as number) };
  }
  const check = plan.checks[row.problem];
  if (check) return { recordLine, column: check.column, reason: check.reason(row.value) };
  const rule = plan.rules[row.problem - plan.checks.length];
  if (!rule) throw new Error(`Unknown problem ${row.problem}.`);
  return { recordLine, column: rule.column, reason: rule.reason };
}

/** Record line → line breaks inside that record, for the numbered records that hold any. */
async function lineBreaks(session: Session, columns: number, recordLineOf: (record: number) => number): Promise<Map<number, number>> {
  const joined = `concat_ws('', ${Array.from({ length: columns }, (_, index) => rawColumn(index)).join(', ')})`;
  const rows = await session.query<{ record: number; breaks: number }>(
    'multi-line records',
    `select record, length(${joined}) - length(replace(${joined}, chr(10), '')) as breaks
from import_raw where contains(${joined}, chr(10))`,
  );
  return new Map(rows.map((row) => [recordLineOf(row.record), row.breaks]));
}
