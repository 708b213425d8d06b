import { answerSurvey } from '../services/surveys/answerSurvey.js';
import { barometerTemplate } from '../services/surveys/barometer/barometerTemplate.js';
import { loadSurvey } from '../services/surveys/loadSurvey.js';
import { newSurveyId } from '../services/surveys/manageSurveys.js';
import { parseSurveyDefinition } from '../services/surveys/surveyDefinition.js';
import type { Store } from '../store/Store.js';
import { findSurveyAnywhere, insertSurvey } from '../store/surveys/surveyRows.js';
import { EMPLOYEE_WAVES, employeeBarometer } from './employeeBarometer.js';

/** The id the demo's barometer takes when no other workspace of the store has it yet (a survey id is global: `/s/<id>` names no workspace). */
export const DEMO_BAROMETER_ID = 'barometre-interne';

/** What loading the barometer did. */
export interface DemoBarometerResult {
  surveyId: string;
  /** Answer sets written (each replaces the one of the same id, so loading twice counts once). */
  answers: number;
}

/**
 * Puts the demo's employee barometer into a workspace as a survey Baromètre runs: the
 * barometer template of the question bank (`barometre surveys template barometer`), titled
 * for Maison Lumière, open from the first wave, created then; and its answer sets
 * (employeeBarometer.ts) answered through the ordinary answer path (`answerSurvey`, as the
 * survey page would), each at its own time, on the `link` channel, with the attributes
 * `team`, `site` and `seniority`. Their eNPS reaches the report's `enps` (population
 * `employee`) and their comments the feedback analysis, like any answer. Loading again into
 * the same workspace replaces the same answer sets.
 *
 * @param seed the demo's seed.
 */
export async function loadDemoBarometer(store: Store, workspaceId: number, seed: number): Promise<DemoBarometerResult> {
  const template = barometerTemplate();
  const parsed = parseSurveyDefinition({
    ...template,
    title: { fr: 'Baromètre interne Maison Lumière', en: 'Maison Lumière employee barometer' },
    opensAt: new Date(EMPLOYEE_WAVES[0]!.from).toISOString().slice(0, 10),
  });
  if ('error' in parsed) throw parsed.error;
  const existing = await findSurveyAnywhere(store, DEMO_BAROMETER_ID);
  const surveyId = existing === null || existing.workspaceId === workspaceId ? DEMO_BAROMETER_ID : newSurveyId();
  if (existing?.workspaceId !== workspaceId) {
    const created = new Date(EMPLOYEE_WAVES[0]!.from);
    await store.transaction((session) => insertSurvey(session, workspaceId, surveyId, 'employees', JSON.stringify(parsed.definition), created));
  }
  const survey = await loadSurvey(store, workspaceId, surveyId);
  if (survey === null) throw new Error(`The demo barometer ${surveyId} was not stored.`);
  const answers = employeeBarometer(seed);
  // All at once: the answer path commits them together, a few hundred a transaction (group commit).
  await Promise.all(
    answers.map((answer) =>
      answerSurvey(
        store,
        survey,
        { answers: answer.answers, channel: 'link', language: answer.language, attributes: answer.attributes, responseId: answer.id },
        new Date(answer.submittedMs),
      ),
    ),
  );
  return { surveyId, answers: answers.length };
}
