import { expect, it } from 'vitest';
import { answerSurvey } from '../../services/surveys/answerSurvey.js';
import { loadSurvey } from '../../services/surveys/loadSurvey.js';
import { csrfFieldOf } from '../../test-support/cookieJar.js';
import { describeEachEngine } from '../../test-support/engines.js';
import { signedIn } from '../../test-support/signedIn.js';
import { surveyFixture } from '../../test-support/surveyFixtures.js';
import { workspaceStore } from '../../test-support/workspaceStore.js';

describeEachEngine('follow-up cases over HTTP: the API and the page', (engine) => {
  const test = workspaceStore(engine, { workspace: 'shop' });

  /** A browser signed in as an editor of shop, with the session's CSRF token, and two detractors' cases (NPS 2, then 5 an hour later). */
  async function editor() {
    const member = await signedIn(test.store, 'editor', { email: 'ana@shop.fr', displayName: 'Ana' });
    const ana = member.browser;
    const surveyId = await surveyFixture(test.store, test.workspaceId);
    const survey = (await loadSurvey(test.store, test.workspaceId, surveyId))!;
    const early = new Date(Date.now() - 3_600_000);
    const first = await answerSurvey(
      test.store,
      survey,
      { answers: { q1: 2, q4: 'Livraison en retard' }, channel: 'link', language: 'fr', customerId: 'c-17' },
      early,
    );
    const second = await answerSurvey(
      test.store,
      survey,
      { answers: { q1: 5, q4: '<script>alert(1)</script>' }, channel: 'phone', language: 'fr' },
      new Date(),
    );
    return { ana, csrf: member.headers['x-csrf-token'], userId: member.userId, surveyId, first: first.responseId, second: second.responseId };
  }

  it('lists cases for members with their answer, and changes one for an editor, refusing bad changes naming the field', async () => {
    const { ana, csrf, userId, surveyId, first, second } = await editor();
    const listed = await ana.request(`/api/followups?survey=${surveyId}&status=open`);
    expect(listed.status).toBe(200);
    const body = (await listed.json()) as { cases: Record<string, unknown>[]; truncated: boolean };
    expect(body.truncated).toBe(false);
    expect(body.cases.map((found) => found.responseId)).toEqual([second, first]);
    expect(body.cases[1]).toMatchObject({ nps: 2, comment: 'Livraison en retard', customerId: 'c-17', channel: 'link', status: 'open', owner: null });
    const patch = (id: string, change: unknown) =>
      ana.request(`/api/followups/${id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
        body: JSON.stringify(change),
      });
    const changed = await patch(first, { status: 'contacted', owner: 'ana@shop.fr', note: 'Appelée, remboursement proposé' });
    expect(changed.status).toBe(200);
    expect(await changed.json()).toMatchObject({
      responseId: first,
      status: 'contacted',
      owner: { id: userId, email: 'ana@shop.fr', displayName: 'Ana' },
      note: 'Appelée, remboursement proposé',
      contactedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
      resolvedAt: null,
    });
    expect((await (await ana.request(`/api/followups?owner=${userId}`)).json()) as { cases: unknown[] }).toMatchObject({ cases: [{ responseId: first }] });
    const refused = await patch(first, { status: 'done' });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toEqual({ error: 'status "done" is not open, contacted, resolved.' });
    expect(await (await patch(first, { owner: 'nobody@else.fr' })).json()).toEqual({
      error: `owner "nobody@else.fr" is not a member of this workspace (give a member's user id or e-mail address).`,
    });
    const missing = await patch('r_unknown', { status: 'resolved' });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: 'The workspace has no follow-up case on the answer set "r_unknown".' });
    const badFilter = await ana.request('/api/followups?from=2026-13-01');
    expect(badFilter.status).toBe(400);
    expect(await badFilter.json()).toEqual({ error: 'from "2026-13-01" is not a calendar date written YYYY-MM-DD.' });
    expect((await ana.request('/api/followups?colour=red')).status).toBe(400);
  });

  it('shows the list in French and English with the 48-hour share, and updates a case from its form, back to the list with its filters', async () => {
    const { ana, userId, surveyId, first, second } = await editor();
    const french = await ana.request(`/followups?lang=fr&survey=${surveyId}`);
    expect(french.status).toBe(200);
    const page = await french.text();
    expect(page).toMatch(/<html lang="fr">/);
    expect(page).toContain('<h1>Suivi des détracteurs</h1>');
    // Neither case is 48 hours old nor contacted: none can be judged yet.
    expect(page).toContain('Détracteurs rappelés sous 48\u00A0heures\u00A0: aucun cas à juger');
    expect(page).toContain('<legend>NPS 2 · Votre avis</legend>');
    expect(page).toContain('«\u00A0Livraison en retard\u00A0»');
    expect(page).toMatch(/Client: c-17 · Canal: lien · Ouvert: il y a 1\u00A0h/);
    expect(page).toContain(`<option value="${surveyId}" selected>Votre avis</option>`);
    expect(page).toContain(`<option value="${userId}">Ana (ana@shop.fr)</option>`);
    expect(page).toContain(`action="/followups/${first}?lang=fr&amp;survey=${surveyId}"`);
    for (const [, id] of page.matchAll(/<(?:input|textarea|select) id="([^"]+)"/g)) expect(page, id).toContain(`<label for="${id}">`);
    const english = await (await ana.request('/followups', { headers: { 'accept-language': 'en' } })).text();
    expect(english).toContain('<h1>Follow-up of detractors</h1>');
    expect(english).toContain('Customer: no customer id · Channel: phone');
    expect(english).toContain('“Livraison en retard”');
    expect(english).toContain('“&lt;script&gt;alert(1)&lt;/script&gt;”');
    expect(english).not.toContain('<script>');

    const form = { csrf: csrfFieldOf(page), status: 'contacted', owner: String(userId), note: 'Rappel fait' };
    const saved = await ana.postForm(`/followups/${first}?lang=fr&survey=${surveyId}`, form);
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe(`/followups?lang=fr&survey=${surveyId}`);
    const after = await (await ana.request(`/followups?lang=fr&survey=${surveyId}&status=contacted`)).text();
    // Contacted within 48 hours: 1 of 1.
    expect(after).toContain('Détracteurs rappelés sous 48\u00A0heures\u00A0: 100\u00A0% (1 sur 1\u00A0;');
    expect(after).toContain('Statut: Contacté · Responsable: Ana');
    expect(after).toContain('>Rappel fait</textarea>');
    expect(after).not.toContain(`/followups/${second}?`);

    const tooLong = await ana.postForm(`/followups/${second}?lang=fr`, { ...form, note: 'x'.repeat(2001) });
    expect(tooLong.status).toBe(400);
    const refusedPage = await tooLong.text();
    expect(refusedPage).toMatch(/<p class="error" role="alert">note &quot;x+… is not a text of at most 2000 characters, or null\.<\/p>/);
    expect(refusedPage).toContain(`>${'x'.repeat(2001)}</textarea>`);
    expect((await ana.postForm(`/followups/${second}?lang=fr`, { ...form, csrf: 'forged' })).status).toBe(403);
    const unknown = await ana.postForm('/followups/r_nope?lang=en', form);
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain('There is no such follow-up case in this workspace.');
    const badFilter = await ana.request('/followups?lang=fr&status=fini');
    expect(badFilter.status).toBe(400);
    expect(await badFilter.text()).toContain('status &quot;fini&quot; n&#39;est pas l&#39;une des valeurs open, contacted, resolved.');
  });
});
