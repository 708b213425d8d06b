import { randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { NotFoundError, UsageError } from '../../errors/errors.js';
import { criteriaOf } from '../../services/audits/auditGrid.js';
import { type AuditGrid, getAuditGrid, listAuditGrids } from '../../services/audits/auditGrids.js';
import { recordVisit } from '../../services/audits/recordVisit.js';
import { formFields } from '../auth/smallBody.js';
import { auditGridsPage, unknownGridPage, visitFormPage, visitRecordedPage } from '../pages/auditPages.js';
import { pageLanguage } from '../pages/pageLanguage.js';
import type { AppEnv, Route } from '../route.js';

/** A decimal number as a form field may write it, with a point or a comma. */
const DECIMAL = /^\d+([.,]\d+)?$/;

/**
 * The visit the form's fields describe, as the JSON API takes it: a score field left empty
 * or set to "na" is not applicable; a time without offset gets the offset chosen beside it;
 * what is not a number is passed on as text, to be refused naming its field.
 */
export function visitOfForm(grid: AuditGrid, fields: Record<string, string>): Record<string, unknown> {
  const scores: Record<string, number | string | null> = {};
  const comments: Record<string, string> = {};
  for (const { id } of criteriaOf(grid.definition)) {
    const score = (fields[`score.${id}`] ?? '').trim();
    scores[id] = score === '' || score === 'na' ? null : DECIMAL.test(score) ? Number(score.replace(',', '.')) : score;
    const comment = (fields[`comment.${id}`] ?? '').trim();
    if (comment !== '') comments[id] = comment;
  }
  const visit: Record<string, unknown> = { site: (fields.site ?? '').trim(), scores, comments };
  if (fields.visit_id) visit.visit_id = fields.visit_id;
  if (fields.visited_at) visit.visited_at = `${fields.visited_at}${fields.offset ?? ''}`;
  if (fields.auditor?.trim()) visit.auditor = fields.auditor.trim();
  return visit;
}

/** The workspace's grid the path names, or null when it has none of that id (or it is archived: it takes no visits). */
async function openGrid(c: Context<AppEnv>): Promise<AuditGrid | null> {
  try {
    const grid = await getAuditGrid(c.get('store'), c.get('workspaceId'), c.req.param('id') ?? '');
    return grid.archivedAt === null ? grid : null;
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

/**
 * The pages an auditor fills in on site (docs/audits.md), for signed-in editors, no script:
 * `GET /audits` lists the grids in use, `GET /audits/:id/visit` shows a grid's visit form,
 * `POST /audits/:id/visit` records it (the session's CSRF token in the form) and confirms,
 * or shows the form again with the refusal and the values sent. The form carries a visit id
 * drawn when it is shown, so sending it twice records one visit.
 */
export const auditPageRoutes: readonly Route[] = [
  {
    method: 'GET',
    path: '/audits',
    access: 'editor',
    parameters: ['lang'],
    async handle(c) {
      return auditGridsPage(c, pageLanguage(c), await listAuditGrids(c.get('store'), c.get('workspaceId')));
    },
  },
  {
    method: 'GET',
    path: '/audits/:id/visit',
    access: 'editor',
    parameters: ['lang'],
    async handle(c) {
      const language = pageLanguage(c);
      const grid = await openGrid(c);
      if (grid === null) return unknownGridPage(c, language);
      const user = c.get('user');
      const values = { visit_id: randomBytes(9).toString('base64url'), auditor: user?.displayName ?? '' };
      return visitFormPage(c, { language, csrf: user?.csrfToken ?? '', grid, values });
    },
  },
  {
    method: 'POST',
    path: '/audits/:id/visit',
    access: 'editor',
    parameters: ['lang'],
    async handle(c) {
      const language = pageLanguage(c);
      const grid = await openGrid(c);
      if (grid === null) return unknownGridPage(c, language);
      const fields = await formFields(c);
      const visit = visitOfForm(grid, fields);
      try {
        await recordVisit(c.get('store'), c.get('workspaceId'), grid.id, visit);
      } catch (error) {
        if (!(error instanceof UsageError)) throw error;
        const message = language === 'fr' ? error.inFrench() : error.message;
        return visitFormPage(c, { language, csrf: c.get('user')?.csrfToken ?? '', grid, values: fields, error: message }, 400);
      }
      return visitRecordedPage(c, language, grid, String(visit.site));
    },
  },
];
