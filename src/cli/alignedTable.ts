/** Rows as a table: the first column left-aligned, the others right-aligned, a rule under the header, and each row's `under` lines below it. */
export function aligned(rows: string[][], under: readonly (readonly string[])[] = []): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  return rows
    .map((row, index) => {
      const line = row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
      return index === 0 ? `${line}\n${'-'.repeat(line.length)}` : [line, ...(under[index] ?? [])].join('\n');
    })
    .join('\n');
}
