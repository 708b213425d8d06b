import { expect, it } from 'vitest';
import { describeEachEngine } from '../../test-support/engines.js';
import { workspaceStore } from '../../test-support/workspaceStore.js';
import { findWorkspace } from '../workspaces.js';
import { archiveAuditGrid, findAuditGrid, insertAuditGrid, listAuditGrids, updateAuditGrid } from './auditGrids.js';
import { replaceAuditVisit } from './auditVisits.js';

const DEFINITION = { name: 'Boutiques', touchpoints: [{ id: 'accueil', label: { fr: 'Accueil', en: 'Welcome' }, criteria: [] }] };

describeEachEngine('the audit grids and visits in the store', (engine) => {
  const test = workspaceStore(engine, { workspace: 'shop' });

  it('stores, lists, finds, updates and archives a grid of one workspace only', async () => {
    const { store, workspaceId } = test;
    const other = (await findWorkspace(store, 'other', { create: true })).id;
    await insertAuditGrid(store, workspaceId, { id: 'g1', name: 'Boutiques', definition: DEFINITION }, new Date('2026-03-01T10:00:00Z'));
    await insertAuditGrid(store, other, { id: 'g2', name: 'Ailleurs', definition: { name: 'Ailleurs', touchpoints: [] } }, new Date('2026-03-01T10:00:00Z'));
    expect(await listAuditGrids(store, workspaceId)).toEqual([
      { id: 'g1', name: 'Boutiques', definition: DEFINITION, createdAt: '2026-03-01T10:00:00Z', updatedAt: '2026-03-01T10:00:00Z', archivedAt: null },
    ]);
    expect(await findAuditGrid(store, workspaceId, 'g2')).toBeNull();
    const renamed = { ...DEFINITION, name: 'Magasins' };
    expect(await updateAuditGrid(store, workspaceId, { id: 'g1', name: 'Magasins', definition: renamed }, new Date('2026-03-02T08:30:00Z'))).toBe(true);
    expect(await updateAuditGrid(store, workspaceId, { id: 'g2', name: 'x', definition: renamed }, new Date())).toBe(false);
    expect(await archiveAuditGrid(store, workspaceId, 'g1', new Date('2026-03-03T00:00:00Z'))).toBe(true);
    expect(await archiveAuditGrid(store, workspaceId, 'g1', new Date('2026-03-04T00:00:00Z'))).toBe(true);
    expect(await archiveAuditGrid(store, workspaceId, 'nope', new Date())).toBe(false);
    expect(await findAuditGrid(store, workspaceId, 'g1')).toEqual({
      id: 'g1',
      name: 'Magasins',
      definition: renamed,
      createdAt: '2026-03-01T10:00:00Z',
      updatedAt: '2026-03-02T08:30:00Z',
      archivedAt: '2026-03-03T00:00:00Z',
    });
    expect((await findAuditGrid(store, other, 'g2'))?.archivedAt).toBeNull();
  });

  it('writes a visit as one audits row per criterion, and a second sending replaces it whole', async () => {
    const { store, workspaceId } = test;
    const row = (criterion: string, score: number, attributes: Record<string, string> = { grid: 'g1' }) => ({
      criterion,
      touchpoint: 'accueil',
      score,
      max_score: 5,
      weight: 2,
      attributes,
    });
    const first = await replaceAuditVisit(store, workspaceId, {
      visitId: 'v1',
      site: 'Lyon',
      visitedAt: '2026-03-05 13:02:00.000',
      rows: [row('sourire', 4, { grid: 'g1', auditor: 'Ana', comment: 'très bien' }), row('delai', 2)],
    });
    expect(first).toEqual({ replaced: false });
    const stored = () =>
      test.read(`select visit_id, criterion, site, cast(visited_at as text) as visited_at, score, max_score, weight, touchpoint, cast(attributes as text) as attributes
from audits order by criterion`);
    const rows = await stored();
    expect(rows.map((entry) => [entry.criterion, entry.site, entry.score, entry.max_score, entry.weight, entry.touchpoint])).toEqual([
      ['delai', 'Lyon', 2, 5, 2, 'accueil'],
      ['sourire', 'Lyon', 4, 5, 2, 'accueil'],
    ]);
    expect(String(rows[0]?.visited_at)).toMatch(/^2026-03-05 13:02:00/);
    expect(JSON.parse(String(rows[1]?.attributes))).toEqual({ grid: 'g1', auditor: 'Ana', comment: 'très bien' });
    expect((await test.read("select key from attribute_keys where kind = 'audits' order by key")).map((entry) => entry.key)).toEqual([
      'auditor',
      'comment',
      'grid',
    ]);
    // Sent again with delai now not applicable: one row is left, not two, nor three.
    expect(
      await replaceAuditVisit(store, workspaceId, { visitId: 'v1', site: 'Lyon', visitedAt: '2026-03-05 13:02:00.000', rows: [row('sourire', 5)] }),
    ).toEqual({
      replaced: true,
    });
    expect((await stored()).map((entry) => [entry.visit_id, entry.criterion, entry.score])).toEqual([['v1', 'sourire', 5]]);
  });
});
