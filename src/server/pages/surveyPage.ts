import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { Language } from '../../output/language.js';
import { MAX_TEXT_ANSWER, type Question, type SurveyDefinition } from '../../services/surveys/surveyDefinition.js';

/**
 * The public survey page, `/s/:id` (docs/surveys.md, "The survey page"), as pure functions
 * from what a page shows to its HTML: no script, one column, inline style only, every input
 * labelled, scales as radio groups in a fieldset whose legend is the question. The routes
 * (src/server/routes/surveyPage.ts) choose the page and its status.
 */

/** A scale of at most this many points shows as radio buttons; a longer rating scale is a number field. */
const MAX_SCALE_BUTTONS = 11;

/** The honeypot field's name: people never see it, form-filling robots fill it. */
export const HONEYPOT_FIELD = 'website';

/** The form field of a question's answer. */
export function answerField(questionId: string): string {
  return `a.${questionId}`;
}

/** Why an answer was refused: missing (a required question), not one the question takes, or a text too long. */
export type Problem = { kind: 'missing' } | { kind: 'invalid' } | { kind: 'tooLong'; length: number };

/** The address of a survey's page with its parameters (`page`, `r`, `lang`, `done`), those undefined left out. */
export function surveyHref(surveyId: string, parameters: Readonly<Record<string, string | number | undefined>> = {}): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(parameters)) if (value !== undefined) query.set(name, String(value));
  const text = query.toString();
  return `/s/${encodeURIComponent(surveyId)}${text === '' ? '' : `?${text}`}`;
}

const NUMBER_LOCALE = { fr: 'fr-FR', en: 'en-GB' } as const;

