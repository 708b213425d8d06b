import type { Words } from '../i18n/words.js';
import type { Language } from '../i18n/language.js';

/**
 * The names of the barometer's standard dimensions (the survey bank's ids, docs/surveys.md),
 * in both languages. The dashboard reads only the public API, so it keeps its own table.
 */
export const DIMENSION_NAMES: Readonly<Record<string, Words>> = {
  engagement: { en: 'Engagement', fr: 'Engagement' },
  management: { en: 'Management', fr: 'Management' },
  recognition: { en: 'Recognition', fr: 'Reconnaissance' },
  workload: { en: 'Workload', fr: 'Charge de travail' },
  growth: { en: 'Growth', fr: 'Développement' },
  pay: { en: 'Pay', fr: 'Rémunération' },
  belonging: { en: 'Belonging', fr: 'Appartenance' },
  communication: { en: 'Communication', fr: 'Communication' },
};

/** A dimension's name in `language`: the standard name for a bank id, else the id as the survey spells it. */
export function dimensionName(dimension: string, language: Language): string {
  return Object.hasOwn(DIMENSION_NAMES, dimension) ? DIMENSION_NAMES[dimension]![language] : dimension;
}
