import type { Question, SurveyDefinition } from './surveyDefinition.js';

/**
 * Why answers to `after` could not be pooled with answers to `before`, or null when they can:
 * another audience, or a question kept (same id) whose type, scale, reversal, dimension or
 * options changed (a removed or renamed option id). New questions, removed questions, and
 * changed texts, dates, channels or target keep answers comparable.
 */
export function comparabilityBreak(before: SurveyDefinition, after: SurveyDefinition): string | null {
  if (before.audience !== after.audience) return `the audience changed from ${before.audience} to ${after.audience}`;
  const earlier = new Map(before.questions.map((question) => [question.id, question]));
  for (const question of after.questions) {
    const old = earlier.get(question.id);
    if (old === undefined) continue;
    const change = questionChange(old, question);
    if (change !== null) return `question ${question.id}: ${change}`;
  }
  return null;
}

/** The change of one question that breaks comparability, or null. */
function questionChange(before: Question, after: Question): string | null {
  if (before.type !== after.type) return `its type changed from ${before.type} to ${after.type}`;
  if (before.min !== after.min || before.max !== after.max) return `its scale changed from ${before.min}–${before.max} to ${after.min}–${after.max}`;
  if ((before.reverse ?? false) !== (after.reverse ?? false)) return 'its reversal changed';
  if (before.dimension !== after.dimension) return 'its dimension changed';
  const options = new Set((after.options ?? []).map((option) => option.id));
  const removed = (before.options ?? []).find((option) => !options.has(option.id));
  if (removed !== undefined) return `its option ${removed.id} was removed`;
  return null;
}