const TEXT = {
  en: {
    otherLanguage: 'Français',
    pageOf: (page: number, count: number) => `Page ${page} of ${count}`,
    requiredNote: 'Questions marked (required) must be answered.',
    required: '(required)',
    honeypot: 'Leave this field empty',
    next: 'Next',
    send: 'Send my answers',
    previous: 'Previous page',
    errorPrefix: 'Error: ',
    summary: 'Some answers need another look',
    ends: {
      nps: '0 = not at all likely · 10 = extremely likely',
      ces: '1 = very difficult · 7 = very easy',
      stars: '1 star = very dissatisfied · 5 stars = very satisfied',
      rating: (min: number, max: number) => `${min} = lowest · ${max} = highest`,
    },
    stars: (count: number, max: number) => `${count} star${count === 1 ? '' : 's'} out of ${max}`,
    smileys: ['Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied'],
    likert: ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'],
    several: 'Tick all that apply.',
    wholeNumber: (min: number, max: number) => `A whole number from ${min} to ${max}.`,
    textLimit: (max: string) => `At most ${max} characters.`,
    problems: {
      score: (min: number, max: number) => `Choose a score from ${min} to ${max}.`,
      stars: 'Choose from 1 to 5 stars.',
      oneOfFive: 'Choose one of the five answers.',
      number: (min: number, max: number) => `Enter a whole number from ${min} to ${max}.`,
      choice: 'Choose one of the answers offered.',
      multichoice: 'Tick at least one of the answers offered.',
      multichoiceInvalid: 'Tick only answers offered.',
      text: 'Write your answer.',
      textInvalid: 'Your answer contains characters that are not accepted.',
      tooLong: (length: string, max: string) => `Your answer is ${length} characters long; at most ${max} are taken.`,
    },
    thanksTitle: 'Thank you!',
    thanks: 'Thank you! Your answers are saved. You may close this page.',
    closedTitle: 'This survey is closed',
    closed: 'This survey is closed. Thank you for your interest.',
    scheduledTitle: 'This survey is not open yet',
    scheduled: (day: string) => `This survey opens on ${day}. Come back from that day on.`,
    unknownTitle: 'Survey not found',
    unknown: 'There is no survey at this address. Check the link you were given.',
    badLinkTitle: 'This link does not work',
    badLink: 'This link to resume the survey is not valid.',
    badPage: 'This page of the survey does not exist.',
    restart: 'Start the survey',
    limitedTitle: 'Too many answers',
    limited: (seconds: number) => `Too many answers were sent from this address. Try again in ${seconds} seconds.`,
    tooLargeTitle: 'Answers too long',
    tooLarge: 'Your answers are too long to be sent at once. Shorten your texts and send them again.',
  },
  fr: {
    otherLanguage: 'English',
    pageOf: (page: number, count: number) => `Page ${page} sur ${count}`,
    requiredNote: 'Les questions marquées (obligatoire) demandent une réponse.',
    required: '(obligatoire)',
    honeypot: 'Laissez ce champ vide',
    next: 'Suivant',
    send: 'Envoyer mes réponses',
    previous: 'Page précédente',
    errorPrefix: 'Erreur\u00A0: ',
    summary: 'Certaines réponses sont à revoir',
    ends: {
      nps: '0 = pas du tout probable · 10 = extrêmement probable',
      ces: '1 = très difficile · 7 = très facile',
      stars: '1 étoile = très insatisfait · 5 étoiles = très satisfait',
      rating: (min: number, max: number) => `${min} = la note la plus basse · ${max} = la plus haute`,
    },
    stars: (count: number, max: number) => `${count} étoile${count === 1 ? '' : 's'} sur ${max}`,
    smileys: ['Très insatisfait', 'Insatisfait', 'Neutre', 'Satisfait', 'Très satisfait'],
    likert: ["Pas du tout d'accord", "Plutôt pas d'accord", "Ni d'accord ni pas d'accord", "Plutôt d'accord", "Tout à fait d'accord"],
    several: 'Plusieurs réponses possibles.',
    wholeNumber: (min: number, max: number) => `Un nombre entier de ${min} à ${max}.`,
    textLimit: (max: string) => `${max} caractères au plus.`,
    problems: {
      score: (min: number, max: number) => `Choisissez une note de ${min} à ${max}.`,
      stars: 'Choisissez de 1 à 5 étoiles.',
      oneOfFive: "Choisissez l'une des cinq réponses.",
      number: (min: number, max: number) => `Saisissez un nombre entier de ${min} à ${max}.`,
      choice: "Choisissez l'une des réponses proposées.",
      multichoice: 'Cochez au moins une des réponses proposées.',
      multichoiceInvalid: 'Cochez uniquement des réponses proposées.',
      text: 'Écrivez votre réponse.',
      textInvalid: 'Votre réponse contient des caractères qui ne sont pas acceptés.',
      tooLong: (length: string, max: string) => `Votre réponse fait ${length} caractères\u00A0; ${max} au plus sont acceptés.`,
    },
    thanksTitle: 'Merci\u00A0!',
    thanks: 'Merci\u00A0! Vos réponses sont enregistrées. Vous pouvez fermer cette page.',
    closedTitle: 'Cette enquête est close',
    closed: 'Cette enquête est close. Merci de votre intérêt.',
    scheduledTitle: "Cette enquête n'est pas encore ouverte",
    scheduled: (day: string) => `Cette enquête ouvre le ${day}. Revenez à partir de cette date.`,
    unknownTitle: 'Enquête introuvable',
    unknown: "Il n'y a pas d'enquête à cette adresse. Vérifiez le lien que vous avez reçu.",
    badLinkTitle: 'Ce lien ne fonctionne pas',
    badLink: "Ce lien de reprise de l'enquête n'est pas valide.",
    badPage: "Cette page de l'enquête n'existe pas.",
    restart: "Commencer l'enquête",
    limitedTitle: 'Trop de réponses',
    limited: (seconds: number) => `Trop de réponses ont été envoyées depuis cette adresse. Réessayez dans ${seconds} secondes.`,
    tooLargeTitle: 'Réponses trop longues',
    tooLarge: 'Vos réponses sont trop longues pour être envoyées en une fois. Raccourcissez vos textes et envoyez-les à nouveau.',
  },
} as const;

/**
 * The style: one column up to 40rem, touch targets of at least 2.75rem (44 px), a visible
 * focus ring, text colours of contrast 6.5:1 or more on white (4.5:1 at least on a chosen answer's tint), and
 * nothing fetched (system fonts, the smileys drawn in SVG).
 */
