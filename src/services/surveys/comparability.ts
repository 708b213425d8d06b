import type { Localised } from '../../errors/errors.js';
import type { Question, SurveyDefinition } from './surveyDefinition.js';

/**
 * Why answers to `after` could not be pooled with answers to `before`, in English and French,
 * or null when they can: another audience, or a question kept (same id) whose type, scale,
 * reversal, dimension or options changed (a removed or renamed option id). New questions,
 * removed questions, and changed texts, dates, channels or target keep answers comparable.
 */
export function comparabilityBreak(before: SurveyDefinition, after: SurveyDefinition): Localised | null {
  if (before.audience !== after.audience) {
    return {
      en: `the audience changed from ${before.audience} to ${after.audience}`,
      fr: `le public a changé (${before.audience} → ${after.audience})`,
    };
  }
  const earlier = new Map(before.questions.map((question) => [question.id, question]));
  for (const question of after.questions) {
    const old = earlier.get(question.id);
    if (old === undefined) continue;
    const change = questionChange(old, question);
    if (change !== null) return { en: `question ${question.id}: ${change.en}`, fr: `la question ${question.id} ${change.fr}` };
  }
  return null;
}

/** The change of one question that breaks comparability, or null. */
function questionChange(before: Question, after: Question): Localised | null {
  if (before.type !== after.type) {
    return { en: `its type changed from ${before.type} to ${after.type}`, fr: `a changé de type (${before.type} → ${after.type})` };
  }
  if (before.min !== after.min || before.max !== after.max) {
    return {
      en: `its scale changed from ${before.min}–${before.max} to ${after.min}–${after.max}`,
      fr: `a changé d'échelle (${before.min}–${before.max} → ${after.min}–${after.max})`,
    };
  }
  if ((before.reverse ?? false) !== (after.reverse ?? false)) return { en: 'its reversal changed', fr: 'a changé de sens (inversée ou non)' };
  if (before.dimension !== after.dimension) return { en: 'its dimension changed', fr: 'a changé de dimension' };
  const options = new Set((after.options ?? []).map((option) => option.id));
  const removed = (before.options ?? []).find((option) => !options.has(option.id));
  if (removed !== undefined) return { en: `its option ${removed.id} was removed`, fr: `a perdu son option ${removed.id}` };
  return null;
}
