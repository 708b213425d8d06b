import type { Language } from '../output/language.js';
import {
  BAROMETER_COMMENT_QUESTION,
  BAROMETER_DIMENSION_IDS,
  BAROMETER_ENPS_QUESTION,
  BAROMETER_ITEMS,
  type BarometerDimensionId,
} from '../services/surveys/barometer/barometerBank.js';
import { answerComment } from './answerComment.js';
import { DAY_MS, startOfUtcDay, wholeSecond } from './demoPeriod.js';
import { drawScore } from './drawScore.js';
import { STORE_CITIES } from './places.js';
import { Prng } from './prng.js';
import { OFFICE_HOURS, drawTimeOfDay } from './timeOfDay.js';

/**
 * The three waves of the barometer: first and last day of each (three working weeks), and the
 * shift of the staff's mood then (the action plan after the first wave pays off).
 */
export const EMPLOYEE_WAVES: readonly { key: string; from: number; to: number; effect: number }[] = [
  { key: '2025-06', from: Date.UTC(2025, 5, 9), to: Date.UTC(2025, 5, 27), effect: -0.3 },
  { key: '2026-01', from: Date.UTC(2026, 0, 12), to: Date.UTC(2026, 0, 30), effect: 0.1 },
  { key: '2026-06', from: Date.UTC(2026, 5, 8), to: Date.UTC(2026, 5, 26), effect: 0.6 },
];

/** Staff by team (the `team` attribute): 16 per store, then logistics, customer service and head office (150 in all). */
const STAFF_PER_STORE = 16;
const OTHER_TEAMS: readonly (readonly [string, number, number, string])[] = [
  // team, head count, latent effect (the warehouse is the least happy, head office the most), site
  ['logistique', 30, -0.4, 'Orléans'],
  ['service-client', 20, -0.1, 'Nantes'],
  ['siege', 20, 0.3, 'Paris'],
];
/** Share of employees who answer each wave. */
const PARTICIPATION = 0.78;
/** Typical eNPS answers (0 to 10) at shift 0: 35 % detractors, 36 % passives, 29 % promoters (eNPS −6). */
export const ENPS_DISTRIBUTION: readonly number[] = [0.02, 0.02, 0.03, 0.04, 0.05, 0.09, 0.1, 0.17, 0.19, 0.16, 0.13];
/** Share of employees who comment, and of French comments (some head-office staff write in English). */
const COMMENT_SHARE = 0.6;
const FRENCH_SHARE = 0.92;
/** Each employee's own outlook, steady across waves (sd of the latent shift). */
const EMPLOYEE_MOOD_SD = 0.7;

/** Agreement answers (1 to 5) at shift 0: 55 % favourable, as a middling barometer. */
const LIKERT_DISTRIBUTION: readonly number[] = [0.06, 0.14, 0.25, 0.38, 0.17];
/** How much of the mood behind the eNPS carries into every dimension (the engagement factor the items share). */
const GENERAL_LOADING = 0.7;
/** Each employee's own view of each dimension, steady across waves (sd), so a dimension's items agree within a person. */
const DIMENSION_VIEW_SD = 0.6;
/** Share of items a respondent answers (the rest are skipped: a dimension's score is the mean of the answered items). */
const ITEM_ANSWER_SHARE = 0.97;
/** Seniority bands (the `seniority` attribute) and their shares of the staff. */
const SENIORITY: readonly (readonly [string, number])[] = [
  ['moins de 1 an', 0.15],
  ['1 à 3 ans', 0.3],
  ['3 à 10 ans', 0.35],
  ['plus de 10 ans', 0.2],
];

/** Where each dimension stands for everyone at shift 0: pay and workload are the company's weak spots, belonging its strength. */
const DIMENSION_LEVEL: Readonly<Record<BarometerDimensionId, number>> = {
  engagement: 0.1,
  management: 0.2,
  recognition: -0.2,
  workload: -0.3,
  growth: -0.2,
  pay: -0.6,
  belonging: 0.5,
  communication: -0.1,
};

/**
 * What differs by team: the warehouse carries heavy loads unseen (workload and recognition
 * low), stores work Saturdays and the sales peaks, customer service hears of changes last,
 * head office sees careers and pay differently.
 */
const TEAM_DIMENSION: Readonly<Record<string, Partial<Record<BarometerDimensionId, number>>>> = {
  logistique: { workload: -1.1, recognition: -1, pay: -0.3, growth: -0.3 },
  magasin: { workload: -0.4, pay: -0.2 },
  'service-client': { workload: -0.5, communication: -0.6 },
  siege: { growth: 0.5, pay: 0.3, workload: 0.1 },
};

/** The action plan after the first wave: workload, recognition and communication improve from wave to wave, twice as fast in the warehouse it targets. */
const PLAN_PROGRESS: readonly number[] = [0, 0.35, 0.7];
const PLAN_DIMENSIONS: Readonly<Partial<Record<BarometerDimensionId, number>>> = { workload: 1, recognition: 1, communication: 0.6 };
const PLAN_TARGET_TEAM = 'logistique';

interface Employee {
  team: string;
  site: string;
  seniority: string;
  effect: number;
  mood: number;
  /** The employee's own view of each dimension, drawn once. */
  views: Record<BarometerDimensionId, number>;
}

