import { buildFeedback } from '../../services/feedback/buildFeedback.js';
import { parseFeedbackQuery } from '../../services/feedback/feedbackQuery.js';
import { findWorkspace } from '../../store/workspaces.js';
import { defineCommand } from '../defineCommand.js';
import { EXIT_SUCCESS } from '../exitStatus.js';
import { formatFeedback } from '../formatFeedback.js';
import { progressBar } from '../progressBar.js';
import { PERIOD_OPTIONS, refuseArguments, withStore } from '../commonOptions.js';
import { checkExportFlags, EXPORT_OPTIONS, writeExport } from '../exportOutput.js';
import { feedbackTable, feedbackTables } from '../../services/feedback/feedbackTables.js';

/** `barometre feedback` (docs/cli.md, docs/feedback.md): sentiment, themes, NPS drivers and social listening from the customers' own words. */
export const feedbackCommand = defineCommand({
  name: 'feedback',
  summary: 'analyse open-text answers and mentions: sentiment, themes, NPS drivers, social listening',
  usage:
    'barometre feedback [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--where FIELD=VALUE]… [--source all|responses|mentions] [--band BAND [--indicator nps|enps|csat|ces]] [--theme THEME] [--sentiment positive|neutral|negative] [--limit N] [--offset N] [--per-item] [--json | --csv | --xlsx FILE]',
  french: {
    summary: 'analyser les réponses libres et les mentions : sentiment, thèmes, leviers du NPS, écoute sociale',
    usage:
      'barometre feedback [--from AAAA-MM-JJ] [--to AAAA-MM-JJ] [--where CHAMP=VALEUR]… [--source all|responses|mentions] [--band TRANCHE [--indicator nps|enps|csat|ces]] [--theme THÈME] [--sentiment positive|neutral|negative] [--limit N] [--offset N] [--per-item] [--json | --csv | --xlsx FICHIER]',
  },
  options: {
    ...PERIOD_OPTIONS,
    source: { type: 'string' },
    perItem: { type: 'boolean' },
    band: { type: 'string' },
    indicator: { type: 'string' },
    theme: { type: 'string' },
    sentiment: { type: 'string' },
    limit: { type: 'string' },
    offset: { type: 'string' },
    ...EXPORT_OPTIONS,
  },
  async run(flags, positionals, output) {
    refuseArguments(this, positionals);
    checkExportFlags(flags);
    const query = parseFeedbackQuery(flags);
    const progress = progressBar(output);
    const phase = output.language === 'fr' ? 'Analyse des textes' : 'Analysing texts';
    const run = await withStore(
      flags,
      output,
      async (store) => {
        try {
          return await buildFeedback(store, (await findWorkspace(store, flags.workspace)).id, query, (done, total) =>
            progress.update(`${phase} ${done}/${total}`, (100 * done) / Math.max(total, 1)),
          );
        } finally {
          progress.done();
        }
      },
      { readOnly: true },
    );
    if (flags.json) output.stdout.write(`${JSON.stringify(run.result)}\n`);
    else if (!(await writeExport(flags, output, { csv: () => feedbackTable(run.result), sheets: () => feedbackTables(run.result) }))) {
      output.stdout.write(formatFeedback(run.result, output.language));
    }
    return EXIT_SUCCESS;
  },
});
