import { createSurvey } from '../services/surveys/manageSurveys.js';
import { parseSurveyDefinition, type SurveyDefinition } from '../services/surveys/surveyDefinition.js';
import type { Store } from '../store/Store.js';

/** A two-page customer survey: NPS and CSAT on page 1, a choice and a comment on page 2. */
export const CUSTOMER_SURVEY = {
  title: { fr: 'Votre avis', en: 'Your opinion' },
  audience: 'customers',
  channels: ['link', 'email', 'phone'],
  opensAt: '2026-03-01',
  closesAt: '2026-03-31',
  targetSample: 400,
  questions: [
    { id: 'q1', type: 'nps', label: { fr: 'Recommanderiez-vous ?', en: 'Would you recommend?' }, required: true },
    { id: 'q2', type: 'csat', label: { fr: 'Satisfait ?', en: 'Satisfied?' } },
    {
      id: 'q3',
      type: 'choice',
      page: 2,
      label: { fr: 'Canal', en: 'Channel' },
      options: [
        { id: 'web', label: { fr: 'Site', en: 'Website' } },
        { id: 'shop', label: { fr: 'Magasin', en: 'Shop' } },
      ],
    },
    { id: 'q4', type: 'text', page: 2, label: { fr: 'Pourquoi ?', en: 'Why?' } },
  ],
};

/** The checked definition of a survey file's JSON; throws its refusal. */
export function definitionOf(value: unknown): SurveyDefinition {
  const parsed = parseSurveyDefinition(value);
  if ('error' in parsed) throw parsed.error;
  return parsed.definition;
}

/** Creates {@link CUSTOMER_SURVEY} (or `value`) in the workspace, open from 2026-03-01 with no last day unless `value` says; returns its id. */
export async function surveyFixture(store: Store, workspaceId: number, value: unknown = { ...CUSTOMER_SURVEY, closesAt: undefined }): Promise<string> {
  return (await createSurvey(store, workspaceId, definitionOf(value), new Date())).id;
}