const PAGE_STYLE = `*{box-sizing:border-box}body{margin:0;background:#eef0f3;color:#1b1b1b;font:17px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
main{max-width:40rem;margin:0 auto;padding:1rem 1rem 2rem;background:#fff;min-height:100vh}
@media(min-width:42rem){main{margin:2rem auto;min-height:0;padding:2rem 2.5rem;border-radius:.75rem;box-shadow:0 1px 4px #0002}}
h1{font-size:1.5rem;line-height:1.25;margin:.5rem 0 1rem}h2{font-size:1.15rem;margin:0 0 .5rem}
a{color:#1a4fa0}a:hover{color:#0d2f66}.lang{text-align:right;margin:0}.lang a{display:inline-block;padding:.6rem 0}
.progress{margin:0;color:#4a4a4a;font-size:.95rem}.bar{height:.4rem;background:#dde3ea;border-radius:.2rem;margin:.25rem 0 1rem}.bar span{display:block;height:100%;background:#1a4fa0;border-radius:.2rem}
.intro,.note{color:#333}.notice{font-size:1.15rem}.note{font-size:.95rem}
.actions{display:flex;flex-wrap:wrap;align-items:center;gap:1rem 1.5rem;margin-top:1rem}
button{font:inherit;font-weight:650;min-height:3rem;padding:.6rem 1.6rem;border:0;border-radius:.5rem;background:#1a4fa0;color:#fff;cursor:pointer}button:hover{background:#0d2f66}
.summary{border:3px solid #b3261e;border-radius:.5rem;padding:1rem;margin:0 0 1.5rem}.summary ul{margin:0;padding-left:1.2rem}.summary a{color:#b3261e;font-weight:650}
.hp{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}`;

/**
 * The style of the questions themselves (scales as rows of buttons, lists, hints, refusals, the
 * text for screen readers), which the interviewer's form in the app shows too.
 */
export const QUESTION_STYLE = `.q{border:0;margin:0 0 1.75rem;padding:0;min-width:0}.q legend,.q>label{display:block;padding:0;font-weight:650;font-size:1.1rem;margin-bottom:.25rem}
.req{font-weight:400;color:#4a4a4a;font-size:.95rem}.hint{margin:0 0 .5rem;color:#4a4a4a;font-size:.95rem}
.err{margin:0 0 .5rem;color:#b3261e;font-weight:650}.bad{border-left:4px solid #b3261e;padding-left:.75rem}
.scale{display:grid;grid-template-columns:repeat(var(--m),minmax(0,1fr));gap:.4rem}@media(min-width:42rem){.scale{grid-template-columns:repeat(var(--n),minmax(0,1fr))}}.list{display:grid;gap:.5rem}
.scale label,.list label{display:flex;align-items:center;gap:.5rem;min-height:2.9rem;padding:.4rem .7rem;border:1px solid #6b6b6b;border-radius:.5rem;cursor:pointer;background:#fff}
.scale label{flex-direction:column-reverse;justify-content:center;gap:.2rem;padding:.45rem 0;min-height:3.6rem;font-variant-numeric:tabular-nums}
label:has(input:checked){background:#e6eefb;border-color:#1a4fa0;box-shadow:inset 0 0 0 1px #1a4fa0}
input[type=radio],input[type=checkbox]{width:1.2rem;height:1.2rem;margin:0;flex:none;accent-color:#1a4fa0}
.star{color:#7a5600}svg{width:1.9rem;height:1.9rem;flex:none}
textarea,input[type=number]{font:inherit;width:100%;padding:.6rem;border:1px solid #6b6b6b;border-radius:.5rem}input[type=number]{max-width:10rem}
:focus-visible{outline:3px solid #1a4fa0;outline-offset:2px}label:focus-within{outline:3px solid #1a4fa0;outline-offset:2px}
[aria-invalid=true]{border-color:#b3261e}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}`;

const STYLE = PAGE_STYLE + QUESTION_STYLE;

/** A whole document: the language, the title, the link to the page in the other language, and the body. */
function documentOf(language: Language, title: string, otherLanguage: string | undefined, body: HtmlEscapedString | Promise<HtmlEscapedString>) {
  const t = TEXT[language];
  const other = language === 'fr' ? 'en' : 'fr';
  return html`<!doctype html>
<html lang="${language}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${title}</title><style>${raw(STYLE)}</style></head>
<body><main>
${otherLanguage === undefined ? '' : html`<p class="lang"><a href="${otherLanguage}" lang="${other}" hreflang="${other}">${t.otherLanguage}</a></p>`}
${body}
</main></body>
</html>`;
}

/** A survey text in the page's language. */
function say(text: { fr: string; en: string }, language: Language): string {
  return text[language];
}

