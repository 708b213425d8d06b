import { FIRST_EASY_SCORE } from './effort/ces.js';
import { FIRST_PASSIVE_SCORE, FIRST_PROMOTER_SCORE } from './recommendation/nps.js';
import { FIRST_POSITIVE_SCORE } from './satisfaction/csat.js';

/** The scores an answer's band can be read on: NPS (customers' 0–10), eNPS (employees' 0–10), CSAT (1–5), CES (1–7). */
export const ANSWER_INDICATORS = ['nps', 'enps', 'csat', 'ces'] as const;
export type AnswerIndicator = (typeof ANSWER_INDICATORS)[number];

/** The bands an answer falls in: NPS and eNPS categories, and the low or high side of CSAT and CES. */
export const ANSWER_BANDS = ['detractor', 'passive', 'promoter', 'low', 'high'] as const;
export type AnswerBand = (typeof ANSWER_BANDS)[number];

/** One band of an indicator: the answers from `min` to `max`, both included. */
export interface BandRange {
  band: AnswerBand;
  min: number;
  max: number;
}

const RECOMMENDATION_BANDS: readonly BandRange[] = [
  { band: 'detractor', min: 0, max: FIRST_PASSIVE_SCORE - 1 },
  { band: 'passive', min: FIRST_PASSIVE_SCORE, max: FIRST_PROMOTER_SCORE - 1 },
  { band: 'promoter', min: FIRST_PROMOTER_SCORE, max: 10 },
];

/**
 * Each indicator's bands, which cover its whole scale. NPS and eNPS: detractors 0–6,
 * passives 7–8, promoters 9–10 (F. F. Reichheld, "The One Number You Need to Grow", Harvard
 * Business Review 81(12):46–55, 2003). CSAT: `high` is the top-2-box 4–5 the CSAT counts as
 * satisfied, `low` 1–3. CES: `high` is the "easy" 5–7 of the easy share, `low` 1–4.
 */
export const INDICATOR_BANDS: Readonly<Record<AnswerIndicator, readonly BandRange[]>> = {
  nps: RECOMMENDATION_BANDS,
  enps: RECOMMENDATION_BANDS,
  csat: [
    { band: 'low', min: 1, max: FIRST_POSITIVE_SCORE - 1 },
    { band: 'high', min: FIRST_POSITIVE_SCORE, max: 5 },
  ],
  ces: [
    { band: 'low', min: 1, max: FIRST_EASY_SCORE - 1 },
    { band: 'high', min: FIRST_EASY_SCORE, max: 7 },
  ],
};

/**
 * The scores `band` covers on `indicator`'s scale, or null when the indicator has no such
 * band (NPS has no `low`, CSAT no `promoter`).
 *
 * @example bandRange('nps', 'passive') // { band: 'passive', min: 7, max: 8 }
 */
export function bandRange(indicator: AnswerIndicator, band: AnswerBand): BandRange | null {
  return INDICATOR_BANDS[indicator].find((range) => range.band === band) ?? null;
}

/**
 * The band an answer of `score` on `indicator` falls in, or null for a score off the scale.
 *
 * @example bandOf('nps', 6) // 'detractor'
 * @example bandOf('ces', 5) // 'high'
 */
export function bandOf(indicator: AnswerIndicator, score: number): AnswerBand | null {
  return INDICATOR_BANDS[indicator].find((range) => score >= range.min && score <= range.max)?.band ?? null;
}
