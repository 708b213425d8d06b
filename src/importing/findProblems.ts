import type { DataProblem } from '../errors/errors.js';
import { shortenText } from '../feedback/text/shortenText.js';
import type { Session } from '../store/Store.js';
import type { ParserReject } from './csvSource.js';
import { locateRecords } from './locateRecords.js';
import { type ColumnPlan, idSql, problemSql, problemValueSql, RULE_VALUE_SEPARATOR } from './typedRowsSql.js';

/** How many bad rows are described one by one (docs/cli.md: the first 100). */
export const LISTED_PROBLEMS = 100;

/** How much of an offending value a message quotes: enough to find it, never a 10 MB sentence. */
const QUOTED_VALUE_CHARACTERS = 100;

/**
 * The slow path, for a file with problems. Over the numbered rows of `import_raw`, records
 * every bad row in the temporary table `import_bad` (record, problem index, offending text,
 * and for a repeated id the record of its first occurrence), so a --skip-invalid import can
 * leave them out. Returns the first 100 problems — parser rejects included — described
 * with the line numbers an editor shows (locateRecords.ts), in file order.
 */
export async function findProblems(
  session: Session,
  path: string,
  delimiter: number,
  plan: ColumnPlan,
  rejects: readonly ParserReject[],
): Promise<DataProblem[]> {
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
  const listedRejects = rejects.slice(0, LISTED_PROBLEMS);
  const positions = first.flatMap((row) => (row.repeats === null ? [row.record] : [row.record, row.repeats]));
  const lines = await locateRecords(
    path,
    delimiter,
    listedRejects.map((reject) => reject.duckDbLine),
    positions,
  );
  const lineOf = (record: number) => lines.accepted.get(record) as number;
  const found: DataProblem[] = [
    ...first.map((row) => ({ line: lineOf(row.record), ...describe(row, plan, lineOf) })),
    ...listedRejects.map((reject) => ({ line: lines.rejected.get(reject.duckDbLine) ?? reject.duckDbLine, column: reject.column, reason: reject.reason })),
  ];
  return found.sort((a, b) => (a.line as number) - (b.line as number)).slice(0, LISTED_PROBLEMS);
}

/** Counts the rows recorded in `import_bad`. */
export async function countBadRows(session: Session): Promise<number> {
  const [row] = await session.query<{ n: number }>('count bad rows', 'select count(*) as n from import_bad');
  return row?.n ?? 0;
}

/** The column and sentence of one bad row; `lineOf` gives the line of a repeated id's first row. */
function describe(
  row: { problem: number | null; value: string | null; repeats: number | null },
  plan: ColumnPlan,
  lineOf: (record: number) => number,
): { column: string; reason: string } {
  if (row.problem === null) {
    return { column: plan.id[0] as string, reason: `${plan.id.join(' and ')} repeats the id of the row on line ${lineOf(row.repeats as number)}` };
  }
  const shown = (value: string) => shortenText(value, QUOTED_VALUE_CHARACTERS);
  const check = plan.checks[row.problem];
  if (check) return { column: check.column, reason: check.reason(row.value === null ? null : shown(row.value)) };
  const rule = plan.rules[row.problem - plan.checks.length];
  if (!rule) throw new Error(`Unknown problem ${row.problem}.`);
  return { column: rule.column, reason: rule.reason((row.value ?? '').split(RULE_VALUE_SEPARATOR).map(shown)) };
}
