import { expect, it } from 'vitest';
import { buildReport } from '../../services/report/buildReport.js';
import { parseReportQuery } from '../../services/report/reportQuery.js';
import { answerSurvey } from '../../services/surveys/answerSurvey.js';
import { loadSurvey } from '../../services/surveys/loadSurvey.js';
import { csrfFieldOf } from '../../test-support/cookieJar.js';
import { describeEachEngine } from '../../test-support/engines.js';
import { signedIn } from '../../test-support/signedIn.js';
import { CUSTOMER_SURVEY, surveyFixture } from '../../test-support/surveyFixtures.js';
import { workspaceStore } from '../../test-support/workspaceStore.js';

/** A face-to-face survey with a multichoice question: what the form sends several values for. */
const STREET_SURVEY = {
  title: { fr: 'Sortie de magasin', en: 'Shop exit' },
  audience: 'customers',
  channels: ['link', 'face-to-face'],
  opensAt: '2026-01-01',
  questions: [
    { id: 'reco', type: 'nps', label: { fr: 'Recommanderiez-vous ?', en: 'Would you recommend?' }, required: true },
    {
      id: 'rayons',
      type: 'multichoice',
      label: { fr: 'Rayons visités', en: 'Aisles visited' },
      options: [
        { id: 'frais', label: { fr: 'Frais', en: 'Fresh' } },
        { id: 'bio', label: { fr: 'Bio', en: 'Organic' } },
        { id: 'vrac', label: { fr: 'Vrac', en: 'Bulk' } },
      ],
    },
    { id: 'pourquoi', type: 'text', page: 2, label: { fr: 'Pourquoi ?', en: 'Why?' } },
  ],
};

