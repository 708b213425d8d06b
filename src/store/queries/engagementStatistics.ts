import type { AlphaStatistics } from '../../indicators/barometer/cronbachAlpha.js';
import type { PairSums } from '../../indicators/stats/correlation.js';
import type { EmployeeEngagementStatistics, EngagementDimensionStatistics } from '../../indicators/statistics.js';
import type { Session, SqlValue } from '../Store.js';
import { type Grouped, type QueryContext, queryParams } from './QueryContext.js';
import { rowKeySql } from './seriesBuckets.js';

/** A Likert item of an employee survey's version, with its dimension and whether it is worded against it. */
export interface LikertItem {
  surveyId: string;
  version: number;
  questionId: string;
  dimension: string;
  reverse: boolean;
}

/**
 * The Likert items with a dimension of every version of the workspace's employee surveys, read
 * from the stored definitions (checked when written: docs/surveys.md), ordered by survey,
 * version and question id.
 */
export async function likertItems(session: Session, workspaceId: number): Promise<LikertItem[]> {
  const rows = await session.query<{ survey_id: string; version: number; definition: string }>(
    'likert items',
    `select v.survey_id, v.version, cast(v.definition as text) as definition
from survey_versions v join surveys s on s.workspace_id = v.workspace_id and s.survey_id = v.survey_id
where v.workspace_id = $workspace and s.audience = 'employees'
order by v.survey_id, v.version`,
    { workspace: workspaceId },
  );
  return rows.flatMap((row) => {
    const { questions } = JSON.parse(row.definition) as { questions: { id: string; type: string; dimension?: string; reverse?: boolean }[] };
    return questions
      .filter((question) => question.type === 'likert' && question.dimension !== undefined)
      .map((question) => ({
        surveyId: row.survey_id,
        version: Number(row.version),
        questionId: question.id,
        dimension: question.dimension!,
        reverse: question.reverse === true,
      }));
  });
}

/**
 * The common part of the barometer's queries, as SQL: the items as a bound VALUES list; each
 * Likert answer of an employee response submitted in the period that --where keeps, with its
 * group key, dimension and score after reversal (`answers`); each respondent's dimension score,
 * the mean of their answered items (`respondent_dimensions`); and the number of items each
 * dimension has in the survey versions answered (`dimension_items`).
 */
export function likertAnswersSql(context: QueryContext, items: readonly LikertItem[], params: Record<string, SqlValue>): string {
  const values = items.map((item, index) => {
    Object.assign(params, {
      [`item_s_${index}`]: item.surveyId,
      [`item_v_${index}`]: item.version,
      [`item_q_${index}`]: item.questionId,
      [`item_d_${index}`]: item.dimension,
      [`item_r_${index}`]: item.reverse ? 1 : 0,
    });
    return `($item_s_${index}::text, $item_v_${index}::integer, $item_q_${index}::text, $item_d_${index}::text, $item_r_${index}::integer)`;
  });
  return `with items (survey_id, version, question_id, dimension, reverse) as (values ${values.join(', ')}),
answers as (
  select ${rowKeySql(context, context.scope.groupKey, 't.submitted_at')} as group_key, t.response_id, t.nps as enps, sr.survey_id, sr.version,
    i.dimension, i.question_id, case when i.reverse = 1 then 6 - a.number else a.number end as score
  from responses t ${context.scope.joins}
  join survey_responses sr on sr.workspace_id = t.workspace_id and sr.response_id = t.response_id
  join survey_answers a on a.workspace_id = sr.workspace_id and a.response_id = sr.response_id
  join items i on i.survey_id = sr.survey_id and i.version = sr.version and i.question_id = a.question_id
  where t.workspace_id = $workspace and t.submitted_at >= $start::timestamp and t.submitted_at < $end::timestamp
    and t.population = 'employee' and a.number is not null${context.scope.filter}
),
respondent_dimensions as (
  select group_key, response_id, dimension, max(enps) as enps, avg(score) as score, sum(score) as total,
    count(*) as answered, count(*) filter (where score >= 4) as favourable
  from answers group by group_key, response_id, dimension
),
dimension_items as (
  select i.dimension, count(distinct i.question_id) as items
  from items i join (select distinct survey_id, version from answers) v on v.survey_id = i.survey_id and v.version = i.version
  group by i.dimension
)`;
}

/** A row of the per-dimension query. */
interface DimensionRow extends Record<string, unknown> {
  group_key: string | null;
  dimension: string;
  items: number;
  respondents: number;
  sum_scores: number;
  sum_squared_scores: number;
  answers: number;
  favourable: number;
  complete: number;
  sum_totals: number | null;
  sum_squared_totals: number | null;
  enps_n: number;
  enps_x: number | null;
  enps_y: number | null;
  enps_xx: number | null;
  enps_yy: number | null;
  enps_xy: number | null;
  engagement_n: number;
  engagement_x: number | null;
  engagement_y: number | null;
  engagement_xx: number | null;
  engagement_yy: number | null;
  engagement_xy: number | null;
}

/** The pair sums of one prefix of a row (nulls, over no pair, as 0). */
function pairSums(row: DimensionRow, prefix: 'enps' | 'engagement'): PairSums {
  const value = (name: string) => Number(row[`${prefix}_${name}`] ?? 0);
  return { n: value('n'), sumX: value('x'), sumY: value('y'), sumXX: value('xx'), sumYY: value('yy'), sumXY: value('xy') };
}

