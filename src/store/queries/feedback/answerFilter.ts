import { type AnswerBand, type AnswerIndicator, bandRange } from '../../../indicators/answerBands.js';

/** The answers a drill-down reads: those carrying an indicator's score, in one of its bands or (band null) any. */
export interface AnswerSelection {
  indicator: AnswerIndicator;
  band: AnswerBand | null;
}

/** The response column each indicator's score is in, and the population it is asked of (null: anyone). */
const ANSWER_COLUMNS: Readonly<Record<AnswerIndicator, { column: 'nps' | 'csat' | 'ces'; population: 'customer' | 'employee' | null }>> = {
  nps: { column: 'nps', population: 'customer' },
  enps: { column: 'nps', population: 'employee' },
  csat: { column: 'csat', population: null },
  ces: { column: 'ces', population: null },
};

/**
 * The ` and …` conditions that keep the responses (alias t) answering `selection`: the
 * indicator's column in the band's scores (any score when the band is null), asked of the
 * indicator's population (customers for NPS, employees for eNPS, anyone for CSAT and CES).
 * Only constants reach the SQL.
 *
 * @throws RangeError for a band the indicator does not have (the query parser refuses it first).
 * @example answerFilterSql({ indicator: 'nps', band: 'detractor' }) // " and t.population = 'customer' and t.nps between 0 and 6"
 */
export function answerFilterSql({ indicator, band }: AnswerSelection): string {
  const { column, population } = ANSWER_COLUMNS[indicator];
  const range = band === null ? null : bandRange(indicator, band);
  if (band !== null && range === null) throw new RangeError(`${indicator} has no ${band} band.`);
  const who = population === null ? '' : ` and t.population = '${population}'`;
  return `${who} and t.${column} ${range === null ? 'is not null' : `between ${range.min} and ${range.max}`}`;
}

/** The population an indicator is asked of: customers for NPS, employees for eNPS, null (anyone) for CSAT and CES. */
export function answerPopulation(indicator: AnswerIndicator): 'customer' | 'employee' | null {
  return ANSWER_COLUMNS[indicator].population;
}

/**
 * The indicator an answer's score is shown under and that score, as SQL columns `indicator`
 * and `answer_score` over responses (alias t): the selection's indicator when there is one,
 * else the first the answer carries of NPS (eNPS for an employee), CSAT and CES.
 */
export function answerColumnsSql(indicator: AnswerIndicator | null): string {
  if (indicator !== null) return `'${indicator}' as indicator, t.${ANSWER_COLUMNS[indicator].column} as answer_score`;
  return `case when t.nps is not null then (case when t.population = 'employee' then 'enps' else 'nps' end)
    when t.csat is not null then 'csat' when t.ces is not null then 'ces' end as indicator,
  coalesce(t.nps, t.csat, t.ces) as answer_score`;
}
