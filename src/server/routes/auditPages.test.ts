import { expect, it } from 'vitest';
import { createAuditGrid } from '../../services/audits/auditGrids.js';
import { TEST_GRID } from '../../test-support/auditGrid.js';
import { csrfFieldOf } from '../../test-support/cookieJar.js';
import { describeEachEngine } from '../../test-support/engines.js';
import { signedIn } from '../../test-support/signedIn.js';
import { workspaceStore } from '../../test-support/workspaceStore.js';

describeEachEngine('the visit form an auditor fills in on site', (engine) => {
  const test = workspaceStore(engine, { workspace: 'shop' });

  /** A browser signed in as an editor of shop, and a grid of shop. */
  async function auditor() {
    const ana = (await signedIn(test.store, 'editor', { email: 'ana@shop.fr', displayName: 'Ana' })).browser;
    return { ana, grid: await createAuditGrid(test.store, test.workspaceId, TEST_GRID) };
  }

  it('lists the grids and shows the form in French and in English, every input labelled', async () => {
    const { ana, grid } = await auditor();
    const list = await (await ana.request('/audits?lang=fr')).text();
    expect(list).toMatch(/<h1>Grilles d&#39;audit<\/h1>/);
    expect(list).toContain(`href="/audits/${grid}/visit?lang=fr"`);
    const french = await ana.request(`/audits/${grid}/visit?lang=fr`);
    expect(french.status).toBe(200);
    const page = await french.text();
    expect(page).toMatch(/<html lang="fr">/);
    expect(page).toMatch(/<meta name="viewport" content="width=device-width, initial-scale=1">/);
    expect(page).toContain('<h1>Visite — Boutiques 2026</h1>');
    expect(page).toContain('<legend>Accueil</legend>');
    expect(page).toContain('<legend>Le vendeur sourit <small>(Note, de 0 à 5)</small></legend>');
    // Buttons 0…5 and "not applicable", one required choice.
    const sourire = [...page.matchAll(/<label><input type="radio" name="score\.accueil_sourire" value="([^"]+)" required>([^<]+)<\/label>/g)];
    expect(sourire.map((match) => match[1])).toEqual(['0', '1', '2', '3', '4', '5', 'na']);
    expect(sourire.at(-1)?.[2]).toBe('Sans objet');
    expect(page).toMatch(/<input id="auditor" name="auditor" maxlength="200" autocomplete="name" value="Ana">/);
    // Every input or text area that is not hidden or wrapped in its label has a <label for>.
    for (const [, id] of page.matchAll(/<(?:input|textarea|select) id="([^"]+)"/g)) expect(page, id).toContain(`<label for="${id}">`);
    const english = await (await ana.request(`/audits/${grid}/visit`, { headers: { 'accept-language': 'en-GB' } })).text();
    expect(english).toMatch(/<html lang="en">/);
    expect(english).toContain('<legend>Welcome</legend>');
    expect(english).toContain('<legend>The seller smiles <small>(Score, from 0 to 5)</small></legend>');
    expect(english).toContain('>Not applicable</label>');
    expect(english).toContain('<label for="comment-caisse_merci">Comment</label>');
    const missing = await ana.request('/audits/nope/visit?lang=en');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('There is no such audit grid in this workspace.');
  });

  it('records the visit once however often the form is sent, and shows a refusal with the values kept', async () => {
    const { ana, grid } = await auditor();
    const page = await (await ana.request(`/audits/${grid}/visit?lang=fr`)).text();
    const visitId = /name="visit_id" value="([^"]+)"/.exec(page)?.[1] as string;
    const form = {
      csrf: csrfFieldOf(page),
      visit_id: visitId,
      site: 'Lyon Part-Dieu',
      visited_at: '2026-03-10T09:15',
      offset: '+01:00',
      auditor: 'Ana',
      'score.accueil_sourire': '4',
      'score.accueil_delai': 'na',
      'score.caisse_merci': '2,5',
      'comment.accueil_sourire': 'Très souriant',
    };
    const refused = await ana.postForm(`/audits/${grid}/visit?lang=fr`, { ...form, 'score.accueil_sourire': '7' });
    expect(refused.status).toBe(400);
    const again = await refused.text();
    expect(again).toContain('scores.accueil_sourire 7 est supérieur au maximum du critère, 5.');
    expect(again).toContain('value="Lyon Part-Dieu"');
    expect(again).toContain('value="na" required checked');
    expect(again).toContain('>Très souriant</textarea>');
    expect(await test.read('select * from audits')).toEqual([]);
    expect((await ana.postForm(`/audits/${grid}/visit?lang=fr`, { ...form, csrf: 'forged' })).status).toBe(403);
    for (let sending = 0; sending < 2; sending++) {
      const recorded = await ana.postForm(`/audits/${grid}/visit?lang=fr`, form);
      expect(recorded.status).toBe(200);
      expect(await recorded.text()).toContain('La visite de Lyon Part-Dieu est enregistrée');
    }
    const rows = await test.read(
      'select visit_id, criterion, site, cast(visited_at as text) as visited_at, score, touchpoint, cast(attributes as text) as attributes from audits order by criterion',
    );
    expect(rows.map((row) => [row.visit_id, row.criterion, row.site, row.score, row.touchpoint])).toEqual([
      [visitId, 'accueil_sourire', 'Lyon Part-Dieu', 4, 'accueil'],
      [visitId, 'caisse_merci', 'Lyon Part-Dieu', 2.5, 'caisse'],
    ]);
    expect(String(rows[0]?.visited_at)).toMatch(/^2026-03-10 08:15:00/);
    expect(JSON.parse(String(rows[0]?.attributes))).toEqual({ grid, auditor: 'Ana', comment: 'Très souriant' });
  });
});
