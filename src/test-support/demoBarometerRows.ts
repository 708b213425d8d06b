import { DEFAULT_DEMO_SEED } from '../demo/buildDemoCsvs.js';
import { employeeBarometer } from '../demo/employeeBarometer.js';
import { isoTimestamp } from '../demo/isoTimestamp.js';
import { DEMO_BAROMETER_ID } from '../demo/loadDemoBarometer.js';

/**
 * The demo barometer's answer sets as the rows of `responses` they become once answered
 * (`loadDemoBarometer`): every field as text, as `readDemoFiles` gives the imported answers,
 * so the demo's tests can check them beside the others.
 */
export function demoBarometerRows(seed: number = DEFAULT_DEMO_SEED): Record<string, string>[] {
  return employeeBarometer(seed).map((answer) => ({
    response_id: answer.id,
    survey_id: DEMO_BAROMETER_ID,
    submitted_at: isoTimestamp(answer.submittedMs),
    customer_id: '',
    channel: 'link',
    population: 'employee',
    nps: String(answer.answers.enps),
    csat: '',
    ces: '',
    comment: typeof answer.answers.comment === 'string' ? answer.answers.comment : '',
    language: answer.language,
    ...answer.attributes,
  }));
}
