import type { Context } from 'hono';
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { Localised } from '../../errors/errors.js';
import type { Language } from '../../output/language.js';
import type { Margins, SurveySummary } from '../../services/surveys/manageSurveys.js';
import { interviewChannels } from '../../services/surveys/recordInterview.js';
import { BAROMETER_DIMENSION_IDS, BAROMETER_DIMENSIONS } from '../../services/surveys/barometer/barometerBank.js';
import { SURVEY_TEMPLATE_NAMES } from '../../services/surveys/surveyTemplates.js';
import { AUDIENCES, CHANNELS, type Question, QUESTION_TYPES, type SurveyDefinition } from '../../services/surveys/surveyDefinition.js';
import { CSRF_FIELD } from '../auth/csrf.js';
import { surveyFollowupsPath } from './followupPages.js';
import { keptParameters } from './keptParameters.js';
import { renderPage } from './renderPage.js';
import { channelField, EMPTY_ROWS, type FormValues, questionField, rowCount } from './surveyFormFields.js';

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/**
 * The survey pages' own layout: fields side by side where there is room (one under the other
 * on a phone), figures as a two-column list, the actions in a row, secondary buttons lighter.
 */
const STYLE = `body{max-width:44rem}.pair,.triple{display:grid;gap:0 1rem}@media(min-width:34rem){.pair{grid-template-columns:1fr 1fr}.triple{grid-template-columns:1fr 1fr 1fr}.pair .scale{margin-top:2.4rem}}
.pair .scale label{margin:0}p.error{margin:.25rem 0}p.notice{background:#e7f3e8;border-left:4px solid #2b7a3b;padding:.5rem .75rem}
section.survey{border-top:1px solid #bbb;margin-top:1.5rem}section.survey h2{margin-bottom:.25rem}dl{display:grid;grid-template-columns:auto 1fr;gap:.25rem 1rem;margin:.75rem 0}
dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere}.actions{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center}.actions form{margin:0}.actions button{margin:0;padding:.3rem .8rem}button.danger{color:#a00;border-color:#a00}
button.secondary{background:#f4f4f4;border:1px solid #888;border-radius:.3rem}a.button{display:inline-block;padding:.5rem 1.2rem;border:1px solid #1a5fb4;border-radius:.3rem}
details{margin-top:1rem}summary{cursor:pointer;font-weight:600}p.margin{font-weight:600;margin:.75rem 0 0}ol.questions>li{margin:.75rem 0}`;

