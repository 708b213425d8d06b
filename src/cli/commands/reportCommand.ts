import { buildReport } from '../../services/report/buildReport.js';
import { filterText, parseReportQuery } from '../../services/report/reportQuery.js';
import { unmatchedFilters } from '../../services/report/unmatchedFilters.js';
import type { Language } from '../../output/language.js';
import { findWorkspace } from '../../store/workspaces.js';
import { defineCommand } from '../defineCommand.js';
import { EXIT_SUCCESS } from '../exitStatus.js';
import { formatReport } from '../formatReport.js';
import { PERIOD_OPTIONS, refuseArguments, withStore } from '../commonOptions.js';
import { checkExportFlags, EXPORT_OPTIONS, writeExport, writeOutputFile } from '../exportOutput.js';
import { UsageError } from '../../errors/errors.js';
import { inLanguage } from '../inLanguage.js';
import { reportTable, reportTables } from '../../services/report/reportTables.js';

/** The warning for a --where value that no row has (a typo, most often), in each language. */
const NO_ROW_HAS: Record<Language, (filter: string) => string> = {
  en: (filter) => `No row has ${filter}: the indicators it filters count nothing.`,
  fr: (filter) => `Aucune ligne n’a ${filter}\u00a0: les indicateurs qu’il filtre ne comptent rien.`,
};

/** `barometre report` (docs/cli.md, docs/indicators.md): every indicator for a period, filtered and split; with --html FILE, the report to share as one HTML document. */
export const reportCommand = defineCommand({
  name: 'report',
  summary: 'compute every indicator for a period',
  usage:
    'barometre report [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--where FIELD=VALUE]… [--by FIELD] [--churn-window DAYS | --churn-model] [--cohorts month] [--interval day|week|month] [--compare previous|year|YYYY-MM-DD..YYYY-MM-DD] [--json | --csv | --xlsx FILE | --html FILE]',
  french: {
    summary: 'calculer chaque indicateur sur une période',
    usage:
      'barometre report [--from AAAA-MM-JJ] [--to AAAA-MM-JJ] [--where CHAMP=VALEUR]… [--by CHAMP] [--churn-window JOURS | --churn-model] [--cohorts month] [--interval day|week|month] [--compare previous|year|AAAA-MM-JJ..AAAA-MM-JJ] [--json | --csv | --xlsx FICHIER | --html FICHIER]',
  },
  options: {
    ...PERIOD_OPTIONS,
    by: { type: 'string' },
    churnWindow: { type: 'string' },
    churnModel: { type: 'boolean' },
    cohorts: { type: 'string' },
    interval: { type: 'string' },
    compare: { type: 'string' },
    ...EXPORT_OPTIONS,
    html: { type: 'string' },
  },
  async run(flags, positionals, output) {
    refuseArguments(this, positionals);
    checkExportFlags(flags);
    if (flags.html !== undefined && (flags.json || flags.csv || flags.xlsx !== undefined)) {
      throw new UsageError({
        en: 'Give --html FILE alone, not with --json, --csv or --xlsx.',
        fr: 'Donnez --html FICHIER seul, sans --json, --csv ni --xlsx.',
      });
    }
    const query = parseReportQuery(flags);
    const { report, document, unmatched } = await withStore(
      flags,
      output,
      async (store) => {
        const workspaceId = (await findWorkspace(store, flags.workspace)).id;
        const built =
          flags.html === undefined
            ? { report: await buildReport(store, workspaceId, query), document: null }
            : {
                report: null,
                document: await import('../../services/report/html/buildReportDocument.js').then(({ buildReportDocument }) =>
                  buildReportDocument(store, workspaceId, query, output.language),
                ),
              };
        return { ...built, unmatched: await unmatchedFilters(store, workspaceId, query.where) };
      },
      { readOnly: true },
    );
    for (const filter of unmatched) output.stderr.write(`${NO_ROW_HAS[output.language](filterText(filter))}\n`);
    if (document !== null) {
      const file = await writeOutputFile(output, flags.html!, document);
      output.stdout.write(`${inLanguage({ en: `Wrote ${file}.`, fr: `${file} écrit.` }, output.language)}\n`);
    } else if (flags.json) output.stdout.write(`${JSON.stringify(report)}\n`);
    else if (!(await writeExport(flags, output, { csv: () => reportTable(report), sheets: () => reportTables(report) }))) {
      output.stdout.write(`${formatReport(report, output.language)}\n`);
    }
    return EXIT_SUCCESS;
  },
});
