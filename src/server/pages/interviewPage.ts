import type { Context } from 'hono';
import { html } from 'hono/html';
import { LANGUAGES, type Language } from '../../output/language.js';
import type { LoadedSurvey } from '../../services/surveys/loadSurvey.js';
import { interviewChannels } from '../../services/surveys/recordInterview.js';
import { CSRF_FIELD } from '../auth/csrf.js';
import { channelName } from './channelNames.js';
import { keptParameters } from './keptParameters.js';
import { renderPage } from './renderPage.js';
import { type Problem, QUESTION_STYLE, questionInputs } from './surveyPage.js';

const TEXT = {
  en: {
    title: (survey: string) => `Interview — ${survey}`,
    intro: 'Enter the answers the person gives you, by phone or face to face. Every question of the survey is on this page.',
    channel: 'Channel',
    customerId: 'Customer id',
    customerHint: 'Optional: the customer id of your own systems.',
    language: 'Language of the interview',
    languages: { fr: 'French', en: 'English' } satisfies Record<Language, string>,
    required: '(required)',
    send: 'Record the interview',
    refused: 'Some answers are missing or not taken: see the marked questions.',
    recordedTitle: 'Interview recorded',
    recorded: 'The interview is recorded; it counts in the report with its channel.',
    next: 'Enter the next interview',
    noChannel: (channels: string) =>
      `This survey takes no interviews: its channels (${channels}) include neither phone nor face to face. An editor adds one of them to the survey's channels.`,
    scheduled: (day: string) => `The survey opens on ${day}: it takes no answers yet.`,
    closed: (day: string) => `The survey closed on ${day}: it takes no more answers.`,
    interview: 'Interview',
    unknown: 'There is no such survey in this workspace.',
  },
  fr: {
    title: (survey: string) => `Entretien — ${survey}`,
    intro: 'Saisissez les réponses que la personne vous donne, au téléphone ou en face à face. Toutes les questions de l’enquête sont sur cette page.',
    channel: 'Canal',
    customerId: 'Identifiant client',
    customerHint: 'Facultatif\u00A0: l’identifiant client de vos propres systèmes.',
    language: 'Langue de l’entretien',
    languages: { fr: 'Français', en: 'Anglais' } satisfies Record<Language, string>,
    required: '(obligatoire)',
    send: 'Enregistrer l’entretien',
    refused: 'Des réponses manquent ou ne sont pas acceptées\u00A0: voyez les questions marquées.',
    recordedTitle: 'Entretien enregistré',
    recorded: 'L’entretien est enregistré\u00A0; il compte dans le rapport avec son canal.',
    next: 'Saisir l’entretien suivant',
    noChannel: (channels: string) =>
      `Cette enquête ne prend pas d’entretiens\u00A0: ses canaux (${channels}) ne comptent ni le téléphone ni le face à face. Un éditeur ajoute l’un d’eux aux canaux de l’enquête.`,
    scheduled: (day: string) => `L’enquête ouvre le ${day}\u00A0: elle ne prend pas encore de réponses.`,
    closed: (day: string) => `L’enquête a fermé le ${day}\u00A0: elle ne prend plus de réponses.`,
    interview: 'Entretien',
    unknown: "Il n'y a pas cette enquête dans cet espace de travail.",
  },
} as const;

/** The path of a survey's interview form, keeping the page's language and workspace. */
export function interviewPath(c: Context, surveyId: string): string {
  return `/surveys/${encodeURIComponent(surveyId)}/interview${keptParameters(c)}`;
}

/** What the interview form shows: the survey, the form's own fields (channel, language, customer id, answer set id), the answers and their refusals by question id, a refusal of the whole. */
export interface InterviewForm {
  language: Language;
  csrf: string;
  survey: LoadedSurvey;
  fields: Readonly<Partial<Record<'channel' | 'language' | 'customer_id' | 'response_id', string>>>;
  values: ReadonlyMap<string, readonly string[]>;
  problems: ReadonlyMap<string, Problem>;
  error?: string | undefined;
}

/** The interview form of a survey (GET /surveys/:id/interview), or again with the refusals and the values sent: its questions drawn as the survey page draws them. */
export function interviewFormPage(c: Context, form: InterviewForm, status: 200 | 400 | 409 = 200) {
  const t = TEXT[form.language];
  const { survey, fields } = form;
  const channels = interviewChannels(survey.definition);
  const channel = fields.channel || channels[0];
  const language = fields.language || form.language;
  return renderPage(
    c,
    {
      language: form.language,
      title: t.title(survey.definition.title[form.language]),
      error: form.error ?? (form.problems.size > 0 ? t.refused : undefined),
      style: QUESTION_STYLE,
      body: html`<p>${t.intro}</p>
<form method="post" action="${interviewPath(c, survey.surveyId)}" novalidate>
<input type="hidden" name="${CSRF_FIELD}" value="${form.csrf}">
<input type="hidden" name="response_id" value="${fields.response_id ?? ''}">
<fieldset class="q"><legend>${t.channel}</legend><div class="list">${channels.map(
        (choice) =>
          html`<label><input type="radio" name="channel" value="${choice}" required${choice === channel ? html` checked` : ''}>${channelName(choice, form.language)}</label>`,
      )}</div></fieldset>
<label for="language">${t.language}</label><select id="language" name="language">${LANGUAGES.map(
        (choice) => html`<option value="${choice}"${choice === language ? html` selected` : ''}>${t.languages[choice]}</option>`,
      )}</select>
${
  survey.audience === 'customers'
    ? html`<label for="customer_id">${t.customerId}</label><input id="customer_id" name="customer_id" maxlength="128" autocomplete="off" aria-describedby="customer-hint" value="${fields.customer_id ?? ''}">
<small id="customer-hint">${t.customerHint}</small>`
    : ''
}
${survey.definition.questions.map((question) => questionInputs(question, form))}
<button type="submit">${t.send}</button>
</form>`,
    },
    status,
  );
}

/** Why a survey's interview form is not shown: it has no interview channel, it is not open yet, or it is closed. */
export type InterviewRefusal = { reason: 'noChannel' } | { reason: 'scheduled'; opensAt: string } | { reason: 'closed'; closedOn: string };

/** The page that says why the survey takes no interview now (409). */
export function interviewRefusedPage(c: Context, language: Language, survey: LoadedSurvey, refusal: InterviewRefusal) {
  const t = TEXT[language];
  const error =
    refusal.reason === 'noChannel'
      ? t.noChannel(survey.definition.channels.map((channel) => channelName(channel, language)).join(', '))
      : refusal.reason === 'scheduled'
        ? t.scheduled(refusal.opensAt)
        : t.closed(refusal.closedOn);
  return renderPage(c, { language, title: t.title(survey.definition.title[language]), error, body: html`` }, 409);
}

/** The confirmation after an interview is recorded (PRG), with the link to the next one. */
export function interviewRecordedPage(c: Context, language: Language, survey: LoadedSurvey) {
  const t = TEXT[language];
  return renderPage(c, {
    language,
    title: t.recordedTitle,
    body: html`<p role="status">${t.recorded}</p>
<ul class="links"><li><a href="${interviewPath(c, survey.surveyId)}">${t.next}</a></li></ul>`,
  });
}

/** The page of a survey id the workspace does not have (404). */
export function unknownSurveyPage(c: Context, language: Language) {
  const t = TEXT[language];
  return renderPage(c, { language, title: t.interview, error: t.unknown, body: html`` }, 404);
}
