import { StateError } from '../../errors/errors.js';
import type { SurveyDefinition } from './surveyDefinition.js';

/** Whether a survey takes answers at a moment: open, not open yet, or closed (by hand or past its last day). */
export type SurveyState = { status: 'open' } | { status: 'scheduled'; opensAt: string } | { status: 'closed'; closedOn: string };

/**
 * The state of a survey at `now`: closed from the moment it was closed by hand (`closedAt`,
 * ISO 8601) or after the end of its `closesAt` day (UTC), not yet open before its `opensAt`
 * day, open otherwise.
 */
export function surveyState(definition: SurveyDefinition, closedAt: string | null, now: Date): SurveyState {
  const today = now.toISOString().slice(0, 10);
  if (closedAt !== null) return { status: 'closed', closedOn: closedAt.slice(0, 10) };
  if (definition.closesAt !== undefined && today > definition.closesAt) return { status: 'closed', closedOn: definition.closesAt };
  if (definition.opensAt !== undefined && today < definition.opensAt) return { status: 'scheduled', opensAt: definition.opensAt };
  return { status: 'open' };
}

/**
 * Returns when the survey takes answers at `now`.
 *
 * @throws StateError saying since when it is closed, or when it opens
 */
export function refuseUnlessOpen(definition: SurveyDefinition, closedAt: string | null, now: Date): void {
  const state = surveyState(definition, closedAt, now);
  if (state.status === 'closed') throw new StateError(`The survey closed on ${state.closedOn}: it takes no more answers.`);
  if (state.status === 'scheduled') throw new StateError(`The survey opens on ${state.opensAt}: it takes no answers yet.`);
}