/** What the form of one page of a survey shows. */
export interface SurveyForm {
  language: Language;
  surveyId: string;
  definition: SurveyDefinition;
  page: number;
  pageCount: number;
  /** The continuation token the form sends back (`r`). */
  token: string;
  /** The answers shown, by question id: as sent, or as stored before. */
  values: ReadonlyMap<string, readonly string[]>;
  /** The answers refused, by question id. */
  problems: ReadonlyMap<string, Problem>;
  /** A refusal that names no question. */
  error?: string | undefined;
  /** Where the form posts, the previous page (from page 2) and this page in the other language. */
  links: { action: string; previous?: string | undefined; otherLanguage: string };
}

/** The sentence of a refused answer, by the kind of question and of refusal. */
export function problemMessage(question: Question, problem: Problem, language: Language): string {
  const t = TEXT[language].problems;
  const min = question.min ?? 0;
  const max = question.max ?? 0;
  const locale = NUMBER_LOCALE[language];
  switch (question.type) {
    case 'text':
      if (problem.kind === 'tooLong') return t.tooLong(problem.length.toLocaleString(locale), MAX_TEXT_ANSWER.toLocaleString(locale));
      return problem.kind === 'missing' ? t.text : t.textInvalid;
    case 'choice':
      return t.choice;
    case 'multichoice':
      return problem.kind === 'missing' ? t.multichoice : t.multichoiceInvalid;
    case 'likert':
      return t.oneOfFive;
    case 'csat':
      return question.display === 'smileys' ? t.oneOfFive : t.stars;
    case 'rating':
      return isNumberField(question) ? t.number(min, max) : t.score(min, max);
    default:
      return t.score(min, max);
  }
}

/** Whether a question is answered in a number field rather than with buttons (a rating of more than 11 points). */
function isNumberField(question: Question): boolean {
  return question.type === 'rating' && (question.max ?? 0) - (question.min ?? 0) + 1 > MAX_SCALE_BUTTONS;
}

/** The id of a question's first input, which the error summary links to. */
function firstInputId(question: Question): string {
  return question.type === 'text' || isNumberField(question) ? `q-${question.id}` : `q-${question.id}-0`;
}

