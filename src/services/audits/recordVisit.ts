import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { UsageError } from '../../errors/errors.js';
import { sqlTimestamp } from '../../store/sqlTimestamp.js';
import { replaceAuditVisit, type VisitRow } from '../../store/audits/auditVisits.js';
import type { Store } from '../../store/Store.js';
import { isoTimeWithOffset } from '../validation/isoTime.js';
import { mustBe, quoted, storableText, zodRefusal } from '../validation/zodFields.js';
import { criteriaOf } from './auditGrid.js';
import { getAuditGrid } from './auditGrids.js';

/**
 * A visit as an auditor records it (docs/audits.md): the site, when (an ISO time with its
 * offset; now when absent), who, a score per criterion of the grid (a criterion left out,
 * or null, is not applicable) and a comment per criterion scored. A `visit_id` the client
 * chose makes sending the visit again replace it rather than add a second one.
 */

const ID_TEXT = '1 to 64 letters, digits, _ or -';

const VISIT_FIELDS = {
  visit_id: z
    .string({ error: mustBe(ID_TEXT) })
    .regex(/^[A-Za-z0-9_-]{1,64}$/, { error: mustBe(ID_TEXT) })
    .optional(),
  site: storableText('a text of 1 to 200 characters', 1, 200),
  visited_at: isoTimeWithOffset.optional(),
  auditor: storableText('a text of 1 to 200 characters', 1, 200).optional(),
  scores: z.record(z.string(), z.union([z.number(), z.null()], { error: mustBe('a number, or null for not applicable') }), {
    error: mustBe('an object of scores by criterion id'),
  }),
  comments: z
    .record(z.string(), storableText('a text of at most 2000 characters', 0, 2000), { error: mustBe('an object of comments by criterion id') })
    .optional(),
};

const visitSchema = z.strictObject(VISIT_FIELDS, { error: mustBe('a JSON object') });

/** The id of the visit recorded, and whether it replaced one sent before with that id. */
export interface RecordedVisit {
  id: string;
  replaced: boolean;
}

/**
 * Checks `value` as a visit of the workspace's grid `gridId` and writes it into `audits`,
 * one row per criterion scored, with the criterion's touchpoint, maximum and weight from the
 * grid, and the grid id, auditor and comment as attributes (replaceAuditVisit). Refusals:
 * a NotFoundError for an unknown grid, a UsageError naming the field for bad input (in
 * French too for the checks against the grid, which the visit form shows).
 */
export async function recordVisit(store: Store, workspaceId: number, gridId: string, value: unknown, now = new Date()): Promise<RecordedVisit> {
  const grid = await getAuditGrid(store, workspaceId, gridId);
  if (grid.archivedAt !== null) {
    throw new UsageError({
      en: `The audit grid ${JSON.stringify(gridId)} is archived: it takes no more visits.`,
      fr: `La grille d'audit ${JSON.stringify(gridId)} est archivée\u00A0: elle ne prend plus de visites.`,
    });
  }
  const parsed = visitSchema.safeParse(value);
  if (!parsed.success) throw zodRefusal(parsed.error.issues[0]!, 'The visit', 'a visit', () => Object.keys(VISIT_FIELDS).join(', '));
  const visit = parsed.data;
  const criteria = criteriaOf(grid.definition);
  const known = new Map(criteria.map((criterion) => [criterion.id, criterion]));
  const ids = criteria.map((criterion) => criterion.id).join(', ');
  for (const [field, entries] of [
    ['scores', visit.scores],
    ['comments', visit.comments ?? {}],
  ] as const) {
    const unknown = Object.keys(entries).find((id) => !known.has(id));
    if (unknown !== undefined) {
      throw new UsageError({
        en: `${field}.${unknown} is not a criterion of the grid (${ids}).`,
        fr: `${field}.${unknown} n'est pas un critère de la grille (${ids}).`,
      });
    }
  }
  const rows: VisitRow[] = [];
  for (const criterion of criteria) {
    const score = visit.scores[criterion.id];
    const comment = visit.comments?.[criterion.id];
    if (score === undefined || score === null) {
      if (comment !== undefined && comment !== '') {
        throw new UsageError({
          en: `comments.${criterion.id} is for a criterion the visit marks not applicable: score it or remove the comment.`,
          fr: `comments.${criterion.id} porte sur un critère marqué sans objet\u00A0: notez-le ou retirez le commentaire.`,
        });
      }
      continue;
    }
    if (!Number.isFinite(score) || score < 0 || score > criterion.max_score) {
      const where =
        score < 0
          ? { en: 'below 0', fr: 'inférieur à 0' }
          : { en: `above the criterion's maximum ${criterion.max_score}`, fr: `supérieur au maximum du critère, ${criterion.max_score}` };
      throw new UsageError({ en: `scores.${criterion.id} ${quoted(score)} is ${where.en}.`, fr: `scores.${criterion.id} ${quoted(score)} est ${where.fr}.` });
    }
    const attributes: Record<string, string> = { grid: grid.id };
    if (visit.auditor !== undefined) attributes.auditor = visit.auditor;
    if (comment !== undefined && comment !== '') attributes.comment = comment;
    rows.push({ criterion: criterion.id, touchpoint: criterion.touchpoint, score, max_score: criterion.max_score, weight: criterion.weight, attributes });
  }
  if (rows.length === 0) {
    throw new UsageError({
      en: 'scores gives no score: a visit scores at least one criterion of the grid.',
      fr: 'scores ne donne aucune note\u00A0: une visite note au moins un critère de la grille.',
    });
  }
  const id = visit.visit_id ?? randomBytes(9).toString('base64url');
  const { replaced } = await replaceAuditVisit(store, workspaceId, { visitId: id, site: visit.site, visitedAt: visit.visited_at ?? sqlTimestamp(now), rows });
  return { id, replaced };
}
