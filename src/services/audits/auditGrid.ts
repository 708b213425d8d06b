import { z } from 'zod';
import type { UsageError } from '../../errors/errors.js';
import { type Translated, translated } from '../validation/translated.js';
import { mustBe, storableText, zodRefusal } from '../validation/zodFields.js';

/**
 * A mystery-shopping audit grid as the API takes it (docs/audits.md): a name, and criteria
 * grouped by touchpoint (accueil, service, caisse…), each with its label in French and
 * English, its maximum score and its weight. A visit scores each criterion from 0 to its
 * maximum; the mysteryShopping indicator weighs the scores (src/indicators/audit/mysteryShopping.ts).
 */

/** The most touchpoints a grid holds, and criteria in all. */
export const MAX_TOUCHPOINTS = 30;
export const MAX_CRITERIA = 200;

/** One criterion, checked; its id is unique in the grid, and names the `criterion` of its `audits` rows. */
export interface Criterion {
  id: string;
  label: Translated;
  /** The best score, > 0. */
  max_score: number;
  /** Its weight in the visit's and touchpoint's scores, > 0 (1 when not given). */
  weight: number;
}

/** One touchpoint: its id (the `touchpoint` of its rows), its label, its criteria. */
export interface Touchpoint {
  id: string;
  label: Translated;
  criteria: Criterion[];
}

/** A grid's definition, checked. */
export interface AuditGridDefinition {
  name: string;
  touchpoints: Touchpoint[];
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const ID_TEXT = '1 to 64 letters, digits, _ or -';
const id = z.string({ error: mustBe(ID_TEXT) }).regex(ID, { error: mustBe(ID_TEXT) });

/** A positive number of at most 1,000,000. */
const positive = (what: string) =>
  z
    .number({ error: mustBe(what) })
    .gt(0, { error: mustBe(what) })
    .max(1_000_000, { error: mustBe(what) });

const CRITERION_FIELDS = {
  id,
  label: translated('a text of 1 to 500 characters', 500),
  max_score: positive('a number above 0 and at most 1,000,000'),
  weight: positive('a number above 0 and at most 1,000,000').optional(),
};

const TOUCHPOINT_FIELDS = {
  id,
  label: translated('a text of 1 to 200 characters', 200).optional(),
  criteria: z
    .array(z.strictObject(CRITERION_FIELDS), { error: mustBe(`a list of 1 to ${MAX_CRITERIA} criteria`) })
    .min(1, { error: mustBe(`a list of 1 to ${MAX_CRITERIA} criteria`) })
    .max(MAX_CRITERIA, { error: mustBe(`a list of 1 to ${MAX_CRITERIA} criteria`) }),
};

const GRID_FIELDS = {
  name: storableText('a text of 1 to 200 characters', 1, 200),
  touchpoints: z
    .array(z.strictObject(TOUCHPOINT_FIELDS), { error: mustBe(`a list of 1 to ${MAX_TOUCHPOINTS} touchpoints`) })
    .min(1, { error: mustBe(`a list of 1 to ${MAX_TOUCHPOINTS} touchpoints`) })
    .max(MAX_TOUCHPOINTS, { error: mustBe(`a list of 1 to ${MAX_TOUCHPOINTS} touchpoints`) }),
};

const gridSchema = z.strictObject(GRID_FIELDS, { error: mustBe('a JSON object') }).transform((grid, context): AuditGridDefinition => {
  const touchpointIds = new Set<string>();
  const criterionIds = new Set<string>();
  let criteria = 0;
  grid.touchpoints.forEach((touchpoint, index) => {
    if (touchpointIds.has(touchpoint.id)) {
      context.addIssue({ code: 'custom', path: ['touchpoints', index, 'id'], message: `"${touchpoint.id}" is the id of an earlier touchpoint.` });
    }
    touchpointIds.add(touchpoint.id);
    touchpoint.criteria.forEach((criterion, position) => {
      if (criterionIds.has(criterion.id)) {
        context.addIssue({
          code: 'custom',
          path: ['touchpoints', index, 'criteria', position, 'id'],
          message: `"${criterion.id}" is the id of an earlier criterion: ids are unique in the grid.`,
        });
      }
      criterionIds.add(criterion.id);
    });
    criteria += touchpoint.criteria.length;
  });
  if (criteria > MAX_CRITERIA)
    context.addIssue({ code: 'custom', path: ['touchpoints'], message: `hold ${criteria} criteria; a grid holds at most ${MAX_CRITERIA}.` });
  return {
    name: grid.name,
    touchpoints: grid.touchpoints.map((touchpoint) => ({
      id: touchpoint.id,
      label: touchpoint.label ?? { fr: touchpoint.id, en: touchpoint.id },
      criteria: touchpoint.criteria.map((criterion) => ({
        id: criterion.id,
        label: criterion.label,
        max_score: criterion.max_score,
        weight: criterion.weight ?? 1,
      })),
    })),
  };
});

/** The fields the object at `path` takes, for the refusal of an unknown one. */
function fieldsAt(path: readonly PropertyKey[]): string {
  const fields = path.length === 0 ? GRID_FIELDS : path.length === 2 ? TOUCHPOINT_FIELDS : path.length === 4 ? CRITERION_FIELDS : { fr: 0, en: 0 };
  return Object.keys(fields).join(', ');
}

/** The grid of a JSON value, checked, or the UsageError naming its first problem's field (`touchpoints[0].criteria[2].max_score 0 is not …`). */
export function parseAuditGrid(value: unknown): AuditGridDefinition | UsageError {
  const parsed = gridSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  return zodRefusal(parsed.error.issues[0]!, 'The grid', 'this object', fieldsAt);
}

/** Every criterion of a grid with its touchpoint's id, in the grid's order. */
export function criteriaOf(grid: AuditGridDefinition): (Criterion & { touchpoint: string })[] {
  return grid.touchpoints.flatMap((touchpoint) => touchpoint.criteria.map((criterion) => ({ ...criterion, touchpoint: touchpoint.id })));
}