/** A smiley drawn in SVG (decorative: its text stands beside it), from frowning (0) to smiling (4). */
function smiley(level: number) {
  const fills = ['#f9d6d3', '#fbe3c8', '#eceef1', '#dcefd6', '#c8e8c0'];
  const curve = [12.5, 14.5, 16, 18.5, 20.5][level];
  return html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="10.5" fill="${fills[level]}" stroke="#333" stroke-width="1.3"/><circle cx="8.5" cy="9.5" r="1.2" fill="#333"/><circle cx="15.5" cy="9.5" r="1.2" fill="#333"/><path d="M7.5 16Q12 ${curve} 16.5 16" fill="none" stroke="#333" stroke-width="1.5" stroke-linecap="round"/></svg>`;
}

/** One choice of a radio or checkbox group: its value and its label (with a text alternative where the label shows a picture). */
interface Choice {
  value: string;
  label: HtmlEscapedString | Promise<HtmlEscapedString> | string;
}

/** The choices of a radio question, and whether they show as a row of buttons (scales) or a list (texts). */
function choicesOf(question: Question, language: Language): { layout: 'scale' | 'list'; choices: Choice[] } {
  const t = TEXT[language];
  const min = question.min ?? 0;
  const max = question.max ?? 0;
  const points = Array.from({ length: max - min + 1 }, (_, index) => min + index);
  switch (question.type) {
    case 'csat':
      if (question.display === 'smileys') {
        return { layout: 'list', choices: points.map((point, index) => ({ value: String(point), label: html`${smiley(index)}${t.smileys[index]}` })) };
      }
      return {
        layout: 'scale',
        choices: points.map((point) => ({
          value: String(point),
          label: html`<span aria-hidden="true">${point}<span class="star">★</span></span><span class="sr">${t.stars(point, max)}</span>`,
        })),
      };
    case 'likert':
      return { layout: 'list', choices: points.map((point, index) => ({ value: String(point), label: `${point} – ${t.likert[index]}` })) };
    case 'choice':
      return { layout: 'list', choices: (question.options ?? []).map((option) => ({ value: option.id, label: say(option.label, language) })) };
    default:
      return { layout: 'scale', choices: points.map((point) => ({ value: String(point), label: String(point) })) };
  }
}

/** The hint under a question's legend: the meaning of the scale's ends, or how to answer. */
function hintOf(question: Question, language: Language): string | undefined {
  const t = TEXT[language];
  const min = question.min ?? 0;
  const max = question.max ?? 0;
  if (question.type === 'nps') return t.ends.nps;
  if (question.type === 'ces') return t.ends.ces;
  if (question.type === 'csat' && question.display !== 'smileys') return t.ends.stars;
  if (question.type === 'rating') return isNumberField(question) ? t.wholeNumber(min, max) : t.ends.rating(min, max);
  if (question.type === 'multichoice') return t.several;
  if (question.type === 'text') return t.textLimit(MAX_TEXT_ANSWER.toLocaleString(NUMBER_LOCALE[language]));
  return undefined;
}

/** What the questions of a form show: the language, the values by question id, the refusals. */
export type QuestionValues = Pick<SurveyForm, 'language' | 'values' | 'problems'>;

/**
 * One question's inputs (fields `a.<question id>`), with its label or legend, hint, refusal and
 * the values shown: the survey page's, and the interviewer's form's (with {@link QUESTION_STYLE}).
 */
export function questionInputs(question: Question, form: QuestionValues) {
  const { language } = form;
  const t = TEXT[language];
  const id = `q-${question.id}`;
  const name = answerField(question.id);
  const values = form.values.get(question.id) ?? [];
  const problem = form.problems.get(question.id);
  const hint = hintOf(question, language);
  const described = [hint === undefined ? undefined : `${id}-hint`, problem === undefined ? undefined : `${id}-error`].filter(Boolean).join(' ');
  const title = html`${say(question.label, language)}${question.required ? html` <span class="req">${t.required}</span>` : ''}`;
  const hintLine = hint === undefined ? '' : html`<p class="hint" id="${id}-hint">${hint}</p>`;
  const errorLine =
    problem === undefined
      ? ''
      : html`<p class="err" id="${id}-error"><span class="sr">${t.errorPrefix}</span>${problemMessage(question, problem, language)}</p>`;
  const invalid = problem === undefined ? '' : html` aria-invalid="true"`;
  const required = question.required ? html` required` : '';
  const describedBy = described === '' ? '' : html` aria-describedby="${described}"`;
  const classes = `q${problem === undefined ? '' : ' bad'}`;
  if (question.type === 'text') {
    return html`<div class="${classes}"><label for="${id}">${title}</label>${hintLine}${errorLine}<textarea id="${id}" name="${name}" rows="5" maxlength="${MAX_TEXT_ANSWER}"${required}${invalid}${describedBy}>${values[0] ?? ''}</textarea></div>`;
  }
  if (isNumberField(question)) {
    return html`<div class="${classes}"><label for="${id}">${title}</label>${hintLine}${errorLine}<input type="number" id="${id}" name="${name}" inputmode="numeric" min="${question.min}" max="${question.max}" step="1" value="${values[0] ?? ''}"${required}${invalid}${describedBy}></div>`;
  }
  const multiple = question.type === 'multichoice';
  const { layout, choices } = multiple
    ? { layout: 'list', choices: (question.options ?? []).map((option) => ({ value: option.id, label: say(option.label, language) })) }
    : choicesOf(question, language);
  const type = multiple ? 'checkbox' : 'radio';
  // A scale shows in one row on a wide screen; on a phone, up to 7 points in one row, more in two.
  const columns = choices.length <= 7 ? choices.length : Math.ceil(choices.length / 2);
  const grid = layout === 'scale' ? html` style="--n:${choices.length};--m:${columns}"` : '';
  return html`<fieldset class="${classes}"${describedBy}><legend>${title}</legend>${hintLine}${errorLine}<div class="${layout}"${grid}>${choices.map(
    (choice, index) =>
      html`<label><input type="${type}" id="${id}-${index}" name="${name}" value="${choice.value}"${values.includes(choice.value) ? html` checked` : ''}${multiple ? '' : required}${invalid}>${choice.label}</label>`,
  )}</div></fieldset>`;
}

/** One page of a survey's form (GET /s/:id, or the same page again with its refusals, 400). */
export function surveyFormPage(form: SurveyForm) {
  const { language, definition, page } = form;
  const t = TEXT[language];
  const questions = definition.questions.filter((question) => question.page === page);
  const refused = questions.filter((question) => form.problems.has(question.id));
  const title = say(definition.title, language);
  const summary =
    refused.length === 0 && form.error === undefined
      ? ''
      : html`<div class="summary" role="alert" aria-labelledby="summary-title" tabindex="-1"><h2 id="summary-title">${t.summary}</h2><ul>${form.error === undefined ? '' : html`<li>${form.error}</li>`}${refused.map(
          (question) =>
            html`<li><a href="#${firstInputId(question)}">${say(question.label, language)}\u00A0— ${problemMessage(question, form.problems.get(question.id)!, language)}</a></li>`,
        )}</ul></div>`;
  const last = page === form.pageCount;
  const body = html`<h1>${title}</h1>
<p class="progress">${t.pageOf(page, form.pageCount)}</p><div class="bar" aria-hidden="true"><span style="width:${Math.round((100 * page) / form.pageCount)}%"></span></div>
${summary}
${page === 1 && definition.introduction !== undefined ? html`<p class="intro">${say(definition.introduction, language)}</p>` : ''}
${questions.some((question) => question.required) ? html`<p class="note">${t.requiredNote}</p>` : ''}
<form method="post" action="${form.links.action}" novalidate>
<input type="hidden" name="page" value="${page}"><input type="hidden" name="r" value="${form.token}">
<div class="hp" aria-hidden="true"><label for="hp-field">${t.honeypot}</label><input id="hp-field" name="${HONEYPOT_FIELD}" tabindex="-1" autocomplete="off"></div>
${questions.map((question) => questionInputs(question, form))}
<div class="actions"><button type="submit">${last ? t.send : t.next}</button>${form.links.previous === undefined ? '' : html`<a href="${form.links.previous}">${t.previous}</a>`}</div>
</form>`;
  const documentTitle = summary === '' ? title : `${t.errorPrefix}${title}`;
  return documentOf(language, documentTitle, form.links.otherLanguage, body);
}

/** The pages that say something instead of showing the form. */
export type NoticeKind = 'thanks' | 'closed' | 'scheduled' | 'unknown' | 'badLink' | 'badPage' | 'limited' | 'tooLarge';

/** What a notice page shows: its kind, the survey's title when known, the links it offers, the day a scheduled survey opens, the seconds to wait. */
export interface Notice {
  language: Language;
  kind: NoticeKind;
  surveyTitle?: { fr: string; en: string } | undefined;
  /** This page in the other language. */
  otherLanguage?: string | undefined;
  /** The survey's first page (badLink, badPage). */
  restart?: string | undefined;
  opensAt?: string | undefined;
  retryAfter?: number | undefined;
}

/** A page that tells the respondent where things stand: thanks, closed, not open yet, unknown survey, bad link, too many answers. */
export function noticePage(notice: Notice) {
  const { language } = notice;
  const t = TEXT[language];
  const day = (text: string) => new Intl.DateTimeFormat(NUMBER_LOCALE[language], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${text}T00:00:00Z`));
  const words: Record<NoticeKind, { heading: string; text: string }> = {
    thanks: { heading: t.thanksTitle, text: t.thanks },
    closed: { heading: t.closedTitle, text: t.closed },
    scheduled: { heading: t.scheduledTitle, text: t.scheduled(day(notice.opensAt ?? '1970-01-01')) },
    unknown: { heading: t.unknownTitle, text: t.unknown },
    badLink: { heading: t.badLinkTitle, text: t.badLink },
    badPage: { heading: t.badLinkTitle, text: t.badPage },
    limited: { heading: t.limitedTitle, text: t.limited(notice.retryAfter ?? 1) },
    tooLarge: { heading: t.tooLargeTitle, text: t.tooLarge },
  };
  const { heading, text } = words[notice.kind];
  const surveyTitle = notice.surveyTitle === undefined ? undefined : say(notice.surveyTitle, language);
  // The heading is the survey's title when known (the notice's own heading names the tab), so the page does not say the same thing twice.
  const body = html`<h1>${surveyTitle ?? heading}</h1>
<p class="notice">${text}</p>
${notice.restart === undefined ? '' : html`<p><a href="${notice.restart}">${t.restart}</a></p>`}`;
  return documentOf(language, surveyTitle === undefined ? heading : `${heading} · ${surveyTitle}`, notice.otherLanguage, body);
}
