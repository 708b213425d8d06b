import { basename } from 'node:path';
import type { AdapterReport } from '../../importing/adapters/Adapter.js';
import { parseFieldMap } from '../../importing/adapters/parseFieldMap.js';
import type { ImportResult } from '../../importing/importFile.js';
import { importFileOrExport } from '../../importing/importFileOrExport.js';
import { type ImportReport, importReport, refusedFileReport } from '../../importing/importReport.js';
import { IMPORT_KINDS } from '../../store/schema/kinds.js';
import { DataError, UsageError } from '../../errors/errors.js';
import { inWorkspaceForWriting } from '../../store/workspaces.js';
import type { Language } from '../../output/language.js';
import type { CliOutput } from '../Command.js';
import { defineCommand, usageIn } from '../defineCommand.js';
import { inLanguage } from '../inLanguage.js';
import { formatCount } from '../../output/localeFormat.js';
import { EXIT_BAD_INPUT, EXIT_SUCCESS } from '../exitStatus.js';
import { progressBar } from '../progressBar.js';
import { withStore } from '../commonOptions.js';

/** `barometre import <kind> <file.csv>` (docs/cli.md, docs/formats.md). */
export const importCommand = defineCommand({
  name: 'import',
  summary: 'load a CSV file into the store',
  usage: `barometre import [--from <tool> [--map FIELD=TEXT]… [--date-format DMY|MDY|YMD] [--timezone ZONE]] <kind> <file> [--skip-invalid] [--json]   (kinds: ${IMPORT_KINDS.join(', ')})`,
  french: {
    summary: 'charger un fichier CSV dans la base',
    usage: `barometre import [--from <outil> [--map CHAMP=TEXTE]… [--date-format DMY|MDY|YMD] [--timezone FUSEAU]] <type> <fichier> [--skip-invalid] [--json]   (types : ${IMPORT_KINDS.join(', ')})`,
  },
  options: {
    skipInvalid: { type: 'boolean' },
    // A tool's own export (src/importing/adapters/, docs/imports.md).
    from: { type: 'string' },
    map: { type: 'string', multiple: true },
    dateFormat: { type: 'string' },
    timezone: { type: 'string' },
  },
  async run(flags, positionals, output) {
    const [kind, file, ...extra] = positionals;
    if (kind === undefined || file === undefined || extra.length > 0) {
      throw new UsageError({
        en: `barometre import takes a kind and one file: ${this.usage}.`,
        fr: `barometre import prend un type et un fichier : ${usageIn(this, 'fr')}.`,
      });
    }
    const json = flags.json;
    const tool = flags.from;
    const toolFlag = flags.map.length > 0 ? '--map' : flags.dateFormat !== undefined ? '--date-format' : flags.timezone !== undefined ? '--timezone' : null;
    if (tool === undefined && toolFlag !== null) {
      throw new UsageError({ en: `${toolFlag} goes with --from <tool>: ${this.usage}.`, fr: `${toolFlag} va avec --from <outil> : ${usageIn(this, 'fr')}.` });
    }
    let result: ImportResult & { adapter?: AdapterReport };
    try {
      result = await withStore(flags, output, async (store) =>
        inWorkspaceForWriting(
          store,
          flags.workspace,
          async (workspace) => {
            const progress = progressBar(output);
            try {
              return await importFileOrExport(store, {
                kind,
                file,
                cwd: output.cwd,
                workspaceId: workspace.id,
                skipInvalid: flags.skipInvalid,
                onProgress: progress.update,
                tool,
                map: parseFieldMap(flags.map),
                dateFormat: flags.dateFormat,
                timezone: flags.timezone,
              });
            } finally {
              progress.done();
            }
          },
          (imported) => !imported.written,
        ),
      );
    } catch (error) {
      // A file refused as a whole still answers --json with its problems, so scripts read one
      // shape; a refusal of the file itself (missing, UTF-16, no header) is its one problem.
      if (json && error instanceof DataError) printJson(output, refusedFileReport(kind, error));
      throw error;
    }
    for (const problem of result.rejected) {
      output.stderr.write(`${file}:${problem.line ?? '?'}:${problem.column ?? '-'}: ${problem.reason}\n`);
    }
    const language = output.language;
    const count = (n: number) => formatCount(n, language);
    const more = result.rejectedCount - result.rejected.length;
    if (more > 0) output.stderr.write(inLanguage({ en: `… and ${more} more bad rows.\n`, fr: `… et ${count(more)} autres lignes invalides.\n` }, language));
    if (json) printJson(output, importReport(result));
    else {
      if (result.adapter) output.stdout.write(adapterLines(result.adapter, basename(file), language));
      output.stdout.write(`${summary(result, basename(file), language)}\n`);
    }
    if (!result.written) {
      output.stderr.write(
        inLanguage(
          {
            en: `Nothing was imported: ${result.rejectedCount} of ${result.rows} rows of ${file} are invalid (fix them, or pass --skip-invalid to import the valid rows).\n`,
            fr: `Rien n'a été importé : ${count(result.rejectedCount)} des ${count(result.rows)} lignes de ${file} sont invalides (corrigez-les, ou passez --skip-invalid pour importer les lignes valides).\n`,
          },
          language,
        ),
      );
      return EXIT_BAD_INPUT;
    }
    return EXIT_SUCCESS;
  },
});

