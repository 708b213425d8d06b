import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UsageError } from '../errors/errors.js';
import type { Table } from '../output/table.js';
import { toLocalCsv } from '../output/toCsv.js';
import { toXlsx } from '../output/toXlsx.js';
import type { CliOutput } from './Command.js';
import { inLanguage } from './inLanguage.js';

/** The export flags of report, feedback and customers: --csv (to stdout) and --xlsx FILE. */
export const EXPORT_OPTIONS = { csv: { type: 'boolean' }, xlsx: { type: 'string' } } as const;

/** What a command exports: one table for a CSV, the sheets of a workbook. */
export interface Exported {
  csv: () => Table | Promise<Table>;
  sheets: () => Table[] | Promise<Table[]>;
}

/** The export flags as a command receives them. */
type ExportFlags = { csv: boolean; xlsx: string | undefined };

/**
 * Refuses --csv and --xlsx together, before any work is done.
 *
 * @throws UsageError when both are asked for.
 */
export function checkExportFlags(flags: ExportFlags): void {
  if (flags.csv && flags.xlsx !== undefined) {
    throw new UsageError({ en: 'Give --csv or --xlsx FILE, not both.', fr: 'Donnez --csv ou --xlsx FICHIER, pas les deux.' });
  }
}

/**
 * Writes the export the flags ask for and says whether there was one: with --csv the CSV on
 * stdout in the output's language (French: `;`, decimal commas, a BOM; toLocalCsv), with
 * --xlsx FILE the workbook into FILE (relative to the caller's folder) and a line saying so.
 */
export async function writeExport(flags: ExportFlags, output: CliOutput, exported: Exported): Promise<boolean> {
  checkExportFlags(flags);
  if (flags.csv) {
    output.stdout.write(toLocalCsv(await exported.csv(), output.language));
    return true;
  }
  if (flags.xlsx === undefined) return false;
  const sheets = await exported.sheets();
  const file = await writeOutputFile(output, flags.xlsx, await toXlsx(sheets));
  output.stdout.write(
    `${inLanguage({ en: `Wrote ${file} (sheets: ${sheets.map((sheet) => sheet.name).join(', ')}).`, fr: `${file} écrit (feuilles : ${sheets.map((sheet) => sheet.name).join(', ')}).` }, output.language)}\n`,
  );
  return true;
}

/**
 * Writes `content` into the file `name` (relative to the caller's folder) and returns its full path.
 *
 * @throws UsageError naming the file and the system's reason when it cannot be written.
 */
export async function writeOutputFile(output: CliOutput, name: string, content: string | Uint8Array): Promise<string> {
  const file = resolve(output.cwd ?? '', name);
  await writeFile(file, content).catch((error: NodeJS.ErrnoException) => {
    throw new UsageError({ en: `Cannot write ${file} (${error.code ?? error.message}).`, fr: `Impossible d'écrire ${file} (${error.code ?? error.message}).` });
  });
  return file;
}
