import type { Session } from '../../Store.js';

/** Lists the brands the workspace's mentions name (so candidate themes can leave brand names out). */
export async function mentionedBrands(session: Session, workspaceId: number): Promise<string[]> {
  const rows = await session.query<{ brand: string }>('mentioned brands', 'select distinct brand from mentions where workspace_id = $workspace', {
    workspace: workspaceId,
  });
  return rows.map((row) => row.brand);
}
