import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { formatNumber } from '../i18n/format.js';
import { say, useLanguage, type Words } from '../i18n/words.js';
import { type SortValue, sortRows } from './sortRows.js';

/**
 * One column of a table: its heading, whether it holds numbers (right-aligned), how a row
 * fills it and, when the table may be sorted on it, the value it sorts by.
 */
export interface Column<Row> {
  heading: string;
  numeric?: boolean;
  cell: (row: Row) => ComponentChildren;
  sortValue?: (row: Row) => SortValue;
}

const WORDS = {
  sortBy: { en: 'Sort by', fr: 'Trier par' },
  showMore: { en: 'Show more', fr: 'Afficher plus' },
  of: { en: 'of', fr: 'sur' },
  shown: { en: 'shown', fr: 'affichées' },
} satisfies Record<string, Words>;

/**
 * A table of rows with a caption and column headings; numbers right-aligned in tabular
 * figures. A column with `sortValue` has a heading button that sorts on it (descending
 * first, again to reverse; `sortedBy` names the column sorted at first). With `limit`, only
 * that many rows show, and a button shows as many more.
 */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  sortedBy,
  limit,
}: {
  caption: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  sortedBy?: string;
  limit?: number;
}) {
  const language = useLanguage();
  const [sort, setSort] = useState<{ heading: string; descending: boolean } | null>(sortedBy === undefined ? null : { heading: sortedBy, descending: true });
  const [shown, setShown] = useState(limit ?? Number.POSITIVE_INFINITY);
  const sortColumn = columns.find((column) => column.heading === sort?.heading && column.sortValue !== undefined);
  const ordered = sortColumn?.sortValue === undefined || sort === null ? rows : sortRows(rows, sortColumn.sortValue, sort.descending, language);
  const visible = ordered.slice(0, shown);
  const toggle = (heading: string) => setSort(sort?.heading === heading ? { heading, descending: !sort.descending } : { heading, descending: true });
  return (
    <>
      <table class="data">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => {
              const sorted = sortColumn !== undefined && sort?.heading === column.heading ? (sort.descending ? 'descending' : 'ascending') : undefined;
              return (
                <th scope="col" class={column.numeric ? 'number' : undefined} key={column.heading} aria-sort={sorted}>
                  {column.sortValue === undefined ? (
                    column.heading
                  ) : (
                    <button type="button" class="sort" title={`${say(WORDS.sortBy, language)} ${column.heading}`} onClick={() => toggle(column.heading)}>
                      {column.heading}
                      <span aria-hidden="true">{sorted === 'descending' ? ' ▼' : sorted === 'ascending' ? ' ▲' : ' ⇅'}</span>
                    </button>
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {visible.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) => (
                <td class={column.numeric ? 'number' : undefined} key={column.heading}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {limit !== undefined && ordered.length > visible.length && (
        <p class="more">
          {formatNumber(visible.length, language, 0)} {say(WORDS.of, language)} {formatNumber(ordered.length, language, 0)} {say(WORDS.shown, language)}{' '}
          <button type="button" onClick={() => setShown(shown + limit)}>
            {say(WORDS.showMore, language)}
          </button>
        </p>
      )}
    </>
  );
}
