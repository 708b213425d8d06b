import { DataError } from '../../errors/errors.js';

/** A column an adapter looks for, by its name in the export and the other names it has had. */
export interface WantedColumn {
  /** The name the tool's current export uses, quoted in messages. */
  name: string;
  /** Other spellings seen in other exports or versions of the tool. */
  aliases?: readonly string[];
  required?: boolean;
  /** A timestamp column whose header ends with its zone, `(UTC)` or another: any zone matches. */
  zoned?: boolean;
}

/** Where the wanted columns are in a header: index and the header's own spelling, or undefined when absent. */
export type ColumnPositions<K extends string> = Readonly<Record<K, { index: number; header: string } | undefined>>;

/**
 * A header name reduced for comparison: accents, case, spacing (stray, doubled, line breaks)
 * and a recall token such as `{{field:abc}}` do not matter.
 *
 * @example normalizeName('  Created   at ') // 'created at'
 */
export function normalizeName(name: string): string {
  return name
    .replace(/\{\{[^}]*\}\}/g, ' ')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Finds the wanted columns in a header BY NAME (never by position, since a tool's column
 * set and order change between exports), each under its name or one of its aliases.
 *
 * @param what the export expected, for the message: "a Shopify orders export"
 * @throws DataError naming every required column missing, in one sentence.
 */
export function locateColumns<K extends string>(
  header: readonly string[],
  wanted: Readonly<Record<K, WantedColumn>>,
  what: string,
  shownAs: string,
): ColumnPositions<K> {
  const byName = new Map<string, number>();
  const byZonelessName = new Map<string, number>();
  header.forEach((name, index) => {
    const key = normalizeName(name);
    if (!byName.has(key)) byName.set(key, index);
    if (!byZonelessName.has(withoutZone(key))) byZonelessName.set(withoutZone(key), index);
  });
  const positions = {} as Record<K, { index: number; header: string } | undefined>;
  const missing: WantedColumn[] = [];
  for (const key of Object.keys(wanted) as K[]) {
    const column = wanted[key];
    const names = [column.name, ...(column.aliases ?? [])].map(normalizeName);
    const index =
      names.map((name) => byName.get(name)).find((found) => found !== undefined) ??
      (column.zoned ? names.map((name) => byZonelessName.get(withoutZone(name))).find((found) => found !== undefined) : undefined);
    positions[key] = index === undefined ? undefined : { index, header: header[index] as string };
    if (index === undefined && column.required) missing.push(column);
  }
  if (missing.length > 0)
    throw missingColumnsError(
      missing.map((column) => column.name),
      what,
      shownAs,
    );
  return positions;
}

/** The one-sentence error for an export whose layout lacks columns we need. */
export function missingColumnsError(missing: readonly string[], what: string, shownAs: string, noun: 'column' | 'field' = 'column'): DataError {
  const names = missing.map((name) => `"${name}"`);
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return new DataError(
    `The file ${shownAs} is not ${what} as Baromètre reads it: it lacks the ${noun}${names.length > 1 ? 's' : ''} ${list} (${noun}s are matched by name; see docs/imports.md for the layouts read).`,
    shownAs,
    missing.map((name) => ({ line: 1, column: name, reason: `${noun} missing from the export` })),
  );
}

/** A normalised header without the zone in parentheses it may end with: `created (utc)` → `created`. */
function withoutZone(name: string): string {
  return name.replace(/\s*\([^()]*\)$/, '');
}

/** The trimmed text of a record's field at a located column, '' when the column or field is absent. */
export function cell(fields: readonly string[], position: { index: number } | undefined): string {
  return position === undefined ? '' : (fields[position.index] ?? '').trim();
}
