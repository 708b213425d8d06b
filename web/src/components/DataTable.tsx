import type { ComponentChildren } from 'preact';

/** One column of a table: its heading, whether it holds numbers (right-aligned), and how a row fills it. */
export interface Column<Row> {
  heading: string;
  numeric?: boolean;
  cell: (row: Row) => ComponentChildren;
}

/** A table of rows with a caption and column headings; numbers right-aligned in tabular figures. */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
}: {
  caption: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
}) {
  return (
    <table class="data">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th scope="col" class={column.numeric ? 'number' : undefined} key={column.heading}>
              {column.heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
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
  );
}
