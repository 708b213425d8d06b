import { buildReport } from '../../services/report/buildReport.js';
import { parseReportQuery } from '../../services/report/reportQuery.js';
import { findWorkspace } from '../../store/workspaces.js';
import { defineCommand } from '../defineCommand.js';
import { EXIT_SUCCESS } from '../exitStatus.js';
import { formatReport } from '../formatReport.js';
import { PERIOD_OPTIONS, refuseArguments, withStore } from '../sharedOptions.js';

/** `barometre report` (docs/cli.md, docs/indicators.md): every indicator for a period, filtered and split. */
export const reportCommand = defineCommand({
  name: 'report',
  summary: 'compute every indicator for a period',
  usage: 'barometre report [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--where FIELD=VALUE]… [--by FIELD] [--json]',
  options: { ...PERIOD_OPTIONS, by: { type: 'string' } },
  async run(flags, positionals, output) {
    refuseArguments(this, positionals);
    const query = parseReportQuery(flags);
    const report = await withStore(flags, output, async (store) => buildReport(store, (await findWorkspace(store, flags.workspace)).id, query));
    output.stdout.write(flags.json ? `${JSON.stringify(report)}\n` : `${formatReport(report, output.language)}\n`);
    return EXIT_SUCCESS;
  },
});
