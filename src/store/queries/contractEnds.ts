import type { Session } from '../Store.js';

/**
 * Whether any customer of the workspace carries a contract end date (`churned_at`): churn
 * and retention then keep the contract definition (docs/indicators.md).
 */
export async function hasContractEnds(session: Session, workspaceId: number): Promise<boolean> {
  const rows = await session.query<{ one: number }>(
    'contract ends',
    'select 1 as one from customers where workspace_id = $workspace and churned_at is not null limit 1',
    { workspace: workspaceId },
  );
  return rows.length > 0;
}
