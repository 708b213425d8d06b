import { z } from 'zod';
import { fieldError } from '../../errors/errors.js';
import { CONFIDENCE_LEVEL } from '../../indicators/stats/constants.js';
import {
  meanAnswersNeeded,
  meanMarginOfError,
  npsAnswersNeeded,
  npsMarginOfError,
  proportionAnswersNeeded,
  proportionMarginOfError,
  WORST_CASE_SD_1_TO_7,
} from '../../indicators/stats/samplePlan.js';
import { decimalNumber, oneOf, parseQuery } from '../queryFields.js';
import { worstSplitGiven } from './manageSurveys.js';

/** The indicators a sample can be planned for. */
export const PLAN_INDICATORS = ['nps', 'csat', 'ces'] as const;

/** One of {@link PLAN_INDICATORS}. */
export type PlanIndicator = (typeof PLAN_INDICATORS)[number];

/** What each indicator's plan expects: the shares of promoters and detractors, the satisfied share, or the answers' standard deviation. */
export type PlanExpectation = { promoters: number; detractors: number } | { satisfied: number } | { sd: number };

/** A checked plan query: the indicator, what is expected of it, and either the margin wanted or the answers there will be. */
export interface PlanQuery {
  indicator: PlanIndicator;
  expected: PlanExpectation;
  /** Whether `expected` is the worst case because none was given. */
  worstCase: boolean;
  target: { margin: number } | { answers: number };
}

/** The answer of `barometre plan --json`: the margin and the answers that give it, at 95 %. */
export interface SamplePlan {
  indicator: PlanIndicator;
  /** The 95 % margin, ± in NPS points, percentage points (CSAT) or scale points (CES, 1–7): asked for, or what `answers` give (rounded to 2 decimals). */
  margin: number;
  /** The answers needed for `margin`, or the answers given. */
  answers: number;
  expected: PlanExpectation;
  worstCase: boolean;
  confidence: number;
  /** The interval the margin is the half-width of: adjusted-wald (NPS), wilson (CSAT), student-t (CES). */
  method: 'adjusted-wald' | 'wilson' | 'student-t';
  /** What was asked: the answers for a margin, or the margin of some answers. */
  asked: 'answers' | 'margin';
}

/**
 * The largest margin worth planning for each indicator: one answer already gives less than
 * ±100 NPS points (±98) or ±50 percentage points (±44.5); a mean cannot be off by more than its
 * 1–7 scale's 6 points.
 */
const LARGEST_MARGIN: Record<PlanIndicator, number> = { nps: 100, csat: 50, ces: 6 };

/** The most answers a plan is asked about: a billion, more than any survey gathers. */
const MOST_ANSWERS = 1_000_000_000;

const planFieldsSchema = z.object({
  indicator: oneOf(PLAN_INDICATORS, (value) => ({
    en: `${value} is not one of ${PLAN_INDICATORS.join(', ')}.`,
    fr: `${value} n'est pas l'un de ${PLAN_INDICATORS.join(', ')}.`,
  })),
  margin: decimalNumber.optional(),
  answers: decimalNumber.optional(),
  expected: z.string().optional(),
});

/** The raw parts of a plan query, as the flags carry them. */
export type PlanQueryInput = z.input<typeof planFieldsSchema>;

/**
 * Checks a plan query: an indicator among nps, csat and ces; exactly one of `margin` (above 0,
 * within the scale) and `answers` (a whole number, at least 1, at least 2 for a mean); and
 * `expected` in the indicator's syntax (docs/cli.md): `promoters=0.45,detractors=0.25` or
 * `0.45,0.25` for nps (a share left out is taken at its worst), `satisfied=0.8` or `0.8` for
 * csat, `sd=1.5` or `1.5` for ces. Without it, the worst case: ½ and ½, ½, and 3.
 *
 * @throws UsageError naming the field at fault, worded for the command line or the API.
 */
export function parsePlanQuery(input: PlanQueryInput): PlanQuery {
  const fields = parseQuery(planFieldsSchema, input);
  const { indicator } = fields;
  if ((fields.margin === undefined) === (fields.answers === undefined)) {
    throw fieldError('margin', {
      en: (name) => `Give either ${name('margin')} (the answers it needs) or ${name('answers')} (the margin they give), not both or neither.`,
      fr: (name) =>
        `Donnez soit ${name('margin')} (les réponses qu'elle demande), soit ${name('answers')} (la marge qu'elles donnent), pas les deux ni aucune.`,
    });
  }
  const largest = LARGEST_MARGIN[indicator];
  if (fields.margin !== undefined && !(fields.margin > 0 && fields.margin <= largest)) {
    throw fieldError('margin', {
      en: (name) => `${name('margin')} ${fields.margin} must be above 0 and at most ${largest} for ${indicator}.`,
      fr: (name) => `${name('margin')} ${fields.margin} doit être au-dessus de 0 et au plus ${largest} pour ${indicator}.`,
    });
  }
  const fewest = indicator === 'ces' ? 2 : 1;
  if (fields.answers !== undefined && !(Number.isInteger(fields.answers) && fields.answers >= fewest && fields.answers <= MOST_ANSWERS)) {
    throw fieldError('answers', {
      en: (name) => `${name('answers')} ${fields.answers} must be a whole number from ${fewest} to ${MOST_ANSWERS} for ${indicator}.`,
      fr: (name) => `${name('answers')} ${fields.answers} doit être un nombre entier de ${fewest} à ${MOST_ANSWERS} pour ${indicator}.`,
    });
  }
  const expected = fields.expected === undefined ? null : parseExpected(indicator, fields.expected);
  return {
    indicator,
    expected: expected ?? worstCase(indicator),
    worstCase: expected === null,
    target: fields.margin !== undefined ? { margin: fields.margin } : { answers: fields.answers! },
  };
}

