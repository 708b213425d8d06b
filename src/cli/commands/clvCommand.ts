import { CLV_COLUMNS, customerValue } from '../../services/clv/customerValue.js';
import { parseModelOptions } from '../../services/clv/modelOptions.js';
import { toSpreadsheetCsv } from '../../output/toCsv.js';
import { findWorkspace } from '../../store/workspaces.js';
import { defineCommand } from '../defineCommand.js';
import { EXIT_SUCCESS } from '../exitStatus.js';
import { refuseArguments, withStore } from '../sharedOptions.js';

/** The flags the clv and customers commands share: the fields of parseModelOptions, and --csv. */
export const MODEL_OPTIONS = {
  to: { type: 'string' },
  timeUnit: { type: 'string' },
  horizon: { type: 'string' },
  discountRate: { type: 'string' },
  model: { type: 'string' },
  csv: { type: 'boolean' },
} as const;

/** `barometre clv` (docs/clv.md): fits the purchase and spend models and values every customer. */
export const clvCommand = defineCommand({
  name: 'clv',
  summary: 'fit the purchase and spend models and value every customer',
  usage: 'barometre clv [--to YYYY-MM-DD] [--time-unit day|week] [--horizon N] [--discount-rate R] [--model bgnbd|pareto] [--json | --csv]',
  options: MODEL_OPTIONS,
  async run(flags, positionals, output) {
    refuseArguments(this, positionals);
    const options = parseModelOptions(flags);
    const result = await withStore(flags, output, async (store) => customerValue(store, (await findWorkspace(store, flags.workspace)).id, options), { readOnly: true });
    if (flags.json) output.stdout.write(`${JSON.stringify(result)}\n`);
    else if (flags.csv) {
      output.stdout.write(toSpreadsheetCsv(result.customers, CLV_COLUMNS));
    } else {
      const total = result.customers.reduce((sum, customer) => sum + customer.clv, 0);
      const params = Object.entries(result.params).map(([name, value]) => `${name} = ${value.toPrecision(4)}`).join(', ');
      const spend = Object.entries(result.spend.params).map(([name, value]) => `${name} = ${value.toPrecision(4)}`).join(', ');
      output.stdout.write(
        [
          `Observation to ${result.to}, time unit ${result.timeUnit}, horizon ${result.horizon} ${result.timeUnit}s, discount ${result.discountRate} per ${result.timeUnit}.`,
          `${result.model === 'bgnbd' ? 'BG/NBD' : 'Pareto/NBD'}: ${params} (log-likelihood ${result.logLikelihood.toFixed(1)}).`,
          `Gamma-Gamma spend: ${spend} (${result.spend.customers} repeat customers).`,
          `${result.customers.length} customers, total CLV ${total.toFixed(2)}; --json or --csv lists them.`,
        ].join('\n') + '\n',
      );
    }
    return EXIT_SUCCESS;
  },
});
