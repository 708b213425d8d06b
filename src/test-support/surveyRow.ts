import type { Store } from '../store/Store.js';
import { findSurvey, insertSurvey } from '../store/surveys/surveyRows.js';

/** Stores a survey `surveyId` in the workspace unless it exists (its definition an empty object, no answers): what webhook tests need to exist. */
export async function insertSurveyRow(store: Store, workspaceId: number, surveyId: string): Promise<void> {
  await store.transaction(async (session) => {
    if ((await findSurvey(session, workspaceId, surveyId)) === null) await insertSurvey(session, workspaceId, surveyId, 'customers', '{}', new Date());
  });
}