/** A decimal number for people: a decimal comma in French, a point in English, one decimal. */
function decimal(value: number, language: Language): string {
  return value.toLocaleString(language === 'fr' ? 'fr-FR' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/** A count for people: grouped with a narrow no-break space in French (`1 200`), with a comma in English. */
function count(value: number, language: Language): string {
  return value.toLocaleString(language === 'fr' ? 'fr-FR' : 'en-GB');
}

/** The margins of error as a phrase: "NPS ± 9,8 points, CSAT ± 4,9 points", or '' when the survey measures neither. */
export function marginsText(margins: Margins, language: Language): string {
  const parts: string[] = [];
  if (margins.nps !== null) parts.push(`NPS\u00A0±\u00A0${decimal(margins.nps, language)}\u00A0points`);
  if (margins.csat !== null) parts.push(`CSAT\u00A0±\u00A0${decimal(margins.csat, language)}\u00A0points`);
  return parts.join(', ');
}

const TEXT = {
  en: {
    listTitle: 'Surveys',
    none: 'No survey yet.',
    newSurvey: 'Create a survey',
    fromBarometer: 'Start from the employee barometer',
    unknownTemplate: (name: string) => `There is no survey template ${JSON.stringify(name)}; the templates are: ${SURVEY_TEMPLATE_NAMES.join(', ')}.`,
    states: { open: 'open', scheduled: 'not open yet', closed: 'closed' },
    audiences: { customers: 'customers', employees: 'employees' } as Record<string, string>,
    channels: { link: 'public link', email: 'e-mail', widget: 'on-site widget', phone: 'phone', 'face-to-face': 'face to face' } as Record<string, string>,
    dates: (from: string | null, until: string | null) =>
      `${from === null ? 'from its creation' : `from ${from}`} ${until === null ? 'until closed' : `to ${until}`}`,
    answers: 'Answers',
    answered: (finished: string, begun: string) => `${finished} finished (${begun} begun)`,
    rate: 'Response rate',
    rateOf: (rate: string, invitations: string) => `${rate} % of ${invitations} invitations`,
    noInvitation: 'no invitation sent',
    target: 'Target sample',
    noTarget: 'none set',
    aimed: (answers: string) => `${answers} answers aimed at`,
    reached: 'Margin reached',
    reachedNone: 'no finished answer yet',
    reachedOf: (margins: string, finished: string) => `${margins} (${finished} finished answers)`,
    link: 'Public link',
    version: 'Version',
    versionWhy: (version: number, reason: string) => `${version}, made because ${reason}`,
    edit: 'Edit',
    duplicate: 'Duplicate (a copy with no answers)',
    close: 'Close: take no more answers',
    details: 'Details',
    back: 'All surveys',
    questions: 'Questions',
    page: (page: number) => `page ${page}`,
    required: 'required',
    scale: (min: number, max: number) => `${min} to ${max}`,
    reversed: 'reversed',
    report: 'Report of its answers (JSON)',
    interview: 'Enter a phone or face-to-face interview',
    followups: 'Follow up its detractors',
    unknown: 'There is no such survey in this workspace.',
    notices: {
      created: 'The survey is created.',
      saved: 'The survey is saved.',
      version: (version: number, reason: string | null) =>
        `A new version ${version} was made${reason === null ? '' : `: ${reason}`}. The answers already given stay with the version they answered.`,
      duplicated: 'A copy of the survey is created, at the top of the list.',
      closed: 'The survey is closed: it takes no more answers.',
      alreadyClosed: 'The survey was closed already.',
    } as const,
    // The form
    newTitle: 'New survey',
    editTitle: (title: string) => `Edit — ${title}`,
    notSaved: 'The survey was not saved:',
    about: 'The survey',
    titleFr: 'Title in French',
    titleEn: 'Title in English',
    bothHint: 'A text given in one language only is shown in both.',
    theme: 'Theme',
    themeHint: 'What the survey is about, in the survey plan’s words (optional).',
    introFr: 'Introduction in French',
    introEn: 'Introduction in English',
    audience: 'Audience',
    channelsLegend: 'Channels',
    opensAt: 'First day',
    closesAt: 'Last day',
    datesHint: 'Optional: empty, the survey takes answers from its creation until it is closed.',
    plan: 'Sample plan',
    targetLabel: 'Target sample (answers)',
    expected: 'Expected shares, in %',
    expectedHint: 'Optional. They set the margins of error shown beside the target; left empty, the margins are those of the worst case (50 %), the widest.',
    promoters: 'Promoters (NPS 9–10)',
    detractors: 'Detractors (NPS 0–6)',
    satisfied: 'Satisfied (CSAT 4–5)',
    computeMargin: 'Compute the margin',
    marginNone: 'Give a target sample to see the margin of error it will give.',
    marginNoIndicator: 'No NPS or CSAT question yet: the margin is computed for those.',
    questionsHint: `Rows left empty or ticked "Remove this question" are ignored. Dimensions of the employee barometer: ${BAROMETER_DIMENSION_IDS.join(', ')}. Options, for a choice question: one a line, written id | label in French | label in English.`,
    question: (n: number) => `Question ${n}`,
    id: 'Id',
    idHint: 'Letters, digits, _ or -, unique in the survey: q1, delivery…',
    type: 'Type',
    types: {
      nps: 'NPS (0–10)',
      csat: 'CSAT (1–5)',
      ces: 'CES (1–7)',
      rating: 'Rating (your scale)',
      likert: 'Agreement, Likert (1–5)',
      choice: 'One choice',
      multichoice: 'Several choices',
      text: 'Text',
    } as Record<string, string>,
    labelFr: 'Question in French',
    labelEn: 'Question in English',
    requiredLabel: 'Required',
    pageLabel: 'Page',
    settings: 'Settings of some types',
    min: 'Lowest score (rating)',
    max: 'Highest score (rating)',
    display: 'Shown as (CSAT)',
    displays: { '': '—', stars: 'stars', smileys: 'smileys' } as Record<string, string>,
    dimension: 'Dimension (Likert)',
    reverse: 'Worded against the dimension (Likert)',
    remove: 'Remove this question',
    options: 'Options (choices), one a line: id | French | English',
    more: `Add ${EMPTY_ROWS} more questions`,
    create: 'Create the survey',
    save: 'Save the survey',
    saveHint: 'Once the survey has answers, a change of audience, type, scale, dimension or option makes a new version; its public link stays.',
  },
  fr: {
    listTitle: 'Enquêtes',
    none: 'Aucune enquête pour l’instant.',
    newSurvey: 'Créer une enquête',
    fromBarometer: 'Partir du baromètre interne',
    unknownTemplate: (name: string) =>
      `Il n’y a pas de modèle d’enquête ${JSON.stringify(name)}\u00A0; les modèles sont\u00A0: ${SURVEY_TEMPLATE_NAMES.join(', ')}.`,
    states: { open: 'ouverte', scheduled: 'pas encore ouverte', closed: 'fermée' },
    audiences: { customers: 'clients', employees: 'salariés' } as Record<string, string>,
    channels: { link: 'lien public', email: 'e-mail', widget: 'widget sur le site', phone: 'téléphone', 'face-to-face': 'face à face' } as Record<
      string,
      string
    >,
    dates: (from: string | null, until: string | null) =>
      `${from === null ? 'dès sa création' : `du ${from}`} ${until === null ? 'jusqu’à sa fermeture' : `au ${until}`}`,
    answers: 'Réponses',
    answered: (finished: string, begun: string) => `${finished} terminées (${begun} commencées)`,
    rate: 'Taux de réponse',
    rateOf: (rate: string, invitations: string) => `${rate}\u00A0% de ${invitations} invitations`,
    noInvitation: 'aucune invitation envoyée',
    target: 'Échantillon visé',
    noTarget: 'aucun',
    aimed: (answers: string) => `${answers} réponses visées`,
    reached: 'Marge atteinte',
    reachedNone: 'aucune réponse terminée pour l’instant',
    reachedOf: (margins: string, finished: string) => `${margins} (${finished} réponses terminées)`,
    link: 'Lien public',
    version: 'Version',
    versionWhy: (version: number, reason: string) => `${version}, créée parce que ${reason}`,
    edit: 'Modifier',
    duplicate: 'Dupliquer (une copie sans réponses)',
    close: 'Fermer\u00A0: ne plus prendre de réponses',
    details: 'Détails',
    back: 'Toutes les enquêtes',
    questions: 'Questions',
    page: (page: number) => `page ${page}`,
    required: 'obligatoire',
    scale: (min: number, max: number) => `de ${min} à ${max}`,
    reversed: 'inversée',
    report: 'Rapport de ses réponses (JSON)',
    interview: 'Saisir un entretien par téléphone ou en face à face',
    followups: 'Suivre ses détracteurs',
    unknown: 'Il n’y a pas cette enquête dans cet espace de travail.',
    notices: {
      created: 'L’enquête est créée.',
      saved: 'L’enquête est enregistrée.',
      version: (version: number, reason: string | null) =>
        `Une nouvelle version ${version} a été créée${reason === null ? '' : `\u00A0: ${reason}`}. Les réponses déjà données restent à la version à laquelle elles ont répondu.`,
      duplicated: 'Une copie de l’enquête est créée, en tête de liste.',
      closed: 'L’enquête est fermée\u00A0: elle ne prend plus de réponses.',
      alreadyClosed: 'L’enquête était déjà fermée.',
    } as const,
    newTitle: 'Nouvelle enquête',
    editTitle: (title: string) => `Modifier — ${title}`,
    notSaved: 'L’enquête n’a pas été enregistrée\u00A0:',
    about: 'L’enquête',
    titleFr: 'Titre en français',
    titleEn: 'Titre en anglais',
    bothHint: 'Un texte donné dans une seule langue est montré dans les deux.',
    theme: 'Thème',
    themeHint: 'Le sujet de l’enquête, dans les mots du plan de sondage (facultatif).',
    introFr: 'Introduction en français',
    introEn: 'Introduction en anglais',
    audience: 'Public',
    channelsLegend: 'Canaux',
    opensAt: 'Premier jour',
    closesAt: 'Dernier jour',
    datesHint: 'Facultatifs\u00A0: vides, l’enquête prend des réponses dès sa création et jusqu’à sa fermeture.',
    plan: 'Plan de sondage',
    targetLabel: 'Échantillon visé (réponses)',
    expected: 'Parts attendues, en\u00A0%',
    expectedHint:
      'Facultatives. Elles fixent les marges d’erreur montrées à côté de l’objectif\u00A0; vides, ce sont les marges du pire cas (50\u00A0%), les plus larges.',
    promoters: 'Promoteurs (NPS 9–10)',
    detractors: 'Détracteurs (NPS 0–6)',
    satisfied: 'Satisfaits (CSAT 4–5)',
    computeMargin: 'Calculer la marge',
    marginNone: 'Indiquez un échantillon visé pour voir la marge d’erreur qu’il donnera.',
    marginNoIndicator: 'Pas encore de question NPS ou CSAT\u00A0: la marge est calculée pour celles-ci.',
    questionsHint: `Les lignes laissées vides ou cochées «\u00A0Retirer cette question\u00A0» sont ignorées. Dimensions du baromètre interne\u00A0: ${BAROMETER_DIMENSION_IDS.join(', ')}. Options d’une question à choix\u00A0: une par ligne, écrite id | libellé en français | libellé en anglais.`,
    question: (n: number) => `Question ${n}`,
    id: 'Identifiant',
    idHint: 'Lettres, chiffres, _ ou -, unique dans l’enquête\u00A0: q1, livraison…',
    type: 'Type',
    types: {
      nps: 'NPS (0–10)',
      csat: 'CSAT (1–5)',
      ces: 'CES (1–7)',
      rating: 'Note (votre échelle)',
      likert: 'Accord, Likert (1–5)',
      choice: 'Un choix',
      multichoice: 'Plusieurs choix',
      text: 'Texte',
    } as Record<string, string>,
    labelFr: 'Question en français',
    labelEn: 'Question en anglais',
    requiredLabel: 'Obligatoire',
    pageLabel: 'Page',
    settings: 'Réglages de certains types',
    min: 'Note la plus basse (note)',
    max: 'Note la plus haute (note)',
    display: 'Affichage (CSAT)',
    displays: { '': '—', stars: 'étoiles', smileys: 'smileys' } as Record<string, string>,
    dimension: 'Dimension (Likert)',
    reverse: 'Formulée contre la dimension (Likert)',
    remove: 'Retirer cette question',
    options: 'Options (choix), une par ligne\u00A0: id | français | anglais',
    more: `Ajouter ${EMPTY_ROWS} questions`,
    create: 'Créer l’enquête',
    save: 'Enregistrer l’enquête',
    saveHint:
      'Une fois que l’enquête a des réponses, un changement de public, de type, d’échelle, de dimension ou d’option crée une nouvelle version\u00A0; son lien public reste le même.',
  },
} as const;

/** The notices a page shows after a form sent there (`?notice=`). */
export type Notice = keyof (typeof TEXT)['en']['notices'];

/** Whether a `notice` URL parameter names a notice. */
export function isNotice(name: string | undefined): name is Notice {
  return name !== undefined && Object.hasOwn(TEXT.en.notices, name);
}

/** The sentence refusing a survey template that does not exist, in the page's language. */
export function unknownTemplate(name: string, language: Language): string {
  return TEXT[language].unknownTemplate(name);
}

/** A path of the survey pages, keeping the page's language and workspace. */
export function surveysPath(c: Context, path = ''): string {
  return `/surveys${path}${keptParameters(c)}`;
}

/** The new survey form filled from a template (`/surveys/new?template=barometer`), keeping the page's language and workspace. */
function newFromTemplatePath(c: Context, template: string): string {
  const path = surveysPath(c, '/new');
  return `${path}${path.includes('?') ? '&' : '?'}template=${encodeURIComponent(template)}`;
}

/** A path of one survey's pages (`''`, `/edit`, `/close`…). */
function appSurveyPath(c: Context, id: string, path = ''): string {
  return surveysPath(c, `/${encodeURIComponent(id)}${path}`);
}

/** The line of a survey's state and dates. */
function stateLine(summary: SurveySummary, language: Language) {
  const t = TEXT[language];
  return html`<strong>${t.states[summary.state]}</strong> · ${t.audiences[summary.audience]} · ${t.dates(summary.opensAt, summary.closesAt)}`;
}

/** The target sample with the margins it will give beside it: "400 réponses visées → NPS ± 9,8 points". */
export function targetText(target: number, margins: Margins, language: Language): string {
  const aimed = TEXT[language].aimed(count(target, language));
  const text = marginsText(margins, language);
  return text === '' ? aimed : `${aimed} → ${text}`;
}

/** A survey's figures: answers, response rate, target and its margins, margin reached, public link, and `more` terms after them. */
function figures(summary: SurveySummary, publicUrl: string, language: Language, more: Html | string = '') {
  const t = TEXT[language];
  const reached = marginsText(summary.achievedMargins, language);
  return html`<dl>
<dt>${t.answers}</dt><dd>${t.answered(count(summary.finished, language), count(summary.answers, language))}</dd>
<dt>${t.rate}</dt><dd>${summary.responseRate === null ? t.noInvitation : t.rateOf(decimal(summary.responseRate, language), count(summary.invitations, language))}</dd>
<dt>${t.target}</dt><dd>${summary.targetSample === null || summary.plannedMargins === null ? t.noTarget : targetText(summary.targetSample, summary.plannedMargins, language)}</dd>
<dt>${t.reached}</dt><dd>${summary.finished === 0 || reached === '' ? t.reachedNone : t.reachedOf(reached, count(summary.finished, language))}</dd>
<dt>${t.link}</dt><dd><a href="${summary.url}">${publicUrl}</a></dd>
${more}</dl>`;
}

/** What the list and detail pages need to offer an editor's actions (a reader's page gets null): the session's CSRF token. */
export interface Actions {
  csrf: string;
}

/** An editor's actions on a survey: edit, duplicate, close (once, while not closed); `back` says which page the forms come back to. */
function actions(c: Context, summary: SurveySummary, language: Language, editing: Actions, back: 'list' | 'detail') {
  const t = TEXT[language];
  const form = (path: string, label: string, style = 'secondary') => html`<form method="post" action="${appSurveyPath(c, summary.id, path)}">
<input type="hidden" name="${CSRF_FIELD}" value="${editing.csrf}"><input type="hidden" name="back" value="${back}">
<button type="submit" class="${style}">${label}</button>
</form>`;
  return html`<div class="actions"><a href="${appSurveyPath(c, summary.id, '/edit')}">${t.edit}</a>
${form('/duplicate', t.duplicate)}
${summary.closedAt === null ? form('/close', t.close, 'secondary danger') : ''}</div>`;
}

/** A notice of the last form sent, announced to screen readers. */
function noticeLine(text: string | undefined) {
  return text === undefined ? '' : html`<p class="notice" role="status">${text}</p>`;
}

/** The words of a notice; the new version's reason given in the page's language. */
function noticeText(notice: Notice | undefined, language: Language, summary?: SurveySummary, reason?: Localised | null): string | undefined {
  if (notice === undefined) return undefined;
  const t = TEXT[language].notices;
  return notice === 'version' ? t.version(summary?.version ?? 2, reason?.[language] ?? null) : t[notice];
}

/** The workspace's surveys (GET /surveys): each with its state, dates, figures and public link, and an editor's actions. */
export function surveysPage(
  c: Context,
  page: { language: Language; surveys: readonly SurveySummary[]; origin: string; editing: Actions | null; notice?: Notice | undefined },
) {
  const { language, editing } = page;
  const t = TEXT[language];
  return renderPage(c, {
    language,
    title: t.listTitle,
    style: STYLE,
    body: html`${noticeLine(noticeText(page.notice, language))}
${editing === null ? '' : html`<p><a class="button" href="${surveysPath(c, '/new')}">${t.newSurvey}</a> <a class="button secondary" href="${newFromTemplatePath(c, 'barometer')}">${t.fromBarometer}</a></p>`}
${page.surveys.length === 0 ? html`<p>${t.none}</p>` : ''}
${page.surveys.map(
  (summary) => html`<section class="survey">
<h2><a href="${appSurveyPath(c, summary.id)}">${summary.title[language]}</a></h2>
<p>${stateLine(summary, language)}</p>
${figures(summary, `${page.origin}${summary.url}`, language)}
${editing === null ? '' : actions(c, summary, language, editing, 'list')}
</section>`,
)}`,
  });
}

/** A question as the detail page lists it: its id, type and scale, page, whether required, label in the page's language, options. */
function questionItem(question: Question, language: Language) {
  const t = TEXT[language];
  const facts = [t.types[question.type] ?? question.type, t.page(question.page)];
  if (question.type === 'rating' && question.min !== undefined && question.max !== undefined) facts.push(t.scale(question.min, question.max));
  if (question.dimension !== undefined) facts.push(question.dimension);
  if (question.reverse) facts.push(t.reversed);
  if (question.required) facts.push(t.required);
  return html`<li><strong>${question.label[language]}</strong><br><small><code>${question.id}</code> · ${facts.join(' · ')}</small>
${question.options === undefined ? '' : html`<ul>${question.options.map((option) => html`<li><code>${option.id}</code> ${option.label[language]}</li>`)}</ul>`}</li>`;
}

/** One survey (GET /surveys/:id): its summary, version, figures, questions, the links to its public page and report, and an editor's actions. */
export function surveyPage(
  c: Context,
  page: {
    language: Language;
    summary: SurveySummary;
    definition: SurveyDefinition;
    reason: Localised | null;
    origin: string;
    editing: Actions | null;
    notice?: Notice | undefined;
  },
) {
  const { language, summary, editing } = page;
  const t = TEXT[language];
  const report = new URLSearchParams({ where: `survey_id=${summary.id}` });
  const workspace = c.req.query('workspace');
  if (workspace !== undefined) report.set('workspace', workspace);
  return renderPage(c, {
    language,
    title: summary.title[language],
    style: STYLE,
    body: html`${noticeLine(noticeText(page.notice, language, summary, page.reason))}
<p>${stateLine(summary, language)}</p>
${page.definition.introduction === undefined ? '' : html`<p>${page.definition.introduction[language]}</p>`}
${figures(
  summary,
  `${page.origin}${summary.url}`,
  language,
  html`<dt>${t.version}</dt><dd>${page.reason === null ? String(summary.version) : t.versionWhy(summary.version, page.reason[language])}</dd>
${page.definition.theme === undefined ? '' : html`<dt>${t.theme}</dt><dd>${page.definition.theme}</dd>`}
<dt>${t.channelsLegend}</dt><dd>${page.definition.channels.map((channel) => t.channels[channel]).join(', ')}</dd>
`,
)}
<ul class="links"><li><a href="/api/report?${report.toString()}">${t.report}</a></li>${
      editing === null
        ? ''
        : html`${interviewChannels(page.definition).length === 0 ? '' : html`<li><a href="${appSurveyPath(c, summary.id, '/interview')}">${t.interview}</a></li>`}${
            page.definition.audience === 'customers' ? html`<li><a href="${surveyFollowupsPath(c, summary.id)}">${t.followups}</a></li>` : ''
          }`
    }<li><a href="${surveysPath(c)}">${t.back}</a></li></ul>
${editing === null ? '' : actions(c, summary, language, editing, 'detail')}
<h2>${t.questions}</h2>
<ol class="questions">${page.definition.questions.map((question) => questionItem(question, language))}</ol>`,
  });
}

/** The page of a survey id the workspace does not have (404). */
export function unknownSurveyPage(c: Context, language: Language) {
  const t = TEXT[language];
  return renderPage(c, { language, title: t.listTitle, error: t.unknown, body: html`<p><a href="${surveysPath(c)}">${t.back}</a></p>` }, 404);
}

/** What the survey form shows: the values sent or filled from the survey, the refusal and the place it is about, the margins of the target. */
export interface SurveyForm {
  language: Language;
  csrf: string;
  /** The survey edited, or null for a new one. */
  surveyId: string | null;
  /** The survey's title, for the page's heading when editing. */
  title?: string | undefined;
  values: FormValues;
  error?: { message: string; place: string | null } | undefined;
  /** The target and the margins it will give, when the form gives a target. */
  planned: { target: number; margins: Margins } | null;
}

/** "Question 3 — " when a refusal is about the form's third question row, else ''. */
function questionOfPlace(place: string | null, language: Language): string {
  const row = /^q(\d+)/.exec(place ?? '')?.[1];
  return row === undefined ? '' : `${TEXT[language].question(Number(row) + 1)} — `;
}

/** The survey form (GET /surveys/new, /surveys/:id/edit), or again with the values sent, a refusal or more question rows. */
export function surveyFormPage(c: Context, form: SurveyForm, status: 200 | 400 = 200) {
  const { language, values, error } = form;
  const t = TEXT[language];
  const value = (name: string) => values[name] ?? '';
  /** The refusal beside the field it is about. */
  const refusal = (place: string) => (error !== undefined && error.place === place ? html`<p class="error">${error.message}</p>` : '');
  const input = (name: string, label: string, attributes: Html | string = '', hint?: string) => html`<label for="${name}">${label}</label>
<input id="${name}" name="${name}" value="${value(name)}"${attributes}${hint === undefined ? '' : html` aria-describedby="${name}-hint"`}>
${hint === undefined ? '' : html`<small id="${name}-hint">${hint}</small>`}`;
  const textarea = (name: string, label: string, rows = 2) => html`<label for="${name}">${label}</label>
<textarea id="${name}" name="${name}" rows="${rows}">${value(name)}</textarea>`;
  const checkbox = (name: string, label: string) =>
    html`<label><input type="checkbox" name="${name}"${value(name) === 'on' ? html` checked` : ''}>${label}</label>`;
  const select = (name: string, label: string, choices: readonly string[], words: Record<string, string>) => html`<label for="${name}">${label}</label>
<select id="${name}" name="${name}">${choices.map((choice) => html`<option value="${choice}"${value(name) === choice ? html` selected` : ''}>${words[choice] ?? choice}</option>`)}</select>`;
  const planned = form.planned;
  const margin =
    planned === null
      ? t.marginNone
      : marginsText(planned.margins, language) === ''
        ? t.marginNoIndicator
        : targetText(planned.target, planned.margins, language);
  const action = form.surveyId === null ? surveysPath(c, '/new') : appSurveyPath(c, form.surveyId, '/edit');
  return renderPage(
    c,
    {
      language,
      title: form.surveyId === null ? t.newTitle : t.editTitle(form.title ?? form.surveyId),
      error: error === undefined ? undefined : `${t.notSaved} ${questionOfPlace(error.place, language)}${error.message}`,
      style: STYLE,
      body: html`<form method="post" action="${action}">
<input type="hidden" name="${CSRF_FIELD}" value="${form.csrf}">
<input type="hidden" name="rows" value="${rowCount(values)}">
<fieldset><legend>${t.about}</legend>
${input('title_fr', t.titleFr, html` maxlength="200"`)}
${input('title_en', t.titleEn, html` maxlength="200"`, t.bothHint)}
${refusal('title')}
${input('theme', t.theme, html` maxlength="500"`, t.themeHint)}
${refusal('theme')}
${textarea('intro_fr', t.introFr)}
${textarea('intro_en', t.introEn)}
${refusal('introduction')}
${select('audience', t.audience, AUDIENCES, t.audiences)}
${refusal('audience')}
<fieldset><legend>${t.channelsLegend}</legend><div class="scale">${CHANNELS.map((channel) => checkbox(channelField(channel), t.channels[channel] ?? channel))}</div>
${refusal('channels')}</fieldset>
<div class="pair"><div>${input('opens_at', t.opensAt, html` type="date"`)}</div><div>${input('closes_at', t.closesAt, html` type="date"`)}</div></div>
<small>${t.datesHint}</small>
${refusal('opens_at')}${refusal('closes_at')}
</fieldset>
<fieldset><legend>${t.plan}</legend>
${input('target', t.targetLabel, html` type="number" inputmode="numeric" min="1" max="10000000" step="1"`)}
${refusal('target')}
<fieldset><legend>${t.expected}</legend>
<small id="expected-hint">${t.expectedHint}</small>
<div class="triple">${(['promoters', 'detractors', 'satisfied'] as const).map(
        (share) => html`<div>${input(share, t[share], html` type="number" inputmode="decimal" min="0" max="100" step="any"`)}</div>`,
      )}</div>
${refusal('expected')}
</fieldset>
<p class="margin" role="status">${margin}</p>
<button type="submit" name="action" value="margin" class="secondary">${t.computeMargin}</button>
</fieldset>
<h2>${t.questions}</h2>
<p><small>${t.questionsHint}</small></p>
${refusal('questions')}
${Array.from({ length: rowCount(values) }, (_, row) => {
  const field = (name: string) => questionField(row, name);
  const type = value(field('type'));
  const settingsOpen =
    ['rating', 'csat', 'likert', 'choice', 'multichoice'].includes(type) ||
    ['min', 'max', 'display', 'dimension', 'reverse', 'options'].some((name) => value(field(name)) !== '') ||
    (error?.place?.startsWith(`q${row}.`) ?? false);
  return html`<fieldset class="question"><legend>${t.question(row + 1)}</legend>
${refusal(`q${row}`)}
<div class="pair"><div>${input(field('id'), t.id, html` maxlength="64" autocomplete="off"`, t.idHint)}</div><div>${select(field('type'), t.type, QUESTION_TYPES, t.types)}</div></div>
${refusal(field('id'))}${refusal(field('type'))}
${input(field('label_fr'), t.labelFr, html` maxlength="500"`)}
${input(field('label_en'), t.labelEn, html` maxlength="500"`)}
${refusal(field('label'))}
<div class="pair"><div>${input(field('page'), t.pageLabel, html` type="number" inputmode="numeric" min="1" max="50" step="1"`)}</div><div class="scale">${checkbox(field('required'), t.requiredLabel)}</div></div>
${refusal(field('page'))}${refusal(field('required'))}
<details${settingsOpen ? html` open` : ''}><summary>${t.settings}</summary>
<div class="pair"><div>${input(field('min'), t.min, html` type="number" inputmode="numeric" min="-100" max="100" step="1"`)}</div><div>${input(field('max'), t.max, html` type="number" inputmode="numeric" min="-100" max="100" step="1"`)}</div></div>
${refusal(field('min'))}${refusal(field('max'))}
${select(field('display'), t.display, ['', 'stars', 'smileys'], t.displays)}
${refusal(field('display'))}
${input(field('dimension'), t.dimension, html` maxlength="64" list="barometer-dimensions"`)}
${refusal(field('dimension'))}
<div class="scale">${checkbox(field('reverse'), t.reverse)}</div>
${refusal(field('reverse'))}
${textarea(field('options'), t.options, 3)}
${refusal(field('options'))}
</details>
<div class="scale">${checkbox(field('remove'), t.remove)}</div>
</fieldset>`;
})}
<datalist id="barometer-dimensions">${BAROMETER_DIMENSIONS.map((dimension) => html`<option value="${dimension.id}">${dimension.label[language]}</option>`)}</datalist>
<button type="submit" name="action" value="more" class="secondary">${t.more}</button>
<p><small>${t.saveHint}</small></p>
<button type="submit" name="action" value="save">${form.surveyId === null ? t.create : t.save}</button>
</form>`,
    },
    status,
  );
}