/**
 * The sufficient statistics of the employee barometer (docs/indicators.md, `employeeEngagement`)
 * per group: over the employee responses submitted in the period that --where keeps, with their
 * Likert answers to `items` — per dimension the count, Σ and Σ² of respondents' dimension scores,
 * item answers and favourable ones (4–5 after reversal), α's sums over the respondents who
 * answered every item (per item Σ and Σ², and Σ, Σ² of their totals), and the pair sums of the
 * dimension score with the eNPS answer and with the `engagement` dimension's score; per group
 * the count, Σ and Σ² of each respondent's overall score (mean of their dimension scores).
 * Three queries over the same rows; an empty map without items.
 */
export async function engagementStatistics(context: QueryContext, items: readonly LikertItem[]): Promise<Grouped<EmployeeEngagementStatistics>> {
  const groups: Grouped<EmployeeEngagementStatistics> = new Map();
  if (items.length === 0) return groups;
  const params: Record<string, SqlValue> = { ...queryParams(context) };
  const common = likertAnswersSql(context, items, params);
  const complete = 'x.answered = di.items';
  const withEnps = 'x.enps is not null';
  const withEngagement = 'e.score is not null';
  const dimensions = await context.session.query<DimensionRow>(
    'engagement dimensions',
    `${common}
select x.group_key, x.dimension, max(di.items) as items, count(*) as respondents, sum(x.score) as sum_scores, sum(x.score * x.score) as sum_squared_scores,
  sum(x.answered) as answers, sum(x.favourable) as favourable,
  count(*) filter (where ${complete}) as complete, sum(x.total) filter (where ${complete}) as sum_totals,
  sum(x.total * x.total) filter (where ${complete}) as sum_squared_totals,
  count(x.enps) as enps_n, sum(x.score) filter (where ${withEnps}) as enps_x, sum(x.enps) as enps_y,
  sum(x.score * x.score) filter (where ${withEnps}) as enps_xx, sum(x.enps * x.enps) as enps_yy, sum(x.score * x.enps) as enps_xy,
  count(e.score) as engagement_n, sum(x.score) filter (where ${withEngagement}) as engagement_x, sum(e.score) as engagement_y,
  sum(x.score * x.score) filter (where ${withEngagement}) as engagement_xx, sum(e.score * e.score) as engagement_yy, sum(x.score * e.score) as engagement_xy
from respondent_dimensions x join dimension_items di on di.dimension = x.dimension
left join respondent_dimensions e on e.response_id = x.response_id and e.dimension = 'engagement' and x.dimension <> 'engagement'
group by x.group_key, x.dimension`,
    params,
  );
  const itemRows = await context.session.query<{ group_key: string | null; dimension: string; question_id: string; sum: number; sum_squares: number }>(
    'engagement items',
    `${common}
select a.group_key, a.dimension, a.question_id, sum(a.score) as sum, sum(a.score * a.score) as sum_squares
from answers a join respondent_dimensions x on x.response_id = a.response_id and x.dimension = a.dimension
join dimension_items di on di.dimension = a.dimension
where ${complete}
group by a.group_key, a.dimension, a.question_id
order by a.question_id`,
    params,
  );
  const overall = await context.session.query<{ group_key: string | null; respondents: number; sum: number; sum_squares: number }>(
    'engagement respondents',
    `${common}
select group_key, count(*) as respondents, sum(score) as sum, sum(score * score) as sum_squares
from (select group_key, response_id, avg(score) as score from respondent_dimensions group by group_key, response_id) o
group by group_key`,
    params,
  );
  const alphaItems = new Map<string, AlphaStatistics['items'][number][]>();
  for (const row of itemRows) {
    const key = `${row.group_key ?? '\u0000null'}\u0000${row.dimension}`;
    alphaItems.set(key, [...(alphaItems.get(key) ?? []), { sum: Number(row.sum), sumSquares: Number(row.sum_squares) }]);
  }
  for (const row of overall) {
    groups.set(row.group_key, { scores: { n: Number(row.respondents), sum: Number(row.sum), sumSquares: Number(row.sum_squares) }, dimensions: {} });
  }
  for (const row of dimensions) {
    const group = groups.get(row.group_key);
    if (group === undefined) continue;
    const statistics: EngagementDimensionStatistics = {
      items: Number(row.items),
      scores: { n: Number(row.respondents), sum: Number(row.sum_scores), sumSquares: Number(row.sum_squared_scores) },
      answers: Number(row.answers),
      favourableAnswers: Number(row.favourable),
      alpha: {
        respondents: Number(row.complete),
        items: alphaItems.get(`${row.group_key ?? '\u0000null'}\u0000${row.dimension}`) ?? [],
        sumTotals: Number(row.sum_totals ?? 0),
        sumSquaredTotals: Number(row.sum_squared_totals ?? 0),
      },
      withEnps: pairSums(row, 'enps'),
      ...(row.dimension === 'engagement' ? {} : { withEngagement: pairSums(row, 'engagement') }),
    };
    (group.dimensions as Record<string, EngagementDimensionStatistics>)[row.dimension] = statistics;
  }
  return groups;
}
