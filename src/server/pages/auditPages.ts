import type { Context } from 'hono';
import { html } from 'hono/html';
import type { Language } from '../../output/language.js';
import { type Criterion, criteriaOf } from '../../services/audits/auditGrid.js';
import type { AuditGrid } from '../../services/audits/auditGrids.js';
import { CSRF_FIELD } from '../auth/csrf.js';
import { keptParameters } from './keptParameters.js';
import { renderPage } from './renderPage.js';

/** The largest whole maximum shown as buttons 0…max; a larger or fractional one is a number field. */
const MAX_BUTTONS = 10;

/** An offset from UTC in minutes as ISO 8601 writes it: `+05:30`, `-03:00`. */
function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const hours = String(Math.floor(Math.abs(minutes) / 60)).padStart(2, '0');
  return `${sign}${hours}:${String(Math.abs(minutes) % 60).padStart(2, '0')}`;
}

/** The UTC offsets the form offers, every half hour from −12:00 to +14:00. */
const OFFSETS = Array.from({ length: 53 }, (_, index) => formatOffset((index - 24) * 30));

/** The server's UTC offset now, the form's default (the auditors of a self-hosted server mostly share its time zone); +00:00 when it is not a half hour. */
export function serverOffset(now = new Date()): string {
  const offset = formatOffset(-now.getTimezoneOffset());
  return OFFSETS.includes(offset) ? offset : '+00:00';
}

const TEXT = {
  en: {
    gridsTitle: 'Audit grids',
    noGrids: 'No audit grid yet: an editor creates one with POST /api/audit-grids (docs/audits.md).',
    criteria: (count: number) => `${count} criteria`,
    record: 'Record a visit',
    visitTitle: (name: string) => `Visit — ${name}`,
    site: 'Site',
    visitedAt: 'Date and time of the visit',
    visitedAtHint: 'Leave empty for now.',
    offset: 'UTC offset of that time',
    auditor: 'Auditor',
    notApplicable: 'Not applicable',
    scoreOutOf: (max: number) => `Score, from 0 to ${max}`,
    numberHint: 'Leave empty when not applicable.',
    comment: 'Comment',
    send: 'Record the visit',
    recordedTitle: 'Visit recorded',
    recorded: (site: string) => `The visit of ${site} is recorded; it counts in the report's mystery-shopping score.`,
    another: 'Record another visit',
    back: 'All audit grids',
    unknown: 'There is no such audit grid in this workspace.',
  },
  fr: {
    gridsTitle: "Grilles d'audit",
    noGrids: "Aucune grille d'audit pour l'instant\u00A0: un éditeur en crée une avec POST /api/audit-grids (docs/audits.md).",
    criteria: (count: number) => `${count} critères`,
    record: 'Saisir une visite',
    visitTitle: (name: string) => `Visite — ${name}`,
    site: 'Site',
    visitedAt: 'Date et heure de la visite',
    visitedAtHint: 'Laisser vide pour maintenant.',
    offset: 'Décalage UTC de cette heure',
    auditor: 'Auditeur',
    notApplicable: 'Sans objet',
    scoreOutOf: (max: number) => `Note, de 0 à ${max}`,
    numberHint: 'Laisser vide si sans objet.',
    comment: 'Commentaire',
    send: 'Enregistrer la visite',
    recordedTitle: 'Visite enregistrée',
    recorded: (site: string) => `La visite de ${site} est enregistrée\u00A0; elle compte dans le score d'audit mystère du rapport.`,
    another: 'Saisir une autre visite',
    back: "Toutes les grilles d'audit",
    unknown: "Il n'y a pas cette grille d'audit dans cet espace de travail.",
  },
} as const;

/** The path of a grid's visit form, keeping the page's language and workspace. */
function visitPath(c: Context, gridId: string): string {
  return `/audits/${encodeURIComponent(gridId)}/visit${keptParameters(c)}`;
}

/** The list of the workspace's grids still in use, each with a link to its visit form (GET /audits). */
export function auditGridsPage(c: Context, language: Language, grids: readonly AuditGrid[]) {
  const t = TEXT[language];
  const open = grids.filter((grid) => grid.archivedAt === null);
  return renderPage(c, {
    language,
    title: t.gridsTitle,
    body:
      open.length === 0
        ? html`<p>${t.noGrids}</p>`
        : html`<ul class="links">${open.map(
            (grid) =>
              html`<li><a href="${visitPath(c, grid.id)}">${t.record}: <strong>${grid.name}</strong></a> <small>(${t.criteria(criteriaOf(grid.definition).length)})</small></li>`,
          )}</ul>`,
  });
}

