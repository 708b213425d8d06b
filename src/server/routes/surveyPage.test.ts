import { expect, it } from 'vitest';
import { createInvitations, invitationLines } from '../../services/surveys/invitations.js';
import { barometerTemplate } from '../../services/surveys/barometer/barometerTemplate.js';
import { closeSurvey } from '../../services/surveys/manageSurveys.js';
import { signResponseToken, verifyResponseToken } from '../../services/surveys/responseToken.js';
import { describeEachEngine } from '../../test-support/engines.js';
import { surveyFixture } from '../../test-support/surveyFixtures.js';
import { EVERY_QUESTION_SURVEY } from '../../test-support/surveyPageFixture.js';
import { workspaceStore } from '../../test-support/workspaceStore.js';
import { workspaceSecret } from '../../store/workspaceSecrets.js';
import { findWorkspace } from '../../store/workspaces.js';
import { createApp } from '../createApp.js';
import { surveyPageRoutes } from './surveyPage.js';

// Every request of these tests comes from one address (none, in process): the per-address limit is tested on its own below.
process.env.BAROMETRE_ANSWER_RATE = '1000';

describeEachEngine('the survey page routes', (engine) => {
  const test = workspaceStore(engine, { workspace: 'shop' });

  /** The app and a new survey with every kind of question (or `value`). */
  async function opened(value: unknown = EVERY_QUESTION_SURVEY) {
    return { app: createApp(test.store), id: await surveyFixture(test.store, test.workspaceId, value) };
  }

  type App = ReturnType<typeof createApp>;

  /** POSTs a form (fields in order, names repeated for checkboxes) as a browser does. */
  const post = (app: App, path: string, fields: [string, string][], headers: Record<string, string> = {}) =>
    app.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams(fields).toString(),
    });

  /** The continuation token a page's form carries. */
  const tokenOf = (page: string) => /<input type="hidden" name="r" value="([^"]+)">/.exec(page)?.[1] ?? '';

  /** How many answer sets, answers and report rows the store holds, and the answer sets' state. */
  async function stored() {
    const sets = await test.read('select finished, channel, language from survey_responses');
    const answers = await test.read('select question_id, number, text from survey_answers order by question_id, position');
    const responses = await test.read('select nps, csat, comment from responses');
    return { sets, answers, responses };
  }

  const PAGE_1: [string, string][] = [
    ['page', '1'],
    ['a.nps', '9'],
    ['a.stars', '4'],
    ['a.effort', '6'],
    ['a.percent', ' 40 '],
  ];
  const PAGE_2: [string, string][] = [
    ['page', '2'],
    ['a.where', 'shop'],
    ['a.topics', 'price'],
    ['a.topics', 'speed'],
    ['a.why', 'Bon accueil'],
  ];

  it('takes the survey page by page: 303 to the next page with the token, the answers saved as it goes, then the thanks page', async () => {
    const { app, id } = await opened();
    const first = await app.request(`/s/${id}?lang=fr`);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toMatch(/^text\/html; charset=utf-8/i);
    expect(first.headers.get('cache-control')).toBe('no-store');
    expect(first.headers.get('content-security-policy')).toContain("style-src 'unsafe-inline'");
    const page1 = await first.text();
    expect(page1).toContain('<html lang="fr">');
    expect(page1).toContain('Page 1 sur 2');
    expect(page1).toContain(`<form method="post" action="/s/${id}?lang=fr" novalidate>`);
    const token = tokenOf(page1);
    expect(token).toMatch(/^r_[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/);
    expect(await stored()).toEqual({ sets: [], answers: [], responses: [] }); // showing a page stores nothing

    const saved = await post(app, `/s/${id}?lang=fr`, [...PAGE_1, ['r', token]]);
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe(`/s/${id}?page=2&r=${encodeURIComponent(token)}&lang=fr`);
    const partial = await stored();
    expect(partial.sets).toEqual([{ finished: false, channel: 'link', language: 'fr' }]);
    expect(partial.answers.map((row) => [row.question_id, row.number])).toEqual([
      ['effort', 6],
      ['nps', 9],
      ['percent', 40],
      ['stars', 4],
    ]);
    expect(partial.responses).toEqual([{ nps: 9, csat: 4, comment: null }]);

    const second = await app.request(saved.headers.get('location') ?? '');
    expect(second.status).toBe(200);
    expect(second.headers.get('cache-control')).toBe('no-store');
    const page2 = await second.text();
    expect(page2).toContain('Page 2 sur 2');
    expect(tokenOf(page2)).toBe(token);
    expect(page2).toContain(`<a href="/s/${id}?page=1&amp;r=${encodeURIComponent(token)}&amp;lang=fr">Page précédente</a>`);

    const done = await post(app, `/s/${id}?lang=fr`, [...PAGE_2, ['r', token]]);
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe(`/s/${id}?done=1&lang=fr`);
    const finished = await stored();
    expect(finished.sets).toEqual([{ finished: true, channel: 'link', language: 'fr' }]);
    expect(finished.answers.filter((row) => row.question_id === 'topics').map((row) => row.text)).toEqual(['price', 'speed']);
    expect(finished.responses).toEqual([{ nps: 9, csat: 4, comment: 'Bon accueil' }]);
    const thanks = await (await app.request(done.headers.get('location') ?? '')).text();
    expect(thanks).toContain('<p class="notice">Merci\u00A0! Vos réponses sont enregistrées.');
  });

  it('shows the answers already saved when a page is opened again with its token', async () => {
    const { app, id } = await opened();
    const token = tokenOf(await (await app.request(`/s/${id}`)).text());
    await post(app, `/s/${id}`, [...PAGE_1, ['r', token]]);
    await post(app, `/s/${id}`, [...PAGE_2, ['r', token]]);
    const page1 = await (await app.request(`/s/${id}?r=${encodeURIComponent(token)}&lang=en`)).text();
    expect(page1.match(/value="\d+" checked/g)).toEqual(['value="9" checked', 'value="4" checked', 'value="6" checked']);
    expect(page1).toContain('name="a.percent" inputmode="numeric" min="0" max="100" step="1" value="40"');
    const page2 = await (await app.request(`/s/${id}?page=2&r=${encodeURIComponent(token)}`)).text();
    expect(page2.match(/value="\w+" checked/g)).toEqual(['value="shop" checked', 'value="price" checked', 'value="speed" checked']);
    expect(page2).toContain('>Bon accueil</textarea>');
  });

  it('updates the same answer set when a page is sent twice (double click, back button), counting nothing twice', async () => {
    const { app, id } = await opened();
    const token = tokenOf(await (await app.request(`/s/${id}`)).text());
    for (const nps of ['9', '9', '3'])
      expect((await post(app, `/s/${id}`, [...PAGE_1.filter(([name]) => name !== 'a.nps'), ['a.nps', nps], ['r', token]])).status).toBe(303);
    for (let time = 0; time < 2; time++) expect((await post(app, `/s/${id}`, [...PAGE_2, ['r', token]])).status).toBe(303);
    // Back to page 1 once finished: still the same set, still finished.
    expect((await post(app, `/s/${id}`, [...PAGE_1, ['r', token]])).status).toBe(303);
    const { sets, answers, responses } = await stored();
    expect(sets).toEqual([{ finished: true, channel: 'link', language: 'en' }]);
    expect(answers.filter((row) => row.question_id === 'nps')).toEqual([{ question_id: 'nps', number: 9, text: null }]);
    expect(responses).toHaveLength(1);
    const cases = await test.read('select count(*) as n from followup_cases');
    expect(Number(cases[0]?.n)).toBe(1); // the one detractor answer (3) opened one case
  });

  it('starts a new answer set for a form sent without a token, and gives it a token for page 2', async () => {
    const { app, id } = await opened();
    const saved = await post(app, `/s/${id}`, PAGE_1);
    expect(saved.status).toBe(303);
    const token = new URL(saved.headers.get('location') ?? '', 'http://x').searchParams.get('r') ?? '';
    const { sets } = await stored();
    expect(sets).toHaveLength(1);
    const [row] = await test.read('select response_id from survey_responses');
    expect(await verifyResponseToken(test.store, test.workspaceId, id, token)).toBe(row?.response_id);
  });

  it('refuses a forged, altered or another survey’s token with a 400 page, and stores nothing', async () => {
    const { app, id } = await opened();
    const other = await surveyFixture(test.store, test.workspaceId, EVERY_QUESTION_SURVEY);
    const otherToken = await signResponseToken(test.store, test.workspaceId, other, 'r_AAAAAAAAAAAAAAAAAAAAAA');
    const good = await signResponseToken(test.store, test.workspaceId, id, 'r_AAAAAAAAAAAAAAAAAAAAAA');
    const altered = `r_BAAAAAAAAAAAAAAAAAAAAA${good.slice(good.indexOf('.'))}`;
    for (const token of ['r_AAAAAAAAAAAAAAAAAAAAAA.forged', otherToken, altered, 'no-dot', `${good}x`]) {
      const posted = await post(app, `/s/${id}?lang=en`, [...PAGE_1, ['r', token]]);
      expect(posted.status, token).toBe(400);
      expect(await posted.text()).toContain('This link to resume the survey is not valid.');
      expect((await app.request(`/s/${id}?lang=fr&r=${encodeURIComponent(token)}`)).status, token).toBe(400);
    }
    expect(await stored()).toEqual({ sets: [], answers: [], responses: [] });
    // Another workspace signs with its own secret: a token of one is nothing to the other.
    const elsewhere = (await findWorkspace(test.store, 'elsewhere', { create: true })).id;
    expect(await workspaceSecret(test.store, elsewhere, 'response-links')).not.toBe(await workspaceSecret(test.store, test.workspaceId, 'response-links'));
    expect(await verifyResponseToken(test.store, elsewhere, id, good)).toBeNull();
    expect(await verifyResponseToken(test.store, test.workspaceId, id, good)).toBe('r_AAAAAAAAAAAAAAAAAAAAAA');
  });

  it('keeps one secret per workspace and purpose, made once even when asked for at once', async () => {
    const secrets = await Promise.all([1, 2, 3].map(() => workspaceSecret(test.store, test.workspaceId, 'response-links')));
    expect(new Set(secrets).size).toBe(1);
    expect(Buffer.from(secrets[0] ?? '', 'base64url')).toHaveLength(32);
    expect(await workspaceSecret(test.store, test.workspaceId, 'other-purpose')).not.toBe(secrets[0]);
    expect(await test.read('select count(*) as n from workspace_secrets')).toEqual([{ n: 2 }]);
  });

  it('answers bad answers with the page again (400): a summary linking to each field, each field marked, the values typed kept', async () => {
    const { app, id } = await opened();
    const token = tokenOf(await (await app.request(`/s/${id}`)).text());
    const refused = await post(app, `/s/${id}?lang=fr`, [
      ['page', '1'],
      ['a.stars', '6'],
      ['a.effort', '4'],
      ['a.delivery', 'dix'],
      ['a.percent', '101'],
      ['r', token],
    ]);
    expect(refused.status).toBe(400);
    expect(refused.headers.get('cache-control')).toBe('no-store');
    const page = await refused.text();
    expect(page).toMatch(/<div class="summary" role="alert"/);
    expect(page.match(/<li><a href="#([^"]+)">/g)).toEqual(['q-nps-0', 'q-stars-0', 'q-delivery-0', 'q-percent'].map((field) => `<li><a href="#${field}">`));
    expect(page).toContain('Choisissez une note de 0 à 10.</p>');
    expect(page).toContain('Choisissez de 1 à 5 étoiles.</p>');
    expect(page).toContain('Saisissez un nombre entier de 0 à 100.</p>');
    expect(page).toContain('value="101" aria-invalid="true" aria-describedby="q-percent-hint q-percent-error">');
    expect(page).toContain('name="a.effort" value="4" checked>');
    expect(tokenOf(page)).toBe(token);

    const text = await post(app, `/s/${id}?lang=en`, [...PAGE_1, ['r', token]]);
    expect(text.status).toBe(303);
    const long = await post(app, `/s/${id}?lang=en`, [
      ['page', '2'],
      ['a.where', 'moon'],
      ['a.topics', 'price'],
      ['a.topics', 'nothing'],
      ['a.why', 'é'.repeat(5001)],
      ['r', token],
    ]);
    expect(long.status).toBe(400);
    const page2 = await long.text();
    expect(page2).toContain('Choose one of the answers offered.</p>');
    expect(page2).toContain('Tick only answers offered.</p>');
    expect(page2).toContain('Your answer is 5,001 characters long; at most 5,000 are taken.</p>');
    expect(page2).toContain(`>${'é'.repeat(5001)}</textarea>`);
    const missing = await post(app, `/s/${id}?lang=en`, [
      ['page', '2'],
      ['a.why', '   '],
      ['r', token],
    ]);
    expect(await missing.text()).toContain('Write your answer.</p>');
    // Only page 1 was saved.
    expect((await stored()).sets).toEqual([{ finished: false, channel: 'link', language: 'en' }]);
  });

  it('sends a respondent who skips a page with a required question back to it, saving nothing', async () => {
    const { app, id } = await opened();
    const skipped = await app.request(`/s/${id}?page=2&lang=en`);
    expect(skipped.status).toBe(303);
    expect(skipped.headers.get('location')).toBe(`/s/${id}?lang=en`);
    const token = tokenOf(await (await app.request(`/s/${id}`)).text());
    const posted = await post(app, `/s/${id}`, [...PAGE_2, ['r', token]]);
    expect(posted.status).toBe(303);
    expect(posted.headers.get('location')).toBe(`/s/${id}?r=${encodeURIComponent(token)}`);
    expect((await stored()).sets).toEqual([]);
    for (const page of ['3', '0', 'x', '']) {
      expect((await app.request(`/s/${id}?page=${page}`)).status, page).toBe(400);
      expect((await post(app, `/s/${id}`, [['page', page]])).status, page).toBe(400);
    }
  });

  it('answers a filled honeypot as if the answers were saved, and stores nothing', async () => {
    const { app, id } = await opened();
    const posted = await post(app, `/s/${id}?lang=fr`, [...PAGE_1, ['website', 'http://spam.example']]);
    expect(posted.status).toBe(303);
    expect(posted.headers.get('location')).toBe(`/s/${id}?done=1&lang=fr`);
    expect(await stored()).toEqual({ sets: [], answers: [], responses: [] });
  });

  it('limits the answers per client address: 429 with Retry-After, a page in the respondent’s language', async () => {
    const id = await surveyFixture(test.store, test.workspaceId, EVERY_QUESTION_SURVEY);
    const app = createApp(test.store, surveyPageRoutes({ rate: 0.01, burst: 2 }));
    for (let time = 0; time < 2; time++) expect((await post(app, `/s/${id}`, PAGE_1)).status).toBe(303);
    const limited = await post(app, `/s/${id}`, PAGE_1, { 'accept-language': 'fr-FR,fr;q=0.9' });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await limited.text()).toMatch(/<html lang="fr">[\s\S]*Trop de réponses ont été envoyées depuis cette adresse/);
    expect((await stored()).sets).toHaveLength(2);
    expect((await app.request(`/s/${id}`)).status).toBe(200); // showing the page is not limited
  });

  it('says politely that a survey is closed (410), not open yet (200; 409 to an answer) or unknown (404), storing nothing', async () => {
    const { app, id } = await opened();
    await closeSurvey(test.store, test.workspaceId, id, new Date());
    const past = await surveyFixture(test.store, test.workspaceId, { ...EVERY_QUESTION_SURVEY, opensAt: '2020-01-01', closesAt: '2020-12-31' });
    const future = await surveyFixture(test.store, test.workspaceId, { ...EVERY_QUESTION_SURVEY, opensAt: '2099-06-01' });
    for (const closed of [id, past]) {
      const page = await app.request(`/s/${closed}`, { headers: { 'accept-language': 'fr-CA,fr;q=0.8,en;q=0.5' } });
      expect(page.status).toBe(410);
      expect(await page.text()).toContain('<p class="notice">Cette enquête est close. Merci de votre intérêt.</p>');
      const answer = await post(app, `/s/${closed}?lang=en`, PAGE_1);
      expect(answer.status).toBe(410);
      expect(await answer.text()).toContain('<p class="notice">This survey is closed. Thank you for your interest.</p>');
    }
    const scheduled = await app.request(`/s/${future}?lang=en`);
    expect(scheduled.status).toBe(200);
    expect(await scheduled.text()).toContain('This survey opens on 1 June 2099.');
    expect((await post(app, `/s/${future}`, PAGE_1)).status).toBe(409);
    for (const unknown of ['s_nothere', 'a%20b', 'x'.repeat(80)]) {
      const missing = await app.request(`/s/${unknown}?lang=fr`);
      expect(missing.status).toBe(404);
      expect(missing.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await missing.text()).toContain('Il n&#39;y a pas d&#39;enquête à cette adresse.');
      expect((await post(app, `/s/${unknown}`, PAGE_1)).status).toBe(404);
    }
    expect(await stored()).toEqual({ sets: [], answers: [], responses: [] });
  });

  it('saves on a survey without the link channel under its first channel, in the language of Accept-Language', async () => {
    const { app, id } = await opened({ ...EVERY_QUESTION_SURVEY, channels: ['email', 'phone'] });
    const posted = await post(app, `/s/${id}`, PAGE_1, { 'accept-language': 'de-DE, fr;q=0.7' });
    expect(posted.status).toBe(303);
    expect(posted.headers.get('location')).toMatch(new RegExp(`^/s/${id}\\?page=2&r=[^&]+$`));
    expect((await stored()).sets).toEqual([{ finished: false, channel: 'email', language: 'fr' }]);
  });

  it('answers a body past 64 KiB with a page (413), storing nothing', async () => {
    const { app, id } = await opened();
    const posted = await post(app, `/s/${id}?lang=en`, [
      ['page', '2'],
      ['a.why', 'x'.repeat(70_000)],
    ]);
    expect(posted.status).toBe(413);
    expect(await posted.text()).toContain('Your answers are too long to be sent at once.');
    expect(await stored()).toEqual({ sets: [], answers: [], responses: [] });
  });

  it('answers a personal link page by page as its invitation: its answer set, customer, attributes and language on every page; a forged link is refused', async () => {
    const { app, id } = await opened({ ...EVERY_QUESTION_SURVEY, channels: ['link', 'email'] });
    await createInvitations(
      test.store,
      test.workspaceId,
      id,
      [{ email: 'ana@example.fr', customerId: 'c42', language: 'fr', attributes: { store: 'Lyon' } }],
      new Date(),
    );
    const { lines } = await invitationLines(test.store, test.workspaceId, id, 'https://enquetes.example');
    const link = new URL(String(lines[0]?.link));
    const first = await app.request(`${link.pathname}${link.search}`);
    expect(first.status).toBe(200);
    const page1 = await first.text();
    expect(page1).toContain('<html lang="fr">');
    const token = tokenOf(page1);
    expect(token).toMatch(/^i_/);
    const saved = await post(app, `/s/${id}`, [...PAGE_1, ['r', token]]);
    expect(saved.status).toBe(303);
    expect((await post(app, `/s/${id}`, [...PAGE_2, ['r', token]])).status).toBe(303);
    const rows = await test.read('select response_id, customer_id, channel, cast(attributes as text) as attributes from responses');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ response_id: `i_${lines[0]?.invitation_id}`, customer_id: 'c42', channel: 'email' });
    expect(JSON.parse(String(rows[0]?.attributes))).toMatchObject({ store: 'Lyon' });
    expect(await test.read('select finished, invitation_id from survey_responses')).toEqual([{ finished: true, invitation_id: lines[0]?.invitation_id }]);
    // The same link opened again shows the saved answers, and answering again updates the one answer set.
    expect(await (await app.request(`${link.pathname}${link.search}`)).text()).toMatch(/value="9"[^>]*checked/);
    const forged = await app.request(`/s/${id}?t=${link.searchParams.get('t')!.slice(0, -2)}xx`);
    expect(forged.status).toBe(400);
  });

  it('shows the employee barometer’s agreement items as labelled radio groups in both languages, refuses an answer off the scale, and takes team, site and seniority from the personal link', async () => {
    const { app, id } = await opened(barometerTemplate());
    const french = await (await app.request(`/s/${id}?lang=fr`)).text();
    expect(french).toMatch(/<fieldset class="q"[^>]*><legend>La plupart des jours, je commence ma journée de travail avec énergie\.<\/legend>/);
    for (const words of ["1 – Pas du tout d'accord", "5 – Tout à fait d'accord"]) expect(french).toContain(words.replace("'", '&#39;'));
    expect(french.match(/name="a\.eng_energy"/g)).toHaveLength(5);
    const english = await (await app.request(`/s/${id}?lang=en`)).text();
    expect(english).toMatch(/<legend>Most days, I start my working day with energy\.<\/legend>/);
    expect(english).toContain('5 – Strongly agree');
    const refused = await post(app, `/s/${id}?lang=fr`, [
      ['page', '1'],
      ['r', tokenOf(french)],
      ['a.enps', '8'],
      ['a.eng_energy', '6'],
    ]);
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('aria-invalid="true"');
    expect((await stored()).sets).toEqual([]);
    await createInvitations(
      test.store,
      test.workspaceId,
      id,
      [{ email: 'lea@maison.example', language: 'fr', attributes: { team: 'logistique', site: 'Orléans', seniority: '1 à 3 ans' } }],
      new Date(),
    );
    const { lines } = await invitationLines(test.store, test.workspaceId, id, 'https://enquetes.example');
    const link = new URL(String(lines[0]?.link));
    const page1 = await (await app.request(`${link.pathname}${link.search}`)).text();
    expect(
      (
        await post(app, `/s/${id}`, [
          ['page', '1'],
          ['r', tokenOf(page1)],
          ['a.enps', '8'],
          ['a.eng_energy', '4'],
          ['a.eng_leave', '2'],
        ])
      ).status,
    ).toBe(303);
    const rows = await test.read('select nps, population, customer_id, cast(attributes as text) as attributes from responses');
    expect(rows).toMatchObject([{ nps: 8, population: 'employee', customer_id: null }]);
    expect(JSON.parse(String(rows[0]?.attributes))).toMatchObject({ team: 'logistique', site: 'Orléans', seniority: '1 à 3 ans' });
    expect((await stored()).answers).toEqual([
      { question_id: 'eng_energy', number: 4, text: null },
      { question_id: 'eng_leave', number: 2, text: null },
      { question_id: 'enps', number: 8, text: null },
    ]);
  });
});