/** One answer set of the demo's employee barometer, as the survey page would have taken it. */
export interface DemoBarometerAnswer {
  /** The answer set's id, `r_demo-barometre-000001`… in time order. */
  id: string;
  submittedMs: number;
  language: Language;
  /** The respondent's `team`, `site` and `seniority`, which become the response's attributes. */
  attributes: { team: string; site: string; seniority: string };
  /** Question id → answer: the eNPS (0–10), the agreement items answered (1–5, as ticked: reverse items are not reversed here), the comment if any. */
  answers: Record<string, number | string>;
}

/**
 * The employee barometer of Maison Lumière, run by Baromètre from the question bank
 * (src/services/surveys/barometer/): 150 employees, three waves (June 2025, January 2026,
 * June 2026), about 78 % answering each — well above the 5 that docs/indicators.md needs
 * before showing an eNPS. Each answer set gives the eNPS, the 33 agreement items (about 3 %
 * skipped) and often a comment, with the attributes `team`, `site` and `seniority`.
 *
 * The eNPS, the comments and the days are drawn as when the barometer was imported
 * responses (the same stream, in the same order), so those figures did not move; the
 * agreement answers and the attributes come from streams of their own. Each item is drawn from
 * an ordered-logit latent model (drawScore.ts): the employee's mood and team effect that
 * drive the eNPS (so the dimensions relate to it), the dimension's level, the team's strengths
 * and weak spots (the warehouse low on workload and recognition), the action plan's progress
 * from wave to wave, and the employee's own view of the dimension (so its items agree).
 *
 * @param seed the demo's seed.
 * @returns the answer sets in time order.
 *
 * @example
 * employeeBarometer(2025).filter((a) => a.submittedMs < Date.UTC(2025, 6, 1)).length; // about 117
 */
export function employeeBarometer(seed: number): DemoBarometerAnswer[] {
  // The stream the barometer drew from when it was part of responses.csv: the eNPS and comments stay as they were.
  const rng = new Prng(seed).fork('responses').fork('barometre-interne');
  const profiles = rng.fork('barometer-profiles');
  const agreement = rng.fork('barometer-agreement');
  const employee = (team: string, effect: number, site: string): Employee => ({
    team,
    site,
    seniority: profiles.weighted(SENIORITY),
    effect,
    mood: rng.normal(0, EMPLOYEE_MOOD_SD),
    views: Object.fromEntries(BAROMETER_DIMENSION_IDS.map((id) => [id, profiles.normal(0, DIMENSION_VIEW_SD)])) as Record<BarometerDimensionId, number>,
  });
  const employees: Employee[] = [];
  for (const store of STORE_CITIES) {
    for (let i = 0; i < STAFF_PER_STORE; i += 1) employees.push(employee('magasin', 0, store));
  }
  for (const [team, count, effect, site] of OTHER_TEAMS) {
    for (let i = 0; i < count; i += 1) employees.push(employee(team, effect, site));
  }
  const answers: Omit<DemoBarometerAnswer, 'id'>[] = [];
  EMPLOYEE_WAVES.forEach((wave, waveIndex) => {
    const days = Math.round((wave.to - wave.from) / DAY_MS);
    for (const person of employees) {
      if (!rng.chance(PARTICIPATION)) continue;
      const at = wholeSecond(startOfUtcDay(wave.from + rng.int(0, days) * DAY_MS) + drawTimeOfDay(rng, OFFICE_HOURS));
      const shift = person.mood + person.effect + wave.effect;
      const enps = drawScore(rng, ENPS_DISTRIBUTION, 0, shift);
      const { comment, writtenIn } = answerComment(rng, {
        metric: 'nps',
        score: enps,
        themes: ['travail'],
        commentShare: COMMENT_SHARE,
        frenchShare: FRENCH_SHARE,
      });
      const given: Record<string, number | string> = { [BAROMETER_ENPS_QUESTION.id]: enps };
      for (const item of BAROMETER_ITEMS) {
        const latent = GENERAL_LOADING * shift + dimensionShift(item.dimension, person, waveIndex);
        const agreed = drawScore(agreement, LIKERT_DISTRIBUTION, 1, latent);
        if (agreement.chance(ITEM_ANSWER_SHARE)) given[item.id] = item.reverse ? 6 - agreed : agreed;
      }
      if (comment !== '') given[BAROMETER_COMMENT_QUESTION.id] = comment;
      const language = writtenIn ?? (profiles.chance(FRENCH_SHARE) ? 'fr' : 'en');
      answers.push({ submittedMs: at, language, attributes: { team: person.team, site: person.site, seniority: person.seniority }, answers: given });
    }
  });
  // A stable sort keeps the employees' order for answers in the same second.
  answers.sort((a, b) => a.submittedMs - b.submittedMs);
  return answers.map((answer, index) => ({ id: `r_demo-barometre-${String(index + 1).padStart(6, '0')}`, ...answer }));
}

/** The latent shift of one dimension for one employee at one wave, beyond the general mood: level, team, action plan, own view. */
function dimensionShift(dimension: BarometerDimensionId, person: Employee, waveIndex: number): number {
  const plan = (PLAN_DIMENSIONS[dimension] ?? 0) * (PLAN_PROGRESS[waveIndex] ?? 0) * (person.team === PLAN_TARGET_TEAM ? 2 : 1);
  return DIMENSION_LEVEL[dimension] + (TEAM_DIMENSION[person.team]?.[dimension] ?? 0) + plan + person.views[dimension];
}
