import { expect, it } from 'vitest';
import { answerSurvey } from '../../services/surveys/answerSurvey.js';
import { loadSurvey } from '../../services/surveys/loadSurvey.js';
import { listSurveys, surveyDetails } from '../../services/surveys/manageSurveys.js';
import { csrfFieldOf } from '../../test-support/cookieJar.js';
import { describeEachEngine } from '../../test-support/engines.js';
import { signedIn } from '../../test-support/signedIn.js';
import { CUSTOMER_SURVEY, surveyFixture } from '../../test-support/surveyFixtures.js';
import { workspaceStore } from '../../test-support/workspaceStore.js';

const NBSP = '\u00A0';

/** The fields of a survey form describing a customer survey: an NPS, an empty row, a choice with three options, a rating, a last empty row. */
const FORM = {
  title_fr: 'Après votre achat',
  title_en: 'After your purchase',
  theme: 'Livraison',
  intro_fr: 'Deux minutes',
  intro_en: '',
  audience: 'customers',
  'channel.link': 'on',
  'channel.email': 'on',
  opens_at: '',
  closes_at: '2099-12-31',
  target: '400',
  promoters: '',
  detractors: '',
  satisfied: '',
  rows: '5',
  'q0.id': 'q1',
  'q0.type': 'nps',
  'q0.label_fr': 'Nous recommanderiez-vous ?',
  'q0.label_en': 'Would you recommend us?',
  'q0.required': 'on',
  'q0.page': '',
  'q1.id': '',
  'q1.type': 'nps',
  'q1.label_fr': '',
  'q1.label_en': '',
  'q2.id': 'canal',
  'q2.type': 'choice',
  'q2.label_fr': 'Par où ?',
  'q2.label_en': 'Which way?',
  'q2.page': '2',
  'q2.options': 'web | Site | Website\r\n\r\n  shop | Magasin  \r\nphone|Téléphone',
  'q3.id': 'note',
  'q3.type': 'rating',
  'q3.label_fr': 'Une note',
  'q3.label_en': '',
  'q3.page': '2',
  'q3.min': '1',
  'q3.max': '10',
  'q4.type': 'text',
};

/** The definition {@link FORM} stands for, as stored. */
const STORED = {
  title: { fr: 'Après votre achat', en: 'After your purchase' },
  theme: 'Livraison',
  introduction: { fr: 'Deux minutes', en: 'Deux minutes' },
  audience: 'customers',
  channels: ['link', 'email'],
  closesAt: '2099-12-31',
  targetSample: 400,
  questions: [
    { id: 'q1', type: 'nps', label: { fr: 'Nous recommanderiez-vous ?', en: 'Would you recommend us?' }, required: true, page: 1, min: 0, max: 10 },
    {
      id: 'canal',
      type: 'choice',
      label: { fr: 'Par où ?', en: 'Which way?' },
      required: false,
      page: 2,
      options: [
        { id: 'web', label: { fr: 'Site', en: 'Website' } },
        { id: 'shop', label: { fr: 'Magasin', en: 'Magasin' } },
        { id: 'phone', label: { fr: 'Téléphone', en: 'Téléphone' } },
      ],
    },
    { id: 'note', type: 'rating', label: { fr: 'Une note', en: 'Une note' }, required: false, page: 2, min: 1, max: 10 },
  ],
};

