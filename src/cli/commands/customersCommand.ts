import { CUSTOMER_COLUMNS, listCustomers } from '../../services/clv/listCustomers.js';
import { parseCustomersQuery } from '../../services/clv/modelOptions.js';
import { SEGMENTS } from '../../models/customers/segmentOf.js';
import { toSpreadsheetCsv } from '../../output/toCsv.js';
import { findWorkspace } from '../../store/workspaces.js';
import { defineCommand } from '../defineCommand.js';
import { EXIT_SUCCESS } from '../exitStatus.js';
import { refuseArguments, withStore } from '../sharedOptions.js';
import { MODEL_OPTIONS } from './clvCommand.js';

/** `barometre customers`: one row per customer with scores, value, engagement and segment. */
export const customersCommand = defineCommand({
  name: 'customers',
  summary: 'list customers with RFM scores, P(alive), CLV, engagement and segment',
  usage: `barometre customers [--to YYYY-MM-DD] [--segment ${SEGMENTS.join('|')}] [--json | --csv]`,
  options: { ...MODEL_OPTIONS, segment: { type: 'string' } },
  async run(flags, positionals, output) {
    refuseArguments(this, positionals);
    const options = parseCustomersQuery(flags);
    const rows = await withStore(flags, output, async (store) => listCustomers(store, (await findWorkspace(store, flags.workspace)).id, options), { readOnly: true });
    if (flags.json) output.stdout.write(`${JSON.stringify({ customers: rows })}\n`);
    else if (flags.csv) output.stdout.write(toSpreadsheetCsv(rows, CUSTOMER_COLUMNS));
    else {
      const bySegment = new Map<string, number>();
      for (const row of rows) bySegment.set(row.segment, (bySegment.get(row.segment) ?? 0) + 1);
      const lines = SEGMENTS.filter((name) => bySegment.has(name)).map((name) => `  ${name.padEnd(12)} ${String(bySegment.get(name)).padStart(7)}`);
      output.stdout.write(`${rows.length} customers by segment:\n${lines.join('\n')}\n--csv or --json lists them one by one.\n`);
    }
    return EXIT_SUCCESS;
  },
});
