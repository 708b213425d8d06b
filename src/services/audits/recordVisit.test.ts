import { expect, it } from 'vitest';
import { NotFoundError, UsageError } from '../../errors/errors.js';
import { TEST_GRID } from '../../test-support/auditGrid.js';
import { describeEachEngine } from '../../test-support/engines.js';
import { workspaceStore } from '../../test-support/workspaceStore.js';
import { buildReport } from '../report/buildReport.js';
import { parseReportQuery } from '../report/reportQuery.js';
import { archiveAuditGrid, createAuditGrid, getAuditGrid, listAuditGrids, updateAuditGrid } from './auditGrids.js';
import { recordVisit } from './recordVisit.js';

describeEachEngine('audit visits recorded in the field, as the report counts them', (engine) => {
  const test = workspaceStore(engine, { workspace: 'shop' });

  it('scores recorded visits per visit, site and touchpoint, and a visit sent again replaces itself', async () => {
    const { store, workspaceId } = test;
    const grid = await createAuditGrid(store, workspaceId, TEST_GRID);
    expect(grid).toMatch(/^[A-Za-z0-9_-]{12}$/);
    const lyon2 = {
      visit_id: 'lyon-2',
      site: 'Lyon',
      visited_at: '2026-03-12T11:00:00+01:00',
      scores: { accueil_sourire: 2, accueil_delai: null, caisse_merci: 0 },
    };
    await recordVisit(store, workspaceId, grid, {
      site: 'Lyon',
      visited_at: '2026-03-10T09:15:00+01:00',
      auditor: 'Ana',
      scores: { accueil_sourire: 4, accueil_delai: 1, caisse_merci: 3 },
      comments: { accueil_sourire: 'Accueil chaleureux' },
    });
    expect(await recordVisit(store, workspaceId, grid, lyon2)).toEqual({ id: 'lyon-2', replaced: false });
    // 22:30 UTC on March 31st: in March, though its local day is April 1st.
    await recordVisit(store, workspaceId, grid, { site: 'Paris', visited_at: '2026-04-01T00:30:00+02:00', scores: { accueil_sourire: 5, accueil_delai: 0 } });
    // In April (UTC): left out of March.
    await recordVisit(store, workspaceId, grid, { site: 'Paris', visited_at: '2026-03-31T23:30:00-02:00', scores: { accueil_sourire: 0 } });
    const march = async () =>
      (await buildReport(store, workspaceId, parseReportQuery({ from: '2026-03-01', to: '2026-03-31' }))).indicators.mysteryShopping as unknown as {
        value: number;
        visits: number;
        bySite: Record<string, { value: number; visits: number }>;
        byTouchpoint: Record<string, { value: number; criteria: number }>;
      };
    // Weights: sourire 2 (max 5), delai 1 (max 1), merci 0.5 (max 3).
    // Lyon 1: 100 × (2×4 + 1×1 + 0.5×3) / (2×5 + 1×1 + 0.5×3) = 100 × 10.5 / 12.5 = 84.
    // Lyon 2 (delai not applicable): 100 × (2×2 + 0.5×0) / (2×5 + 0.5×3) = 400 / 11.5.
    // Paris: 100 × (2×5 + 1×0) / (2×5 + 1×1) = 1000 / 11.
    let result = await march();
    expect(result.visits).toBe(3);
    expect(result.value).toBeCloseTo((84 + 400 / 11.5 + 1000 / 11) / 3, 10);
    expect(result.bySite.Lyon?.visits).toBe(2);
    expect(result.bySite.Lyon?.value).toBeCloseTo((84 + 400 / 11.5) / 2, 10);
    expect(result.bySite.Paris?.value).toBeCloseTo(1000 / 11, 10);
    // accueil pools 5 rows: (8 + 1 + 4 + 10 + 0) / (10 + 1 + 10 + 10 + 1) = 23 / 32; caisse: (1.5 + 0) / (1.5 + 1.5).
    expect(result.byTouchpoint).toEqual({ accueil: { value: 71.875, criteria: 5 }, caisse: { value: 50, criteria: 2 } });
    // Lyon 2 sent again with caisse_merci 3: 100 × (4 + 1.5) / 11.5; still 3 visits, caisse now 100.
    expect(await recordVisit(store, workspaceId, grid, { ...lyon2, scores: { ...lyon2.scores, caisse_merci: 3 } })).toEqual({ id: 'lyon-2', replaced: true });
    result = await march();
    expect(result.visits).toBe(3);
    expect(result.bySite.Lyon?.value).toBeCloseTo((84 + 550 / 11.5) / 2, 10);
    expect(result.byTouchpoint.caisse).toEqual({ value: 100, criteria: 2 });
    // The auditor's attribute splits the report like any imported attribute.
    const byAuditor = await buildReport(store, workspaceId, parseReportQuery({ from: '2026-03-01', to: '2026-03-31', by: 'auditor' }));
    const ana = byAuditor.groups?.find((group) => group.key === 'Ana')?.indicators.mysteryShopping as unknown as { value: number; visits: number };
    expect(ana).toMatchObject({ value: 84, visits: 1 });
  });

  it('refuses a bad visit with one sentence naming the field, and writes nothing', async () => {
    const { store, workspaceId } = test;
    const grid = await createAuditGrid(store, workspaceId, TEST_GRID);
    const ok = { site: 'Lyon', scores: { accueil_sourire: 4 } };
    const refusal = async (value: unknown, id = grid) => {
      const error = await recordVisit(store, workspaceId, id, value).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(Error);
      return error as UsageError;
    };
    const cases: [unknown, string][] = [
      [{ ...ok, scores: { accueil_sourire: 7 } }, "scores.accueil_sourire 7 is above the criterion's maximum 5."],
      [{ ...ok, scores: { accueil_sourire: -1 } }, 'scores.accueil_sourire -1 is below 0.'],
      [{ ...ok, scores: { accueil_sourire: '4' } }, 'scores.accueil_sourire "4" is not a number, or null for not applicable.'],
      [{ ...ok, scores: { rayon_ordre: 1 } }, 'scores.rayon_ordre is not a criterion of the grid (accueil_sourire, accueil_delai, caisse_merci).'],
      [{ ...ok, scores: { accueil_sourire: null } }, 'scores gives no score: a visit scores at least one criterion of the grid.'],
      [{ ...ok, scores: [] }, 'scores [] is not an object of scores by criterion id.'],
      [
        { ...ok, comments: { accueil_delai: 'rien' } },
        'comments.accueil_delai is for a criterion the visit marks not applicable: score it or remove the comment.',
      ],
      [{ ...ok, comments: { x: 'rien' } }, 'comments.x is not a criterion of the grid (accueil_sourire, accueil_delai, caisse_merci).'],
      [{ ...ok, site: '' }, 'site "" is not a text of 1 to 200 characters.'],
      [{ scores: ok.scores }, 'site is missing.'],
      [{ ...ok, visited_at: '2026-03-10 09:15' }, 'visited_at "2026-03-10 09:15" is not an ISO 8601 time with its offset, like 2026-03-05T14:02:11Z.'],
      [{ ...ok, visited_at: '2026-02-30T09:15:00Z' }, 'visited_at "2026-02-30T09:15:00Z" is not an ISO 8601 time with its offset, like 2026-03-05T14:02:11Z.'],
      [{ ...ok, visit_id: 'a/b' }, 'visit_id "a/b" is not 1 to 64 letters, digits, _ or -.'],
      [{ ...ok, auditor: 3 }, 'auditor 3 is not a text of 1 to 200 characters.'],
      [{ ...ok, grid: 'x' }, 'grid is not a field a visit takes (visit_id, site, visited_at, auditor, scores, comments).'],
      ['visit', 'The visit "visit" is not a JSON object.'],
    ];
    for (const [value, message] of cases) {
      const error = await refusal(value);
      expect(error, message).toBeInstanceOf(UsageError);
      expect(error.message).toBe(message);
    }
    expect((await refusal({ ...ok, scores: { accueil_sourire: 7 } })).inFrench()).toBe('scores.accueil_sourire 7 est supérieur au maximum du critère, 5.');
    expect((await refusal(ok, 'nope')).message).toBe('There is no audit grid "nope" in this workspace.');
    expect(await refusal(ok, 'nope')).toBeInstanceOf(NotFoundError);
    expect(await test.read('select * from audits')).toEqual([]);
    await archiveAuditGrid(store, workspaceId, grid);
    expect((await refusal(ok)).message).toBe(`The audit grid "${grid}" is archived: it takes no more visits.`);
  });

  it('lists, gets and updates grids, refusing a bad definition and an unknown id', async () => {
    const { store, workspaceId } = test;
    const grid = await createAuditGrid(store, workspaceId, TEST_GRID);
    await updateAuditGrid(store, workspaceId, grid, { ...TEST_GRID, name: 'Magasins' });
    expect((await getAuditGrid(store, workspaceId, grid)).definition.name).toBe('Magasins');
    expect((await listAuditGrids(store, workspaceId)).map((entry) => [entry.id, entry.name])).toEqual([[grid, 'Magasins']]);
    await expect(updateAuditGrid(store, workspaceId, grid, { ...TEST_GRID, name: '' })).rejects.toThrow('name "" is not a text of 1 to 200 characters.');
    await expect(updateAuditGrid(store, workspaceId, 'nope', TEST_GRID)).rejects.toThrow(NotFoundError);
    await expect(archiveAuditGrid(store, workspaceId, 'nope')).rejects.toThrow(NotFoundError);
    await expect(createAuditGrid(store, workspaceId, { name: 'x' })).rejects.toThrow('touchpoints is missing.');
  });
});
