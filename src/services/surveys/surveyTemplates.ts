import { barometerTemplate } from './barometer/barometerTemplate.js';

/** The survey templates by name: the employee barometer of the question bank. */
const TEMPLATES: Readonly<Record<string, () => object>> = { barometer: barometerTemplate };

/** The names of the survey templates (`barometre surveys template NAME`, `/surveys/new?template=NAME`). */
export const SURVEY_TEMPLATE_NAMES: readonly string[] = Object.keys(TEMPLATES);

/** A fresh copy of the survey file of the template with this name, or null when there is none. */
export function surveyTemplate(name: string): object | null {
  return Object.hasOwn(TEMPLATES, name) ? TEMPLATES[name]!() : null;
}
