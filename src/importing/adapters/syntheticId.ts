import { createHash } from 'node:crypto';

/** Hex digits kept of the SHA-256: 64 bits, so ten million rows collide with odds of about 3 in a million. */
const ID_HEX_DIGITS = 16;
/** Separates the hashed fields, so that ("ab","c") and ("a","bc") differ. */
const FIELD_SEPARATOR = '\u001f';

/**
 * A stable id for a row its tool gives no id (a Google Forms answer, a GA4 event): the hash of
 * fields that do not change from one export of the same data to the next, so re-importing a
 * later export updates the rows instead of duplicating them.
 *
 * @example syntheticId('gf', ['4/11/2026 12:33:18', '9', 'Très bien']) // 'gf_' followed by 16 hex digits, always the same
 */
export function syntheticId(prefix: string, fields: readonly string[]): string {
  return `${prefix}_${createHash('sha256').update(fields.join(FIELD_SEPARATOR)).digest('hex').slice(0, ID_HEX_DIGITS)}`;
}

/**
 * Makes repeated ids of one file distinct, in file order: the second occurrence of `x` becomes
 * `x~2`, and so on. Two identical answers in the same second, or a GA4 event logged twice, are
 * two rows; numbering them by order keeps the ids stable as long as the export keeps its order.
 */
export class DistinctIds {
  private readonly seen = new Map<string, number>();

  next(id: string): string {
    const count = (this.seen.get(id) ?? 0) + 1;
    this.seen.set(id, count);
    return count === 1 ? id : `${id}~${count}`;
  }
}