/** The expectation that gives the widest margin: ½ promoters and ½ detractors, ½ satisfied, a 1–7 spread of 3. */
function worstCase(indicator: PlanIndicator): PlanExpectation {
  if (indicator === 'nps') return worstSplitGiven({});
  if (indicator === 'csat') return { satisfied: 0.5 };
  return { sd: WORST_CASE_SD_1_TO_7 };
}

/** The names `--expected` takes for each indicator, in the order of its unnamed values. */
const EXPECTED_NAMES: Record<PlanIndicator, readonly string[]> = { nps: ['promoters', 'detractors'], csat: ['satisfied'], ces: ['sd'] };

/** Reads `--expected` for `indicator`: named (`promoters=0.45,detractors=0.25`) or in order (`0.45,0.25`). */
function parseExpected(indicator: PlanIndicator, text: string): PlanExpectation {
  const names = EXPECTED_NAMES[indicator];
  const syntax = `${names.map((name) => `${name}=…`).join(',')}`;
  const refuse = (why: { en: string; fr: string }) =>
    fieldError('expected', {
      en: (name) => `${name('expected')} ${JSON.stringify(text)} ${why.en} (for ${indicator}: ${syntax}).`,
      fr: (name) => `${name('expected')} ${JSON.stringify(text)} ${why.fr} (pour ${indicator} : ${syntax}).`,
    });
  const parts = text.split(',').map((part) => part.trim());
  const values = new Map<string, number>();
  parts.forEach((part, index) => {
    const equals = part.indexOf('=');
    const name = equals === -1 ? names[index] : part.slice(0, equals).trim();
    const value = equals === -1 ? part : part.slice(equals + 1).trim();
    if (name === undefined || !names.includes(name) || values.has(name)) {
      throw refuse({ en: `holds more or other values than ${names.join(' and ')}`, fr: `contient plus ou d'autres valeurs que ${names.join(' et ')}` });
    }
    if (!/^\d+(\.\d+)?$/.test(value))
      throw refuse({ en: `holds ${JSON.stringify(value)}, not a decimal number`, fr: `contient ${JSON.stringify(value)}, qui n'est pas un nombre décimal` });
    values.set(name, Number(value));
  });
  if (indicator === 'ces') {
    const sd = values.get('sd')!;
    if (!(sd > 0 && sd <= WORST_CASE_SD_1_TO_7)) {
      throw refuse({
        en: `needs a standard deviation above 0 and at most ${WORST_CASE_SD_1_TO_7}, the largest a 1–7 scale allows`,
        fr: `demande un écart type au-dessus de 0 et d'au plus ${WORST_CASE_SD_1_TO_7}, le plus grand qu'une échelle de 1 à 7 permette`,
      });
    }
    return { sd };
  }
  const shares = [...values.values()];
  if (shares.some((share) => share > 1) || shares.reduce((sum, share) => sum + share, 0) > 1 + 1e-12) {
    throw refuse({ en: 'needs shares from 0 to 1 (summing to at most 1)', fr: 'demande des parts de 0 à 1 (de somme au plus 1)' });
  }
  if (indicator === 'csat') return { satisfied: values.get('satisfied')! };
  return worstSplitGiven({ promoters: values.get('promoters'), detractors: values.get('detractors') });
}

/**
 * The plan a query asks for: the answers a margin needs, or the margin some answers give, at
 * 95 %, for the NPS (adjusted-Wald, variance p + d − (p − d)²), the CSAT share (Wilson) or the
 * CES mean (Student t at the expected standard deviation); see indicators/stats/samplePlan.ts.
 */
export function planSample(query: PlanQuery): SamplePlan {
  const { indicator, expected } = query;
  const common = { indicator, expected, worstCase: query.worstCase, confidence: CONFIDENCE_LEVEL };
  const method = indicator === 'nps' ? 'adjusted-wald' : indicator === 'csat' ? 'wilson' : 'student-t';
  const margin = (answers: number): number => {
    if ('promoters' in expected) return npsMarginOfError(answers, expected);
    if ('satisfied' in expected) return proportionMarginOfError(answers, expected.satisfied);
    return meanMarginOfError(answers, expected.sd);
  };
  const answers = (wanted: number): number => {
    if ('promoters' in expected) return npsAnswersNeeded(wanted, expected);
    if ('satisfied' in expected) return proportionAnswersNeeded(wanted, expected.satisfied);
    return meanAnswersNeeded(wanted, expected.sd);
  };
  if ('answers' in query.target) {
    return { ...common, asked: 'margin', answers: query.target.answers, margin: Math.round(margin(query.target.answers) * 100) / 100, method };
  }
  return { ...common, asked: 'answers', margin: query.target.margin, answers: answers(query.target.margin), method };
}
