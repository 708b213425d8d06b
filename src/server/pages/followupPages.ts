import type { Context } from 'hono';
import { html } from 'hono/html';
import type { DetractorFollowUpResult } from '../../indicators/recommendation/detractorFollowUp.js';
import type { Language } from '../../output/language.js';
import {
  type CaseOwner,
  FOLLOWUP_STATUSES,
  type FollowupCase,
  type FollowupFilterInput,
  type FollowupStatus,
  MAX_NOTE,
} from '../../services/surveys/followups.js';
import type { Translated } from '../../services/surveys/surveyDefinition.js';
import { CSRF_FIELD } from '../auth/csrf.js';
import { channelName } from './channelNames.js';
import { keptParameters } from './keptParameters.js';
import { renderPage } from './renderPage.js';

/** The filters of the list, which its links and forms keep (the URL parameters of GET /followups). */
export const FOLLOWUP_PAGE_FILTERS = ['status', 'survey', 'from', 'to'] as const;

const HOUR_MS = 3_600_000;

const TEXT = {
  en: {
    title: 'Follow-up of detractors',
    rate: (value: string, contacted: number, n: number, low: string, high: string) =>
      `Detractors contacted within 48 hours: ${value} % (${contacted} of ${n}; 95% interval ${low}–${high} %).`,
    noRate: 'Detractors contacted within 48 hours: no case to judge yet (a case counts once its 48 hours are over or it is contacted).',
    filter: 'Show',
    anyStatus: 'Any status',
    anySurvey: 'Every survey',
    status: 'Status',
    survey: 'Survey',
    from: 'Opened from',
    to: 'to',
    none: 'No follow-up case matches. A case opens when a customer answers 0 to 6 to the recommendation question.',
    truncated: (count: number) => `Only the ${count} newest cases are shown: narrow the list.`,
    customer: 'Customer',
    anonymous: 'no customer id',
    channel: 'Channel',
    opened: 'Opened',
    ago: (age: string) => `${age} ago`,
    owner: 'Owner',
    nobody: 'Nobody',
    note: 'Note',
    noComment: 'No comment.',
    quoted: (text: string) => `“${text}”`,
    save: 'Save',
    statuses: { open: 'Open', contacted: 'Contacted', resolved: 'Resolved' } satisfies Record<FollowupStatus, string>,
    age: (days: number, hours: number) => (days === 0 ? (hours === 0 ? 'less than an hour' : `${hours} h`) : `${days} d ${hours} h`),
    unknown: 'There is no such follow-up case in this workspace.',
    back: 'All follow-up cases',
  },
  fr: {
    title: 'Suivi des détracteurs',
    rate: (value: string, contacted: number, n: number, low: string, high: string) =>
      `Détracteurs rappelés sous 48\u00A0heures\u00A0: ${value}\u00A0% (${contacted} sur ${n}\u00A0; intervalle à 95\u00A0% ${low}–${high}\u00A0%).`,
    noRate:
      'Détracteurs rappelés sous 48\u00A0heures\u00A0: aucun cas à juger pour l’instant (un cas compte une fois ses 48\u00A0heures passées ou dès qu’il est contacté).',
    filter: 'Afficher',
    anyStatus: 'Tous les statuts',
    anySurvey: 'Toutes les enquêtes',
    status: 'Statut',
    survey: 'Enquête',
    from: 'Ouverts du',
    to: 'au',
    none: 'Aucun cas de suivi ne correspond. Un cas s’ouvre quand un client répond de 0 à 6 à la question de recommandation.',
    truncated: (count: number) => `Seuls les ${count} cas les plus récents sont affichés\u00A0: affinez la liste.`,
    customer: 'Client',
    anonymous: 'sans identifiant client',
    channel: 'Canal',
    opened: 'Ouvert',
    ago: (age: string) => `il y a ${age}`,
    owner: 'Responsable',
    nobody: 'Personne',
    note: 'Note',
    noComment: 'Pas de commentaire.',
    quoted: (text: string) => `«\u00A0${text}\u00A0»`,
    save: 'Enregistrer',
    statuses: { open: 'Ouvert', contacted: 'Contacté', resolved: 'Résolu' } satisfies Record<FollowupStatus, string>,
    age: (days: number, hours: number) => (days === 0 ? (hours === 0 ? 'moins d’une heure' : `${hours}\u00A0h`) : `${days}\u00A0j ${hours}\u00A0h`),
    unknown: "Il n'y a pas ce cas de suivi dans cet espace de travail.",
    back: 'Tous les cas de suivi',
  },
} as const;

/** The follow-up list of one survey's cases, keeping the page's language and workspace. */
export function surveyFollowupsPath(c: Context, surveyId: string): string {
  const kept = keptParameters(c);
  return `/followups${kept}${kept === '' ? '?' : '&'}survey=${encodeURIComponent(surveyId)}`;
}

/** What the list page shows. */
export interface FollowupListPage {
  language: Language;
  csrf: string;
  /** The filter fields as the URL gave them (shown back in the filter form). */
  filter: FollowupFilterInput;
  cases: readonly FollowupCase[];
  truncated: boolean;
  rate: DetractorFollowUpResult;
  owners: readonly CaseOwner[];
  surveys: readonly { id: string; title: Translated }[];
  now: Date;
  error?: string | undefined;
  /** The fields of a case's form as sent, shown back after a refusal. */
  sent?: { responseId: string; fields: Record<string, string> } | undefined;
}

/** A number for reading: one decimal at most, in the page's language. */
function readable(value: number, language: Language): string {
  return value.toLocaleString(language === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 1 });
}

