import { answerComment } from './answerComment.js';
import type { DemoResponse, StoreCity } from './demoRecords.js';
import { DAY_MS, startOfUtcDay, wholeSecond } from './demoPeriod.js';
import { drawScore } from './drawScore.js';
import { STORE_CITIES } from './places.js';
import type { Prng } from './prng.js';
import { OFFICE_HOURS, drawTimeOfDay } from './timeOfDay.js';

/** The survey id of the internal barometer. */
export const EMPLOYEE_SURVEY_ID = 'barometre-interne';

/**
 * The three waves of the barometer: first and last day of each (three working weeks), and the
 * shift of the staff's mood then (the action plan after the first wave pays off).
 */
export const EMPLOYEE_WAVES: readonly { key: string; from: number; to: number; effect: number }[] = [
  { key: '2025-06', from: Date.UTC(2025, 5, 9), to: Date.UTC(2025, 5, 27), effect: -0.3 },
  { key: '2026-01', from: Date.UTC(2026, 0, 12), to: Date.UTC(2026, 0, 30), effect: 0.1 },
  { key: '2026-06', from: Date.UTC(2026, 5, 8), to: Date.UTC(2026, 5, 26), effect: 0.6 },
];

/** Staff by department: 16 per store, then logistics, customer service and head office (150 in all). */
const STAFF_PER_STORE = 16;
const OTHER_DEPARTMENTS: readonly (readonly [string, number, number])[] = [
  // department, head count, latent effect (the warehouse is the least happy, head office the most)
  ['logistique', 30, -0.4],
  ['service-client', 20, -0.1],
  ['siege', 20, 0.3],
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

interface Employee {
  department: string;
  store: StoreCity | null;
  effect: number;
  mood: number;
}

/**
 * The employee barometer `barometre-interne` (`population=employee`): 150 employees, three
 * waves (June 2025, January 2026, June 2026), about 78 % answering each — well above the 5 that
 * docs/indicators.md needs before showing an eNPS. Answers carry no customer id, the `department`, and
 * the `store` for store staff; the mood improves from wave to wave.
 *
 * @param rng the responses' random stream.
 * @returns the answers, with empty ids.
 *
 * @example
 * employeeBarometer(new Prng(1)).filter((r) => r.submittedMs < Date.UTC(2025, 6, 1)).length; // about 117
 */
export function employeeBarometer(rng: Prng): DemoResponse[] {
  const employees: Employee[] = [];
  for (const store of STORE_CITIES) {
    for (let i = 0; i < STAFF_PER_STORE; i += 1) employees.push({ department: 'magasin', store, effect: 0, mood: rng.normal(0, EMPLOYEE_MOOD_SD) });
  }
  for (const [department, count, effect] of OTHER_DEPARTMENTS) {
    for (let i = 0; i < count; i += 1) employees.push({ department, store: null, effect, mood: rng.normal(0, EMPLOYEE_MOOD_SD) });
  }
  const responses: DemoResponse[] = [];
  for (const wave of EMPLOYEE_WAVES) {
    const days = Math.round((wave.to - wave.from) / DAY_MS);
    for (const employee of employees) {
      if (!rng.chance(PARTICIPATION)) continue;
      const at = wholeSecond(startOfUtcDay(wave.from + rng.int(0, days) * DAY_MS) + drawTimeOfDay(rng, OFFICE_HOURS));
      const nps = drawScore(rng, ENPS_DISTRIBUTION, 0, employee.mood + employee.effect + wave.effect);
      const { comment, language } = answerComment(rng, {
        metric: 'nps',
        score: nps,
        themes: ['travail'],
        commentShare: COMMENT_SHARE,
        frenchShare: FRENCH_SHARE,
      });
      responses.push({
        id: '',
        surveyId: EMPLOYEE_SURVEY_ID,
        submittedMs: at,
        customerId: null,
        channel: 'intranet',
        population: 'employee',
        nps,
        csat: null,
        ces: null,
        comment,
        language,
        store: employee.store,
        department: employee.department,
      });
    }
  }
  return responses;
}
