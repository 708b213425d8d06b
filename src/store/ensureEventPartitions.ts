import type { Session } from './Store.js';

/**
 * PostgreSQL only: creates the monthly partitions of `events` that the rows of the temporary
 * table `import_typed` fall in. There is no default partition (ARCHITECTURE.md: monthly
 * range partitions, created by import and collect before they write), so a month without a
 * partition would make the insert fail instead of landing somewhere unplanned.
 */
export async function ensureEventPartitions(session: Session): Promise<void> {
  if (session.engine !== 'postgres') return;
  const months = await session.query<{ month: string }>(
    'months of imported events',
    `select distinct to_char(occurred_at, 'YYYY-MM') as month from import_typed order by month`,
  );
  for (const { month } of months) {
    const [year, monthNumber] = month.split('-').map(Number) as [number, number];
    const next = monthNumber === 12 ? `${year + 1}-01` : `${year}-${String(monthNumber + 1).padStart(2, '0')}`;
    await session.execute(
      `partition ${month}`,
      `create table if not exists events_${month.replace('-', '_')} partition of events for values from ('${month}-01') to ('${next}-01')`,
    );
  }
}
