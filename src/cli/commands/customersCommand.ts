import { CUSTOMER_COLUMNS, listCustomers } from '../../models/customers/listCustomers.js';
import { modelOptionsFromFlags } from '../../services/clv/modelOptions.js';
import { isSegment, SEGMENTS } from '../../models/customers/segmentOf.js';
import { UsageError } from '../../errors/errors.js';
import { toSpreadsheetCsv } from '../../output/toCsv.js';
import { findWorkspace } from '../../store/workspaces.js';
import type { Command } from '../Command.js';
import { EXIT_SUCCESS } from '../exitStatus.js';
import { refuseArguments, withStore } from '../sharedOptions.js';
import { MODEL_OPTIONS } from './clvCommand.js';

/** `barometre customers`: one row per customer with scores, value, engagement and segment. */
export const customersCommand: Command = {
  name: 'customers',
  summary: 'list customers with RFM scores, P(alive), CLV, engagement and segment',
  usage: `barometre customers [--to YYYY-MM-DD] [--segment ${SEGMENTS.join('|')}] [--json | --csv]`,
  options: { ...MODEL_OPTIONS, segment: { type: 'string' } },
  async run(flags, positionals, output) {
    refuseArguments(this, positionals);
    const segment = flags.segment as string | undefined;
    if (segment !== undefined && !isSegment(segment)) throw new UsageError(`--segment ${JSON.stringify(segment)} is not one of ${SEGMENTS.join(', ')}.`);
    const options = { ...modelOptionsFromFlags(flags), segment };
    const rows = await withStore(flags, output, async (store) => listCustomers(store, (await findWorkspace(store, flags.workspace as string)).id, options));
    if (flags.json === true) output.stdout.write(`${JSON.stringify({ customers: rows })}\n`);
    else if (flags.csv === true) output.stdout.write(toSpreadsheetCsv(rows, CUSTOMER_COLUMNS));
    else {
      const bySegment = new Map<string, number>();
      for (const row of rows) bySegment.set(row.segment, (bySegment.get(row.segment) ?? 0) + 1);
      const lines = SEGMENTS.filter((name) => bySegment.has(name)).map((name) => `  ${name.padEnd(12)} ${String(bySegment.get(name)).padStart(7)}`);
      output.stdout.write(`${rows.length} customers by segment:\n${lines.join('\n')}\n--csv or --json lists them one by one.\n`);
    }
    return EXIT_SUCCESS;
  },
};