function printJson(output: CliOutput, report: ImportReport): void {
  output.stdout.write(`${JSON.stringify(report)}\n`);
}

/** What an adapter did with a tool's export, one fact per line, in `language`. */
function adapterLines(report: AdapterReport, file: string, language: Language): string {
  const count = (n: number) => formatCount(n, language);
  const lines = [
    inLanguage(
      {
        en: `${file} (${report.tool} export): ${report.rowsRead} rows read, ${report.recordsMade} records made, ${report.skippedCount} rows skipped.`,
        fr: `${file} (export ${report.tool}) : ${count(report.rowsRead)} lignes lues, ${count(report.recordsMade)} enregistrements faits, ${count(report.skippedCount)} lignes ignorées.`,
      },
      language,
    ),
  ];
  for (const note of report.notes) lines.push(`  ${note}`);
  for (const skipped of report.skipped)
    lines.push(inLanguage({ en: `  line ${skipped.line} skipped: ${skipped.reason}.`, fr: `  ligne ${skipped.line} ignorée : ${skipped.reason}.` }, language));
  const more = report.skippedCount - report.skipped.length;
  if (more > 0) lines.push(inLanguage({ en: `  … and ${more} more rows skipped.`, fr: `  … et ${count(more)} autres lignes ignorées.` }, language));
  return `${lines.join('\n')}\n`;
}

/** The one-line summary of an import, in `language`. */
function summary(result: ImportResult & { adapter?: AdapterReport }, file: string, language: Language): string {
  const count = (n: number) => formatCount(n, language);
  // From a tool's export, the import's rows are the records the adapter made (the export's rows are on the line above).
  const read = result.adapter
    ? { en: `${result.rows} records to import`, fr: `${count(result.rows)} enregistrements à importer` }
    : { en: `${result.rows} rows read`, fr: `${count(result.rows)} lignes lues` };
  if (!result.written) return inLanguage({ en: `${file}: ${read.en}, none imported.`, fr: `${file} : ${read.fr}, rien d'importé.` }, language);
  const skipped =
    result.rejectedCount > 0
      ? { en: `, ${result.rejectedCount} invalid rows skipped`, fr: `, ${count(result.rejectedCount)} lignes invalides ignorées` }
      : { en: '', fr: '' };
  return inLanguage(
    {
      en: `${file}: ${read.en}, ${result.inserted} ${result.kind} added, ${result.updated} updated${skipped.en}.`,
      fr: `${file} : ${read.fr}, ${result.kind} : ${count(result.inserted)} ajoutés, ${count(result.updated)} mis à jour${skipped.fr}.`,
    },
    language,
  );
}
