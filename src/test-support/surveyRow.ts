import type { Store } from '../store/Store.js';

/** Writes the `surveys` row of a survey `surveyId` in the workspace unless it exists (no version, no answers): what webhook tests need to exist. */
export async function insertSurveyRow(store: Store, workspaceId: number, surveyId: string): Promise<void> {
  await store.query(
    'insert test survey',
    `insert into surveys (workspace_id, survey_id, version, audience, created_at, updated_at)
values ($workspace, $survey, 1, 'customers', current_timestamp::timestamp, current_timestamp::timestamp)
on conflict do nothing`,
    { workspace: workspaceId, survey: surveyId },
  );
}