/** The share contacted within 48 hours, as the page's first line. */
function rateLine(rate: DetractorFollowUpResult, language: Language): string {
  const t = TEXT[language];
  if (rate.value === null || rate.ci95 === null) return t.noRate;
  const [low, high] = rate.ci95;
  return t.rate(readable(rate.value, language), rate.contacted, rate.n, readable(low, language), readable(high, language));
}

/** How long ago a case was opened, in days and hours. */
function age(openedAt: string, now: Date, language: Language): string {
  const hours = Math.max(0, Math.floor((now.getTime() - Date.parse(openedAt)) / HOUR_MS));
  return TEXT[language].age(Math.floor(hours / 24), hours % 24);
}

/** The filter form: status, survey, opening days; a GET form, so the list's address says what it shows. */
function filterForm(c: Context, page: FollowupListPage) {
  const t = TEXT[page.language];
  const { filter } = page;
  const hidden = ['lang', 'workspace'].flatMap((name) => {
    const value = c.req.query(name);
    return value === undefined ? [] : [html`<input type="hidden" name="${name}" value="${value}">`];
  });
  const option = (value: string, text: string, chosen: string | undefined) =>
    html`<option value="${value}"${value === (chosen ?? '') ? html` selected` : ''}>${text}</option>`;
  return html`<form method="get" action="/followups">
${hidden}
<label for="filter-status">${t.status}</label><select id="filter-status" name="status">${option('', t.anyStatus, filter.status)}${FOLLOWUP_STATUSES.map(
    (status) => option(status, t.statuses[status], filter.status),
  )}</select>
<label for="filter-survey">${t.survey}</label><select id="filter-survey" name="survey">${option('', t.anySurvey, filter.survey)}${page.surveys.map((survey) =>
    option(survey.id, survey.title[page.language], filter.survey),
  )}</select>
<label for="filter-from">${t.from}</label><input id="filter-from" name="from" type="date" value="${filter.from ?? ''}">
<label for="filter-to">${t.to}</label><input id="filter-to" name="to" type="date" value="${filter.to ?? ''}">
<button type="submit">${t.filter}</button>
</form>`;
}

/** One case: its answer, where it stands, and the form that changes it. */
function caseBlock(c: Context, page: FollowupListPage, found: FollowupCase) {
  const t = TEXT[page.language];
  const sent = page.sent?.responseId === found.responseId ? page.sent.fields : undefined;
  const status = sent?.status ?? found.status;
  const owner = sent?.owner ?? (found.owner === null ? '' : String(found.owner.id));
  const note = sent?.note ?? found.note ?? '';
  const key = found.responseId;
  const title = found.surveyTitle?.[page.language] ?? found.surveyId;
  return html`<fieldset><legend>NPS ${found.nps ?? '—'} · ${title}</legend>
<p>${found.comment === null || found.comment === '' ? html`<small>${t.noComment}</small>` : t.quoted(found.comment)}</p>
<p><small>${t.customer}: ${found.customerId ?? t.anonymous} · ${t.channel}: ${found.channel === null ? '—' : channelName(found.channel, page.language)} · ${t.opened}: ${t.ago(age(found.openedAt, page.now, page.language))} (${found.openedAt.slice(0, 16).replace('T', ' ')} UTC) · ${t.status}: ${t.statuses[found.status]} · ${t.owner}: ${found.owner?.displayName ?? t.nobody}</small></p>
<form method="post" action="/followups/${encodeURIComponent(key)}${keptParameters(c, FOLLOWUP_PAGE_FILTERS)}">
<input type="hidden" name="${CSRF_FIELD}" value="${page.csrf}">
<label for="status-${key}">${t.status}</label><select id="status-${key}" name="status">${FOLLOWUP_STATUSES.map(
    (choice) => html`<option value="${choice}"${choice === status ? html` selected` : ''}>${t.statuses[choice]}</option>`,
  )}</select>
<label for="owner-${key}">${t.owner}</label><select id="owner-${key}" name="owner"><option value=""${owner === '' ? html` selected` : ''}>${t.nobody}</option>${page.owners.map(
    (member) => html`<option value="${member.id}"${String(member.id) === owner ? html` selected` : ''}>${member.displayName} (${member.email})</option>`,
  )}</select>
<label for="note-${key}">${t.note}</label><textarea id="note-${key}" name="note" rows="2" maxlength="${MAX_NOTE}">${note}</textarea>
<button type="submit">${t.save}</button>
</form>
</fieldset>`;
}

/** The list of follow-up cases (GET /followups): the 48-hour share, the filters, and each case with its form. */
export function followupListPage(c: Context, page: FollowupListPage, status: 200 | 400 = 200) {
  const t = TEXT[page.language];
  return renderPage(
    c,
    {
      language: page.language,
      title: t.title,
      error: page.error,
      body: html`<p role="status"><strong>${rateLine(page.rate, page.language)}</strong></p>
${filterForm(c, page)}
${page.cases.length === 0 ? html`<p>${t.none}</p>` : page.cases.map((found) => caseBlock(c, page, found))}
${page.truncated ? html`<p><small>${t.truncated(page.cases.length)}</small></p>` : ''}`,
    },
    status,
  );
}

/** The page of a case the workspace does not have (404). */
export function unknownCasePage(c: Context, language: Language) {
  const t = TEXT[language];
  return renderPage(
    c,
    { language, title: t.title, error: t.unknown, body: html`<p><a href="/followups${keptParameters(c, FOLLOWUP_PAGE_FILTERS)}">${t.back}</a></p>` },
    404,
  );
}
