import type { BoundPeriod } from '../QueryContext.js';
import type { Session, SqlValue } from '../../Store.js';
import type { FeedbackSourceSpec } from '../../schema/feedbackSources.js';
import { FIRST_PASSIVE_SCORE, FIRST_PROMOTER_SCORE } from '../../../indicators/recommendation/nps.js';

/** Everything a feedback query needs: the source of texts, its rows in scope, the period and the analysis version. */
export interface FeedbackContext {
  session: Session;
  workspaceId: number;
  period: BoundPeriod;
  spec: FeedbackSourceSpec;
  /** `left join customers cu …` when a filter is a customer's field, else ''. */
  joins: string;
  /** ` and …` conditions on the rows (t), their analysis (a) and themes. */
  filter: string;
  params: Record<string, SqlValue>;
  version: string;
  /** The population whose NPS answers the drivers compare (customer, or employee for eNPS). */
  population: string;
}

/** The join that adds a text's themes (alias th), one row per theme it mentions. */
export const THEMES_JOIN = 'join text_themes th on th.workspace_id = a.workspace_id and th.source = a.source and th.item_id = a.item_id';

/**
 * The FROM and WHERE of every feedback query: the source's rows (alias t) in the period and
 * scope, joined to their current analysis (alias a), and to `extraJoin` when given. With
 * `keepUnanalysed`, rows without an analysis (no text) stay, with nulls for a. The source
 * is written into the SQL (one of two fixed names), so the queries of both sources can be
 * put together in one union.
 */
export function analysedRowsSql(context: FeedbackContext, extraJoin = '', keepUnanalysed = false): string {
  const { spec } = context;
  return `from ${spec.table} t ${context.joins}
${keepUnanalysed ? 'left join' : 'join'} text_analyses a on a.workspace_id = t.workspace_id and a.source = '${spec.source}' and a.item_id = t.${spec.id} and a.analysis_version = $version
${extraJoin}
where t.workspace_id = $workspace and t.${spec.time} >= $start::timestamp and t.${spec.time} < $end::timestamp${context.filter}`;
}

/** The parameters every feedback query binds. */
export function feedbackParams(context: FeedbackContext): Record<string, SqlValue> {
  return {
    workspace: context.workspaceId,
    start: context.period.start,
    end: context.period.end,
    version: context.version,
    population: context.population,
    ...context.params,
  };
}

/**
 * Counts of NPS answers by category among the rows in scope, for the population the drivers
 * compare; zeros for a source without NPS answers (mentions). `condition` narrows further.
 */
export function npsCountsSql(context: FeedbackContext, condition = 'true'): string {
  if (context.spec.source !== 'response') return '0 as promoters, 0 as passives, 0 as detractors';
  const answer = `(${condition}) and t.population = $population and t.nps`;
  return `count(*) filter (where ${answer} >= ${FIRST_PROMOTER_SCORE}) as promoters,
  count(*) filter (where ${answer} >= ${FIRST_PASSIVE_SCORE} and ${answer} < ${FIRST_PROMOTER_SCORE}) as passives,
  count(*) filter (where ${answer} < ${FIRST_PASSIVE_SCORE}) as detractors`;
}
