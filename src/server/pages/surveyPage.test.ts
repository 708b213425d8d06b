import { describe, expect, it } from 'vitest';
import type { Language } from '../../output/language.js';
import { pageCount, type SurveyDefinition } from '../../services/surveys/surveyDefinition.js';
import { EVERY_QUESTION_SURVEY } from '../../test-support/surveyPageFixture.js';
import { definitionOf } from '../../test-support/surveyFixtures.js';
import { noticePage, type Problem, type SurveyForm, surveyFormPage, surveyHref } from './surveyPage.js';

const SURVEY = definitionOf(EVERY_QUESTION_SURVEY);

/** The form of `page` of `definition`, with values and refusals. */
async function render(
  language: Language,
  page: number,
  { definition = SURVEY, values = new Map(), problems = new Map() }: Partial<Pick<SurveyForm, 'definition' | 'values' | 'problems'>> = {},
) {
  const form: SurveyForm = {
    language,
    surveyId: 's_1',
    definition,
    page,
    pageCount: pageCount(definition),
    token: 'r_abc.signature',
    values,
    problems,
    links: { action: '/s/s_1', previous: page > 1 ? '/s/s_1?page=1' : undefined, otherLanguage: '/s/s_1?lang=en' },
  };
  return String(await surveyFormPage(form));
}

/** The markup of one question: its fieldset, or the block of a text or number question. */
function questionBlock(page: string, id: string): string {
  const match = new RegExp(`<(fieldset|div) class="q[^"]*"[^>]*>(?:(?!</fieldset>|</div></div>).)*?(id="q-${id}(-0)?")[\\s\\S]*?</(fieldset|div)>`, 's').exec(
    page,
  );
  if (match === null) throw new Error(`no block for ${id}`);
  return match[0];
}