/** What the visit form shows: the grid, the values sent (kept after a refusal), the refusal. */
export interface VisitForm {
  language: Language;
  csrf: string;
  grid: AuditGrid;
  /** The form's fields by name, as sent or as first filled in. */
  values: Record<string, string>;
  error?: string | undefined;
}

/** One criterion's inputs: buttons 0…max and "not applicable" (one required choice), or a number field; and its comment. */
function criterionInputs(criterion: Criterion, form: VisitForm) {
  const t = TEXT[form.language];
  const name = `score.${criterion.id}`;
  const value = form.values[name] ?? '';
  const label = criterion.label[form.language];
  const buttons = Number.isInteger(criterion.max_score) && criterion.max_score <= MAX_BUTTONS;
  const comment = html`<label for="comment-${criterion.id}">${t.comment}</label>
<textarea id="comment-${criterion.id}" name="comment.${criterion.id}" rows="2" maxlength="2000">${form.values[`comment.${criterion.id}`] ?? ''}</textarea>`;
  if (!buttons) {
    return html`<fieldset><legend>${label}</legend>
<label for="score-${criterion.id}">${t.scoreOutOf(criterion.max_score)}</label>
<input id="score-${criterion.id}" name="${name}" type="number" inputmode="decimal" min="0" max="${criterion.max_score}" step="any" value="${value}" aria-describedby="hint-${criterion.id}">
<small id="hint-${criterion.id}">${t.numberHint}</small>
${comment}
</fieldset>`;
  }
  const choices = [
    ...Array.from({ length: criterion.max_score + 1 }, (_, score) => ({ value: String(score), text: String(score) })),
    { value: 'na', text: t.notApplicable },
  ];
  return html`<fieldset><legend>${label} <small>(${t.scoreOutOf(criterion.max_score)})</small></legend>
<div class="scale">${choices.map(
    (choice) =>
      html`<label><input type="radio" name="${name}" value="${choice.value}" required${value === choice.value ? html` checked` : ''}>${choice.text}</label>`,
  )}</div>
${comment}
</fieldset>`;
}

/** The visit form of a grid (GET /audits/:id/visit), or again with the refusal and the values sent. */
export function visitFormPage(c: Context, form: VisitForm, status: 200 | 400 = 200) {
  const t = TEXT[form.language];
  const { values, grid } = form;
  const offset = values.offset ?? serverOffset();
  return renderPage(
    c,
    {
      language: form.language,
      title: t.visitTitle(grid.name),
      error: form.error,
      body: html`<form method="post" action="${visitPath(c, grid.id)}">
<input type="hidden" name="${CSRF_FIELD}" value="${form.csrf}">
<input type="hidden" name="visit_id" value="${values.visit_id ?? ''}">
<label for="site">${t.site}</label><input id="site" name="site" required maxlength="200" autocomplete="off" value="${values.site ?? ''}">
<label for="visited_at">${t.visitedAt}</label><input id="visited_at" name="visited_at" type="datetime-local" value="${values.visited_at ?? ''}" aria-describedby="visited-hint">
<small id="visited-hint">${t.visitedAtHint}</small>
<label for="offset">${t.offset}</label><select id="offset" name="offset">${OFFSETS.map(
        (choice) => html`<option value="${choice}"${choice === offset ? html` selected` : ''}>UTC${choice}</option>`,
      )}</select>
<label for="auditor">${t.auditor}</label><input id="auditor" name="auditor" maxlength="200" autocomplete="name" value="${values.auditor ?? ''}">
${grid.definition.touchpoints.map(
  (touchpoint) => html`<fieldset><legend>${touchpoint.label[form.language]}</legend>
${touchpoint.criteria.map((criterion) => criterionInputs(criterion, form))}
</fieldset>`,
)}
<button type="submit">${t.send}</button>
</form>`,
    },
    status,
  );
}

/** The confirmation of a recorded visit, with links to record another and to the grids. */
export function visitRecordedPage(c: Context, language: Language, grid: AuditGrid, site: string) {
  const t = TEXT[language];
  return renderPage(c, {
    language,
    title: t.recordedTitle,
    body: html`<p role="status">${t.recorded(site)}</p>
<ul class="links"><li><a href="${visitPath(c, grid.id)}">${t.another}</a></li><li><a href="/audits${keptParameters(c)}">${t.back}</a></li></ul>`,
  });
}

/** The page of a grid id the workspace does not have (404). */
export function unknownGridPage(c: Context, language: Language) {
  const t = TEXT[language];
  return renderPage(c, { language, title: t.gridsTitle, error: t.unknown, body: html`<p><a href="/audits${keptParameters(c)}">${t.back}</a></p>` }, 404);
}