describeEachEngine('the survey pages of the app', (engine) => {
  const test = workspaceStore(engine, { workspace: 'shop' });

  /** A browser signed in as a member of shop with `role`. */
  async function member(role: 'viewer' | 'editor' = 'editor') {
    return (await signedIn(test.store, role)).browser;
  }

  /** The fields of the form a page shows, with its CSRF token. */
  const formOf = (page: string, fields: Record<string, string>) => ({ csrf: csrfFieldOf(page), ...fields });

  it('shows every page in French and in English, every input labelled, the target with the margin it will give', async () => {
    const eve = await member();
    const id = await surveyFixture(test.store, test.workspaceId);
    const french = await (await eve.request('/surveys?lang=fr')).text();
    expect(french).toMatch(/<html lang="fr">/);
    expect(french).toContain('<h1>Enquêtes</h1>');
    expect(french).toContain(`<a href="/surveys/${id}?lang=fr">Votre avis</a>`);
    expect(french).toContain('<strong>ouverte</strong> · clients · du 2026-03-01 jusqu’à sa fermeture');
    expect(french).toContain(`400 réponses visées → NPS${NBSP}±${NBSP}9,8${NBSP}points, CSAT${NBSP}±${NBSP}4,9${NBSP}points`);
    expect(french).toContain('aucune réponse terminée pour l’instant');
    expect(french).toContain(`<a href="/s/${id}">http://localhost/s/${id}</a>`);
    expect(french).toContain(`action="/surveys/${id}/close?lang=fr"`);
    const english = await (await eve.request('/surveys', { headers: { 'accept-language': 'en-GB' } })).text();
    expect(english).toMatch(/<html lang="en">/);
    expect(english).toContain(`400 answers aimed at → NPS${NBSP}±${NBSP}9.8${NBSP}points, CSAT${NBSP}±${NBSP}4.9${NBSP}points`);
    expect(english).toContain('<strong>open</strong> · customers · from 2026-03-01 until closed');
    for (const lang of ['fr', 'en']) {
      for (const path of ['/surveys/new', `/surveys/${id}/edit`, `/surveys/${id}`]) {
        const response = await eve.request(`${path}?lang=${lang}`);
        expect(response.status, path).toBe(200);
        const page = await response.text();
        expect(page).toMatch(new RegExp(`<html lang="${lang}">`));
        for (const [, input] of page.matchAll(/<(?:input|textarea|select) id="([^"]+)"/g)) expect(page, `${path} ${input}`).toContain(`<label for="${input}">`);
      }
    }
    const edit = await (await eve.request(`/surveys/${id}/edit?lang=fr`)).text();
    expect(edit).toContain('<h1>Modifier — Votre avis</h1>');
    expect(edit).toContain(`400 réponses visées → NPS${NBSP}±${NBSP}9,8${NBSP}points`);
    expect(edit).toMatch(/<textarea id="q2\.options" name="q2\.options" rows="3">web \| Site \| Website\nshop \| Magasin \| Shop<\/textarea>/);
    // The four questions of the survey and three empty rows.
    expect(edit).toContain('name="rows" value="7"');
    const detail = await (await eve.request(`/surveys/${id}?lang=en`)).text();
    expect(detail).toContain('<h1>Your opinion</h1>');
    expect(detail).toContain(`href="/api/report?where=survey_id%3D${id}"`);
    expect(detail).toContain('<strong>Would you recommend?</strong>');
    expect(detail).toContain('<li><code>shop</code> Shop</li>');
    const missing = await eve.request('/surveys/nope?lang=en');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('There is no such survey in this workspace.');
  });

  it('shows the list to a viewer, without the actions, and refuses them the forms', async () => {
    const vic = await member('viewer');
    const id = await surveyFixture(test.store, test.workspaceId);
    const list = await vic.request('/surveys?lang=en');
    expect(list.status).toBe(200);
    const page = await list.text();
    expect(page).toContain('Your opinion');
    expect(page).not.toContain('<form');
    expect(page).not.toContain('/edit');
    expect((await vic.request(`/surveys/${id}`)).status).toBe(200);
    expect((await vic.request('/surveys/new')).status).toBe(403);
    expect((await vic.request(`/surveys/${id}/edit`)).status).toBe(403);
    const { csrfToken: csrf } = (await (await vic.request('/api/me')).json()) as { csrfToken: string };
    for (const path of ['/surveys/new', `/surveys/${id}/edit`, `/surveys/${id}/duplicate`, `/surveys/${id}/close`]) {
      expect((await vic.postForm(path, { csrf, ...FORM })).status, path).toBe(403);
    }
    expect((await listSurveys(test.store, test.workspaceId, new Date())).map((survey) => survey.state)).toEqual(['open']);
  });

  it('creates the survey the fields describe, empty rows left out and options read one a line', async () => {
    const eve = await member();
    const form = formOf(await (await eve.request('/surveys/new?lang=fr')).text(), FORM);
    expect((await eve.postForm('/surveys/new?lang=fr', { ...form, csrf: 'forged' })).status).toBe(403);
    const created = await eve.postForm('/surveys/new?lang=fr', form);
    expect(created.status).toBe(303);
    const location = created.headers.get('location') ?? '';
    const id = /^\/surveys\/(s[a-z0-9]{12})\?lang=fr&notice=created$/.exec(location)?.[1] as string;
    expect(id, location).toBeDefined();
    expect((await surveyDetails(test.store, test.workspaceId, id, new Date())).definition).toEqual(STORED);
    const page = await (await eve.request(location)).text();
    expect(page).toContain('<p class="notice" role="status">L’enquête est créée.</p>');
    expect(page).toContain('<h1>Après votre achat</h1>');
    // NPS only: the CSAT margin is not shown.
    expect(page).toContain(`400 réponses visées → NPS${NBSP}±${NBSP}9,8${NBSP}points</dd>`);
  });

  it('starts a draft from the employee barometer: its items editable, removable, saved only when sent', async () => {
    const eve = await member();
    const list = await (await eve.request('/surveys?lang=fr')).text();
    expect(list).toContain('href="/surveys/new?lang=fr&amp;template=barometer">Partir du baromètre interne</a>');
    const response = await eve.request('/surveys/new?lang=fr&template=barometer');
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(await listSurveys(test.store, test.workspaceId, new Date())).toEqual([]);
    for (const [, input] of page.matchAll(/<(?:input|textarea|select) id="([^"]+)"/g)) expect(page, input).toContain(`<label for="${input}">`);
    expect(page).toContain('value="Baromètre interne"');
    expect(page).toMatch(/<option value="employees" selected>/);
    // The eNPS question, the 33 items and the comment, then three empty rows.
    expect(page).toContain('name="rows" value="38"');
    expect(page).toContain('<input id="q0.id" name="q0.id" value="enps"');
    expect(page).toContain('<input id="q1.label_fr" name="q1.label_fr" value="La plupart des jours, je commence ma journée de travail avec énergie."');
    expect(page).toContain('<input id="q1.dimension" name="q1.dimension" value="engagement" maxlength="64" list="barometer-dimensions">');
    expect(page).toContain('<option value="workload">Charge de travail et bien-être</option>');
    expect(page).toMatch(/<input type="checkbox" name="q5\.reverse" checked>/);
    // Edited: one label changed, one item moved to another dimension, eng_leave (q5) un-reversed, eng_absorbed and eng_pride (q3, q4) removed.
    const fields = Object.fromEntries(
      [...page.matchAll(/<input id="([^"]+)" name="[^"]+" value="([^"]*)"/g)].map((match) => [
        match[1]!,
        match[2]!.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&'),
      ]),
    );
    const checked = Object.fromEntries([...page.matchAll(/<input type="checkbox" name="([^"]+)" checked>/g)].map((match) => [match[1]!, 'on']));
    const types = Object.fromEntries(
      [...page.matchAll(/<select id="(q\d+\.type)"[^>]*>[\s\S]*?<option value="([a-z]+)" selected>/g)].map((match) => [match[1]!, match[2]!]),
    );
    const audience = 'employees';
    const form = formOf(page, {
      ...fields,
      ...checked,
      ...types,
      audience,
      rows: '38',
      'q1.label_en': 'Most mornings, I start work with energy.',
      'q2.dimension': 'growth',
      'q5.reverse': '',
      'q3.remove': 'on',
      'q4.remove': 'on',
    });
    const created = await eve.postForm('/surveys/new?lang=fr', form);
    expect(created.status, await created.clone().text()).toBe(303);
    const id = /^\/surveys\/(s[a-z0-9]{12})/.exec(created.headers.get('location') ?? '')?.[1] as string;
    const { definition } = await surveyDetails(test.store, test.workspaceId, id, new Date());
    expect(definition.audience).toBe('employees');
    expect(definition.questions).toHaveLength(33);
    expect(definition.questions.map((question) => question.id)).not.toContain('eng_absorbed');
    expect(definition.questions.map((question) => question.id)).not.toContain('eng_pride');
    expect(definition.questions.find((question) => question.id === 'eng_energy')?.label.en).toBe('Most mornings, I start work with energy.');
    expect(definition.questions.find((question) => question.id === 'eng_meaning')?.dimension).toBe('growth');
    expect(definition.questions.find((question) => question.id === 'eng_leave')).toMatchObject({ dimension: 'engagement' });
    expect(definition.questions.find((question) => question.id === 'eng_leave')?.reverse).toBeUndefined();
    expect(definition.questions.find((question) => question.id === 'mgt_support')).toMatchObject({ type: 'likert', dimension: 'management' });
    expect(definition.questions.find((question) => question.id === 'wl_rush')).toMatchObject({ reverse: true });
  });

  it('refuses a survey template that does not exist with 400 and one sentence, in French too', async () => {
    const eve = await member();
    const english = await eve.request('/surveys/new?lang=en&template=gallup');
    expect(english.status).toBe(400);
    expect(await english.text()).toContain('There is no survey template &quot;gallup&quot;; the templates are: barometer.');
    const french = await eve.request('/surveys/new?lang=fr&template=gallup');
    expect(french.status).toBe(400);
    expect(await french.text()).toContain(`Il n’y a pas de modèle d’enquête &quot;gallup&quot;${NBSP}; les modèles sont${NBSP}: barometer.`);
  });

  it('shows the form again with the refusal beside its field and the values kept, or with more rows, or with the margin', async () => {
    const eve = await member();
    const form = formOf(await (await eve.request('/surveys/new?lang=en')).text(), FORM);
    const badScale = await eve.postForm('/surveys/new?lang=en', { ...form, 'q3.min': '5', 'q3.max': '3' });
    expect(badScale.status).toBe(400);
    const refused = await badScale.text();
    // The rating is the third question, from the form's fourth row.
    const message = 'questions[2].max 3 does not make a scale with min 5: max must be above min, by at most 100.';
    expect(refused).toContain(`<p class="error" role="alert">The survey was not saved: Question 4 — ${message}</p>`);
    const row = refused.slice(refused.indexOf('<legend>Question 4</legend>'), refused.indexOf('<legend>Question 5</legend>'));
    expect(row).toContain(`<p class="error">${message}</p>`);
    expect(row).toContain('name="q3.min" value="5"');
    expect(refused).toContain('value="Après votre achat"');
    expect(refused).toContain('<option value="rating" selected>');
    const noLabel = await eve.postForm('/surveys/new?lang=fr', { ...form, 'q2.options': 'web | Site | Website\nshop' });
    expect(noLabel.status).toBe(400);
    const again = await noLabel.text();
    const choiceRow = again.slice(again.indexOf('<legend>Question 3</legend>'), again.indexOf('<legend>Question 4</legend>'));
    expect(choiceRow).toContain('<p class="error">questions[1].options[1].label is missing.</p>');
    expect(choiceRow).toContain('rows="3">web | Site | Website\nshop</textarea>');
    expect(again).toContain(
      '<p class="error" role="alert">L’enquête n’a pas été enregistrée\u00A0: Question 3 — questions[1].options[1].label is missing.</p>',
    );
    const noQuestion = await eve.postForm('/surveys/new?lang=en', { csrf: form.csrf, title_fr: 'Vide', audience: 'customers', 'channel.link': 'on' });
    expect(noQuestion.status).toBe(400);
    expect(await noQuestion.text()).toMatch(
      /<h2>Questions<\/h2>\n<p><small>[^<]+<\/small><\/p>\n<p class="error">questions \[\] is not a list of 1 to 100 questions\.<\/p>/,
    );
    expect(await listSurveys(test.store, test.workspaceId, new Date())).toEqual([]);
    const more = await eve.postForm('/surveys/new?lang=en', { ...form, action: 'more' });
    expect(more.status).toBe(200);
    const wider = await more.text();
    expect(wider).toContain('name="rows" value="8"');
    expect(wider).toContain('<legend>Question 8</legend>');
    expect(wider).toContain('value="After your purchase"');
    const margin = await eve.postForm('/surveys/new?lang=fr', { ...form, target: '1000', 'q1.type': 'csat', 'q1.id': 'q2', satisfied: '80', action: 'margin' });
    expect(margin.status).toBe(200);
    expect(await margin.text()).toContain(
      `<p class="margin" role="status">1${'\u202F'}000 réponses visées → NPS${NBSP}±${NBSP}6,2${NBSP}points, CSAT${NBSP}±${NBSP}2,5${NBSP}points</p>`,
    );
    expect(await listSurveys(test.store, test.workspaceId, new Date())).toEqual([]);
  });

  it('edits in place, then makes a new version once answered, saying why; duplicates and closes', async () => {
    const eve = await member();
    const id = await surveyFixture(test.store, test.workspaceId, { ...CUSTOMER_SURVEY, opensAt: undefined, closesAt: undefined });
    const edit = async (changes: Record<string, string>) => {
      const page = await (await eve.request(`/surveys/${id}/edit?lang=fr`)).text();
      const fields = Object.fromEntries(
        [...page.matchAll(/<input (?:id="[^"]+"|type="hidden") name="([^"]+)" value="([^"]*)"/g)].map(([, name, value]) => [name, value]),
      );
      const checked = Object.fromEntries([...page.matchAll(/<input type="checkbox" name="([^"]+)" checked>/g)].map(([, name]) => [name, 'on']));
      const selected = Object.fromEntries(
        [...page.matchAll(/<select id="([^"]+)"[^>]*>(.*?)<\/select>/gs)].map(([, name, options]) => [
          name,
          /<option value="([^"]*)" selected>/.exec(options ?? '')?.[1] ?? '',
        ]),
      );
      const areas = Object.fromEntries([...page.matchAll(/<textarea id="([^"]+)"[^>]*>([^<]*)<\/textarea>/g)].map(([, name, text]) => [name, text]));
      return eve.postForm(`/surveys/${id}/edit?lang=fr`, { ...fields, ...checked, ...selected, ...areas, ...changes });
    };
    // The form shows the survey as it is: sent back untouched, it stores the same definition.
    const before = (await surveyDetails(test.store, test.workspaceId, id, new Date())).definition;
    const unchanged = await edit({});
    expect(unchanged.headers.get('location')).toBe(`/surveys/${id}?lang=fr&notice=saved`);
    expect((await surveyDetails(test.store, test.workspaceId, id, new Date())).definition).toEqual(before);
    const renamed = await edit({ title_fr: 'Votre avis compte' });
    expect(renamed.status).toBe(303);
    expect(renamed.headers.get('location')).toBe(`/surveys/${id}?lang=fr&notice=saved`);
    expect(await surveyDetails(test.store, test.workspaceId, id, new Date())).toMatchObject({ version: 1, title: { fr: 'Votre avis compte' } });
    const survey = await loadSurvey(test.store, test.workspaceId, id);
    if (survey === null) throw new Error('The survey is gone.');
    await answerSurvey(test.store, survey, { answers: { q1: 9, q2: 4 }, channel: 'link', language: 'fr' }, new Date());
    const rescaled = await edit({ 'q1.type': 'rating', 'q1.min': '1', 'q1.max': '10', 'q1.display': '' });
    expect(rescaled.headers.get('location')).toBe(`/surveys/${id}?lang=fr&notice=version`);
    const notice = await (await eve.request(rescaled.headers.get('location') ?? '')).text();
    expect(notice).toContain(
      'Une nouvelle version 2 a été créée\u00A0: la question q2 a changé de type (csat → rating). Les réponses déjà données restent à la version à laquelle elles ont répondu.',
    );
    expect(notice).toContain('<dd>2, créée parce que la question q2 a changé de type (csat → rating)</dd>');
    const duplicated = await eve.postForm(`/surveys/${id}/duplicate?lang=en`, { csrf: csrfFieldOf(notice), back: 'list' });
    expect(duplicated.status).toBe(303);
    expect(duplicated.headers.get('location')).toBe('/surveys?lang=en&notice=duplicated');
    expect(await (await eve.request('/surveys?lang=en&notice=duplicated')).text()).toContain('A copy of the survey is created, at the top of the list.');
    const closed = await eve.postForm(`/surveys/${id}/close?lang=fr`, { csrf: csrfFieldOf(notice), back: 'detail' });
    expect(closed.headers.get('location')).toBe(`/surveys/${id}?lang=fr&notice=closed`);
    const closedPage = await (await eve.request(`/surveys/${id}?lang=fr&notice=closed`)).text();
    expect(closedPage).toContain('L’enquête est fermée\u00A0: elle ne prend plus de réponses.');
    expect(closedPage).not.toContain(`/surveys/${id}/close`);
    const twice = await eve.postForm(`/surveys/${id}/close`, { csrf: csrfFieldOf(notice) });
    expect(twice.headers.get('location')).toBe('/surveys?notice=alreadyClosed');
    const states = (await listSurveys(test.store, test.workspaceId, new Date())).map((summary) => [summary.id === id, summary.state, summary.version]);
    expect(states.sort()).toEqual([
      [false, 'open', 1],
      [true, 'closed', 2],
    ]);
    expect((await eve.postForm('/surveys/nope/close', { csrf: csrfFieldOf(notice) })).status).toBe(404);
  });
});