describe('the survey page', () => {
  it('shows page 1 in French: title, introduction, progress, and each scale as a labelled radio group with its end labels', async () => {
    const page = await render('fr', 1);
    expect(page).toMatch(/^<!doctype html>\n<html lang="fr">/);
    expect(page).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(page).toContain('<h1>Votre expérience chez Maison Dupont</h1>');
    expect(page).toContain('Deux minutes suffisent.');
    expect(page).toContain('Page 1 sur 2');
    expect(page).not.toMatch(/<script|<link|src=|url\(/);

    const nps = questionBlock(page, 'nps');
    expect(nps).toMatch(
      /^<fieldset class="q" aria-describedby="q-nps-hint"><legend>Quelle est la probabilité .*<span class="req">\(obligatoire\)<\/span><\/legend>/,
    );
    expect(nps).toContain('0 = pas du tout probable · 10 = extrêmement probable');
    expect(nps.match(/<label><input type="radio" id="q-nps-\d+" name="a.nps" value="\d+" required>/g)).toHaveLength(11);

    const stars = questionBlock(page, 'stars');
    expect(stars.match(/type="radio"/g)).toHaveLength(5);
    expect(stars).toContain('<span class="sr">1 étoile sur 5</span>');
    expect(stars).toContain('<span class="sr">5 étoiles sur 5</span>');
    expect(stars).not.toContain('required');

    const smileys = questionBlock(page, 'smileys');
    expect(smileys.match(/<svg viewBox="0 0 24 24" aria-hidden="true"/g)).toHaveLength(5);
    for (const word of ['Très insatisfait', 'Insatisfait', 'Neutre', 'Satisfait', 'Très satisfait']) expect(smileys).toContain(`</svg>${word}</label>`);

    const effort = questionBlock(page, 'effort');
    expect(effort.match(/type="radio"/g)).toHaveLength(7);
    expect(effort).toContain('1 = très difficile · 7 = très facile');

    const delivery = questionBlock(page, 'delivery');
    expect(delivery.match(/type="radio"/g)).toHaveLength(10);
    expect(delivery).toContain('1 = la note la plus basse · 10 = la plus haute');

    const percent = questionBlock(page, 'percent');
    expect(percent).toMatch(/<label for="q-percent">Quelle part .*<\/label><p class="hint" id="q-percent-hint">Un nombre entier de 0 à 100\.<\/p>/);
    expect(percent).toContain(
      '<input type="number" id="q-percent" name="a.percent" inputmode="numeric" min="0" max="100" step="1" value="" aria-describedby="q-percent-hint">',
    );

    expect(page).toContain('<button type="submit">Suivant</button>');
    expect(page).not.toContain('Page précédente');
    expect(page).toContain('<p class="note">Les questions marquées (obligatoire) demandent une réponse.</p>');
  });

  it('shows page 2 in English: Likert, choice, multichoice and text, with the hidden fields and the honeypot', async () => {
    const page = await render('en', 2);
    expect(page).toMatch(/<html lang="en">/);
    expect(page).toContain('Page 2 of 2');
    expect(page).not.toContain('It takes two minutes.');

    const agree = questionBlock(page, 'agree');
    expect(agree).toMatch(/^<fieldset class="q"><legend>Our sales staff are competent\.<\/legend>/);
    for (const [value, words] of [
      [1, 'Strongly disagree'],
      [3, 'Neither agree nor disagree'],
      [5, 'Strongly agree'],
    ])
      expect(agree).toContain(`value="${value}">${value} – ${words}</label>`);

    const where = questionBlock(page, 'where');
    expect(where.match(/type="radio"/g)).toHaveLength(3);
    expect(where).toContain('<label><input type="radio" id="q-where-1" name="a.where" value="shop">In a shop</label>');

    const topics = questionBlock(page, 'topics');
    expect(topics).toMatch(/<legend>What did you like\?<\/legend><p class="hint" id="q-topics-hint">Tick all that apply\.<\/p>/);
    expect(topics.match(/<input type="checkbox" id="q-topics-\d" name="a.topics" value="\w+">/g)).toHaveLength(4);

    const why = questionBlock(page, 'why');
    expect(why).toContain(
      '<label for="q-why">Why this score? <span class="req">(required)</span></label><p class="hint" id="q-why-hint">At most 5,000 characters.</p>',
    );
    expect(why).toContain('<textarea id="q-why" name="a.why" rows="5" maxlength="5000" required aria-describedby="q-why-hint"></textarea>');

    expect(page).toContain('<input type="hidden" name="page" value="2"><input type="hidden" name="r" value="r_abc.signature">');
    expect(page).toContain(
      '<div class="hp" aria-hidden="true"><label for="hp-field">Leave this field empty</label><input id="hp-field" name="website" tabindex="-1" autocomplete="off"></div>',
    );
    expect(page).toContain('<form method="post" action="/s/s_1" novalidate>');
    expect(page).toContain('<button type="submit">Send my answers</button><a href="/s/s_1?page=1">Previous page</a>');
    expect(page).toContain('<a href="/s/s_1?lang=en" lang="fr" hreflang="fr">Français</a>');
  });

  it('shows the answers given, checked or filled in', async () => {
    const values = new Map([
      ['agree', ['4']],
      ['where', ['web']],
      ['topics', ['price', 'speed']],
      ['why', ['<b>Trop cher</b>']],
    ]);
    const page = await render('fr', 2, { values });
    expect(page).toContain('value="4" checked>');
    expect(page).toContain('value="web" checked>');
    expect(page.match(/name="a.topics" value="\w+" checked/g)).toEqual(['name="a.topics" value="price" checked', 'name="a.topics" value="speed" checked']);
    expect(page).toContain('>&lt;b&gt;Trop cher&lt;/b&gt;</textarea>');
  });

  it('lists the refused answers in a summary at the top, linked to their fields, and marks each field with its own message', async () => {
    const problems = new Map<string, Problem>([
      ['nps', { kind: 'missing' }],
      ['stars', { kind: 'invalid' }],
      ['smileys', { kind: 'invalid' }],
      ['percent', { kind: 'invalid' }],
    ]);
    const page = await render('fr', 1, { problems, values: new Map([['percent', ['101']]]) });
    expect(page).toContain('<title>Erreur\u00A0: Votre expérience chez Maison Dupont</title>');
    const summary = /<div class="summary" role="alert" aria-labelledby="summary-title" tabindex="-1">.*?<\/div>/s.exec(page)?.[0] ?? '';
    expect(summary.match(/<a href="#[^"]+">[^<]+<\/a>/g)).toEqual([
      '<a href="#q-nps-0">Quelle est la probabilité que vous recommandiez Maison Dupont à un ami ou un collègue\u00A0?\u00A0— Choisissez une note de 0 à 10.</a>',
      '<a href="#q-stars-0">Êtes-vous satisfait de votre dernier achat\u00A0?\u00A0— Choisissez de 1 à 5 étoiles.</a>',
      '<a href="#q-smileys-0">Êtes-vous satisfait de l&#39;accueil en magasin\u00A0?\u00A0— Choisissez l&#39;une des cinq réponses.</a>',
      '<a href="#q-percent">Quelle part de vos achats faites-vous chez nous\u00A0?\u00A0— Saisissez un nombre entier de 0 à 100.</a>',
    ]);
    expect(page.indexOf('class="summary"')).toBeLessThan(page.indexOf('<form'));
    const nps = questionBlock(page, 'nps');
    expect(nps).toMatch(/^<fieldset class="q bad" aria-describedby="q-nps-hint q-nps-error">/);
    expect(nps).toContain('<p class="err" id="q-nps-error"><span class="sr">Erreur\u00A0: </span>Choisissez une note de 0 à 10.</p>');
    expect(nps.match(/required aria-invalid="true">/g)).toHaveLength(11);
    expect(questionBlock(page, 'percent')).toContain('value="101" aria-invalid="true" aria-describedby="q-percent-hint q-percent-error">');
    expect(questionBlock(page, 'effort')).not.toContain('aria-invalid');
  });

  it('words each refusal in English too, a text too long with its length', async () => {
    const problems = new Map<string, Problem>([
      ['where', { kind: 'missing' }],
      ['topics', { kind: 'invalid' }],
      ['why', { kind: 'tooLong', length: 5123 }],
    ]);
    const page = await render('en', 2, { problems });
    expect(page).toContain('Choose one of the answers offered.</p>');
    expect(page).toContain('Tick only answers offered.</p>');
    expect(page).toContain('Your answer is 5,123 characters long; at most 5,000 are taken.</p>');
    const french = await render('fr', 2, { problems });
    expect(french).toContain('Votre réponse fait 5\u202F123 caractères\u00A0; 5\u202F000 au plus sont acceptés.</p>');
  });

  it('weighs at most 30 KB with every kind of question on one page, each refused, in both languages', async () => {
    const onePage: SurveyDefinition = { ...SURVEY, questions: SURVEY.questions.map((question) => ({ ...question, page: 1 })) };
    const problems = new Map<string, Problem>(SURVEY.questions.map((question) => [question.id, { kind: 'invalid' }]));
    for (const language of ['fr', 'en'] as const) {
      const page = await render(language, 1, { definition: onePage, problems });
      expect(page.match(/<(fieldset|div) class="q bad"/g)).toHaveLength(SURVEY.questions.length);
      const bytes = Buffer.byteLength(page);
      expect(bytes).toBeLessThanOrEqual(30 * 1024);
      expect(bytes).toBeGreaterThan(10 * 1024); // the count is of a whole page
    }
  });

  it('words the notices: thanks, closed, not open yet with its day, unknown survey, bad link, too many answers', async () => {
    const title = { fr: 'Votre avis', en: 'Your opinion' };
    const notice = async (language: Language, kind: Parameters<typeof noticePage>[0]['kind'], extra = {}) =>
      String(await noticePage({ language, kind, surveyTitle: title, ...extra }));
    expect(await notice('fr', 'closed')).toMatch(
      /<title>Cette enquête est close · Votre avis<\/title>[\s\S]*<h1>Votre avis<\/h1>\n<p class="notice">Cette enquête est close. Merci de votre intérêt.<\/p>/,
    );
    expect(await notice('en', 'closed')).toContain('<p class="notice">This survey is closed. Thank you for your interest.</p>');
    expect(await notice('fr', 'thanks')).toContain('<p class="notice">Merci\u00A0! Vos réponses sont enregistrées.');
    expect(await notice('fr', 'scheduled', { opensAt: '2031-03-01' })).toContain('Cette enquête ouvre le 1 mars 2031.');
    expect(await notice('en', 'scheduled', { opensAt: '2031-03-01' })).toContain('This survey opens on 1 March 2031.');
    expect(await notice('en', 'badLink', { restart: '/s/s_1' })).toContain('<p><a href="/s/s_1">Start the survey</a></p>');
    expect(await notice('fr', 'limited', { retryAfter: 3 })).toContain('Réessayez dans 3 secondes.');
    const unknown = String(await noticePage({ language: 'fr', kind: 'unknown' }));
    expect(unknown).toContain('<title>Enquête introuvable</title>');
    expect(unknown).not.toContain('class="lang"');
  });

  it('writes addresses with their parameters escaped, those undefined left out', () => {
    expect(surveyHref('s_1')).toBe('/s/s_1');
    expect(surveyHref('s 1/..', { page: 2, r: 'r_a.b+c', lang: undefined })).toBe('/s/s%201%2F..?page=2&r=r_a.b%2Bc');
  });
});
