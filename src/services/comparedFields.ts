import { fieldError } from '../errors/errors.js';
import type { ImportKind } from '../store/schema/kinds.js';
import type { FieldCatalog } from '../store/queries/fieldCatalog.js';
import { ANALYSIS_FIELDS, BAND_FIELD, type FieldFilter, filterText, isNumericColumn, ORDERING_OPERATORS } from '../store/queries/rowScope.js';
import { attributeNotNumber } from '../store/queries/attributeNotNumber.js';
import type { Session } from '../store/Store.js';

/** The fields that are names, never numbers, whatever the data: a text's analysis, its language, an answer's band. */
const TEXT_FIELDS: readonly string[] = [...ANALYSIS_FIELDS, 'language', BAND_FIELD];

/**
 * Checks that every --where filter that orders (`<`, `<=`, `>`, `>=`) names a number on at
 * least one of `kinds` or on customers: a numeric column (nps, csat, ces, amount, reach…) or an
 * attribute whose every value is a number written in decimals (blanks aside). A field found
 * nowhere is left to the caller's own check of unknown fields.
 *
 * @throws UsageError naming the filter when its field holds text wherever it is found (a text
 *   column, an attribute with a value that is not a number, the sentiment, theme, language or band).
 */
export async function checkComparedFields(
  session: Session,
  workspaceId: number,
  where: readonly FieldFilter[],
  catalog: FieldCatalog,
  kinds: readonly ImportKind[],
): Promise<void> {
  for (const filter of where) {
    if (!ORDERING_OPERATORS.includes(filter.operator ?? '=')) continue;
    const reading = await readsAsNumber(session, workspaceId, filter.field, catalog, [...new Set<ImportKind>([...kinds, 'customers'])]);
    if (reading.number || (!reading.found && !TEXT_FIELDS.includes(filter.field))) continue;
    const example = (word: string) => (reading.text === null ? '' : ` (${word} ${JSON.stringify(reading.text)})`);
    throw fieldError('where', {
      en: (name) =>
        `${name('where')} ${filterText(filter)}: ${filter.field} holds text${example('such as')}, and ${filter.operator} compares numbers; compare a numeric field such as nps, csat or ces, or use = or !=.`,
      fr: (name) =>
        `${name('where')} ${filterText(filter)} : ${filter.field} contient du texte${example('comme')}, et ${filter.operator} compare des nombres ; comparez un champ numérique comme nps, csat ou ces, ou employez = ou !=.`,
    });
  }
}

/** Whether `field` is a column or attribute of one of `kinds`, whether it is a number on one of them, and a text value it holds. */
async function readsAsNumber(
  session: Session,
  workspaceId: number,
  field: string,
  catalog: FieldCatalog,
  kinds: readonly ImportKind[],
): Promise<{ found: boolean; number: boolean; text: string | null }> {
  let found = false;
  let text: string | null = null;
  for (const kind of kinds) {
    if (catalog.columns(kind).has(field)) {
      found = true;
      if (isNumericColumn(kind, field)) return { found, number: true, text: null };
    } else if (catalog.attributes(kind).has(field)) {
      found = true;
      const value = await attributeNotNumber(session, catalog, workspaceId, kind, field);
      if (value === null) return { found, number: true, text: null };
      text ??= value;
    }
  }
  return { found, number: false, text };
}