describeEachEngine('the interviewer’s form', (engine) => {
  const test = workspaceStore(engine, { workspace: 'shop' });

  /** A browser signed in as an editor of shop (her address written Ana@Shop.fr, kept so as the interviewer), and a survey of shop (CUSTOMER_SURVEY, open, unless `value` says). */
  async function interviewer(value?: unknown) {
    const ana = (await signedIn(test.store, 'editor', { email: 'Ana@Shop.fr', displayName: 'Ana' })).browser;
    return { ana, surveyId: await surveyFixture(test.store, test.workspaceId, value) };
  }

  /** The hidden fields of a form page: its CSRF token and answer set id. */
  const hidden = (page: string) => ({ csrf: csrfFieldOf(page), response_id: /name="response_id" value="([^"]+)"/.exec(page)?.[1] ?? '' });

  it('shows every question on one page in French and English, with the survey’s interview channels, the language and the customer id', async () => {
    const { ana, surveyId } = await interviewer();
    const french = await ana.request(`/surveys/${surveyId}/interview?lang=fr`);
    expect(french.status).toBe(200);
    const page = await french.text();
    expect(page).toMatch(/<html lang="fr">/);
    expect(page).toContain('<h1>Entretien — Votre avis</h1>');
    // Questions of pages 1 and 2 together.
    for (const label of ['Recommanderiez-vous ?', 'Satisfait ?', 'Canal']) expect(page).toContain(`<legend>${label}`);
    expect(page).toContain('<label for="q-q4">Pourquoi ?');
    const nps = [...page.matchAll(/<input type="radio" id="q-q1-\d+" name="a\.q1" value="(\d+)" required>/g)].map((match) => match[1]);
    expect(nps).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    // Of link, email and phone, only the phone is an interview channel.
    expect([...page.matchAll(/name="channel" value="([^"]+)"/g)].map((match) => match[1])).toEqual(['phone']);
    expect(page).toContain('<option value="fr" selected>Français</option>');
    expect(page).toContain('<label for="customer_id">Identifiant client</label>');
    expect(hidden(page).response_id).toMatch(/^r_[A-Za-z0-9_-]{22}$/);
    for (const [, id] of page.matchAll(/<(?:input|select) id="([^"]+)"/g)) expect(page, id).toContain(`<label for="${id}">`);
    const english = await (await ana.request(`/surveys/${surveyId}/interview`, { headers: { 'accept-language': 'en' } })).text();
    expect(english).toContain('<h1>Interview — Your opinion</h1>');
    expect(english).toContain('>phone</label>');
    expect(hidden(english).response_id).not.toBe(hidden(page).response_id);
    // The survey's page in the app leads editors to the form and to its detractors' cases.
    const detail = await (await ana.request(`/surveys/${surveyId}?lang=fr`)).text();
    expect(detail).toContain(`<a href="/surveys/${surveyId}/interview?lang=fr">Saisir un entretien par téléphone ou en face à face</a>`);
    expect(detail).toContain(`<a href="/followups?lang=fr&amp;survey=${surveyId}">Suivre ses détracteurs</a>`);
    const missing = await ana.request('/surveys/nope/interview?lang=en');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('There is no such survey in this workspace.');
  });

  it('records an interview once however often it is sent, with the interviewer’s e-mail address and the channel, then confirms (303)', async () => {
    const { ana, surveyId } = await interviewer();
    const page = await (await ana.request(`/surveys/${surveyId}/interview?lang=fr`)).text();
    const form = {
      ...hidden(page),
      channel: 'phone',
      language: 'en',
      customer_id: ' c-42 ',
      'a.q1': '4',
      'a.q2': '',
      'a.q3': 'shop',
      'a.q4': 'Trop d’attente',
    };
    for (let sending = 0; sending < 2; sending++) {
      const sent = await ana.postForm(`/surveys/${surveyId}/interview?lang=fr`, form);
      expect(sent.status).toBe(303);
      expect(sent.headers.get('location')).toBe(`/surveys/${surveyId}/interview?lang=fr&recorded=1`);
    }
    const confirmed = await (await ana.request(`/surveys/${surveyId}/interview?lang=fr&recorded=1`)).text();
    expect(confirmed).toContain('L’entretien est enregistré');
    expect(confirmed).toContain(`<a href="/surveys/${surveyId}/interview?lang=fr">Saisir l’entretien suivant</a>`);
    expect(await test.read('select response_id, channel, language, interviewer, finished from survey_responses')).toEqual([
      { response_id: form.response_id, channel: 'phone', language: 'en', interviewer: 'Ana@Shop.fr', finished: true },
    ]);
    expect(await test.read('select customer_id, channel, nps, comment from responses')).toEqual([
      { customer_id: 'c-42', channel: 'phone', nps: 4, comment: 'Trop d’attente' },
    ]);
    // A detractor interviewed opens a follow-up case like any other.
    expect(await test.read('select status from followup_cases')).toEqual([{ status: 'open' }]);
  });

  it('shows the form again with the refusal and the values sent (400), and refuses an id that is no form’s', async () => {
    const { ana, surveyId } = await interviewer();
    const page = await (await ana.request(`/surveys/${surveyId}/interview?lang=fr`)).text();
    const form = { ...hidden(page), channel: 'phone', language: 'fr', customer_id: 'c-9', 'a.q2': '4', 'a.q4': 'Accueil froid' };
    const refused = await ana.postForm(`/surveys/${surveyId}/interview?lang=fr`, form);
    expect(refused.status).toBe(400);
    const again = await refused.text();
    expect(again).toContain('Des réponses manquent ou ne sont pas acceptées');
    expect(again).toContain('Choisissez une note de 0 à 10.');
    expect(again).toContain('name="a.q2" value="4" checked');
    expect(again).toContain('>Accueil froid</textarea>');
    expect(again).toContain('value="c-9"');
    expect(again).toContain(`name="response_id" value="${form.response_id}"`);
    const forged = await ana.postForm(`/surveys/${surveyId}/interview?lang=en`, { ...form, 'a.q1': '9', response_id: 'r_1' });
    expect(forged.status).toBe(400);
    expect(await forged.text()).toContain('response_id &quot;r_1&quot; is not an answer set id drawn by the form: reload the form.');
    const byLink = await ana.postForm(`/surveys/${surveyId}/interview?lang=en`, { ...form, 'a.q1': '9', channel: 'link' });
    expect(await byLink.text()).toContain('channel &quot;link&quot; is not an interview channel of this survey (phone).');
    // An id already answered through the public link is not the interviewer's to overwrite.
    const survey = (await loadSurvey(test.store, test.workspaceId, surveyId))!;
    const online = await answerSurvey(test.store, survey, { answers: { q1: 10 }, channel: 'link', language: 'fr' }, new Date());
    const overwrite = await ana.postForm(`/surveys/${surveyId}/interview?lang=fr`, { ...form, 'a.q1': '1', response_id: online.responseId });
    expect(overwrite.status).toBe(400);
    expect(await overwrite.text()).toContain('response_id désigne une réponse qui n&#39;a pas été saisie en entretien');
    expect(await test.read('select channel, nps from responses')).toEqual([{ channel: 'link', nps: 10 }]);
  });

  it('takes several options of a multichoice question face to face, and has no customer id on an employee survey', async () => {
    const { ana, surveyId } = await interviewer(STREET_SURVEY);
    const page = await (await ana.request(`/surveys/${surveyId}/interview?lang=fr`)).text();
    expect([...page.matchAll(/name="channel" value="([^"]+)"/g)].map((match) => match[1])).toEqual(['face-to-face']);
    const body = new URLSearchParams({ ...hidden(page), channel: 'face-to-face', language: 'fr', customer_id: '', 'a.reco': '9' });
    body.append('a.rayons', 'frais');
    body.append('a.rayons', 'vrac');
    const sent = await ana.request(`/surveys/${surveyId}/interview?lang=fr`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost' },
      body: body.toString(),
    });
    expect(sent.status).toBe(303);
    expect(await test.read("select question_id, position, text from survey_answers where question_id = 'rayons' order by position")).toEqual([
      { question_id: 'rayons', position: 0, text: 'frais' },
      { question_id: 'rayons', position: 1, text: 'vrac' },
    ]);
    expect(await test.read('select customer_id, channel from responses')).toEqual([{ customer_id: null, channel: 'face-to-face' }]);
    const employees = await surveyFixture(test.store, test.workspaceId, { ...STREET_SURVEY, audience: 'employees' });
    const employeePage = await (await ana.request(`/surveys/${employees}/interview?lang=fr`)).text();
    expect(employeePage).not.toContain('customer_id');
    expect(await (await ana.request(`/surveys/${employees}?lang=fr`)).text()).not.toContain('/followups');
  });

  it('refuses a survey with neither phone nor face to face, saying so (409)', async () => {
    const { ana, surveyId } = await interviewer({ ...CUSTOMER_SURVEY, closesAt: undefined, channels: ['link', 'widget'] });
    expect(await (await ana.request(`/surveys/${surveyId}?lang=fr`)).text()).not.toContain('/interview');
    const refused = await ana.request(`/surveys/${surveyId}/interview?lang=fr`);
    expect(refused.status).toBe(409);
    expect(await refused.text()).toContain(
      'Cette enquête ne prend pas d’entretiens\u00A0: ses canaux (lien, widget sur le site) ne comptent ni le téléphone ni le face à face.',
    );
    expect((await ana.postForm(`/surveys/${surveyId}/interview?lang=en`, { csrf: 'x' })).status).toBe(403);
  });

  it('lets the report split interview answers from link answers by channel', async () => {
    const { ana, surveyId } = await interviewer();
    // Two phone interviews (NPS 9 and 3) and three link answers (10, 10, 6).
    for (const nps of ['9', '3']) {
      const page = await (await ana.request(`/surveys/${surveyId}/interview?lang=fr`)).text();
      expect((await ana.postForm(`/surveys/${surveyId}/interview?lang=fr`, { ...hidden(page), channel: 'phone', language: 'fr', 'a.q1': nps })).status).toBe(
        303,
      );
    }
    const survey = (await loadSurvey(test.store, test.workspaceId, surveyId))!;
    for (const nps of [10, 10, 6]) await answerSurvey(test.store, survey, { answers: { q1: nps }, channel: 'link', language: 'fr' }, new Date());
    const report = await buildReport(test.store, test.workspaceId, parseReportQuery({ where: [`survey_id=${surveyId}`], by: 'channel' }));
    const byChannel = Object.fromEntries((report.groups ?? []).map((group) => [group.key, group.indicators.nps]));
    // Phone: 1 promoter, 1 detractor of 2 → 0. Link: 2 promoters, 1 detractor of 3 → 33.3.
    expect(byChannel.phone).toMatchObject({ n: 2, promoters: 1, detractors: 1, value: 0 });
    expect(byChannel.link).toMatchObject({ n: 3, promoters: 2, detractors: 1 });
    expect(byChannel.link?.value).toBeCloseTo(33.333, 3);
    expect(Object.keys(byChannel).sort()).toEqual(['link', 'phone']);
    expect(await test.read('select interviewer, count(*) as n from survey_responses group by interviewer order by interviewer nulls last')).toEqual([
      { interviewer: 'Ana@Shop.fr', n: 2 },
      { interviewer: null, n: 3 },
    ]);
  });
});
