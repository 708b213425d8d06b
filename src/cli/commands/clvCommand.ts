import { CLV_COLUMNS, customerValue } from '../../services/clv/customerValue.js';
import { modelOptionsFromFlags } from '../../services/clv/modelOptions.js';
import { toSpreadsheetCsv } from '../../output/toCsv.js';
import { findWorkspace } from '../../store/workspaces.js';
import type { Command } from '../Command.js';
import { EXIT_SUCCESS } from '../exitStatus.js';
import { refuseArguments, withStore } from '../sharedOptions.js';

/** The flags the clv and customers commands share, read into model options. */
export const MODEL_OPTIONS = {
  to: { type: 'string' },
  'time-unit': { type: 'string' },
  horizon: { type: 'string' },
  'discount-rate': { type: 'string' },
  model: { type: 'string' },
  csv: { type: 'boolean', default: false },
} as const;

/** `barometre clv` (docs/clv.md): fits the purchase and spend models and values every customer. */
export const clvCommand: Command = {
  name: 'clv',
  summary: 'fit the purchase and spend models and value every customer',
  usage: 'barometre clv [--to YYYY-MM-DD] [--time-unit day|week] [--horizon N] [--discount-rate R] [--model bgnbd|pareto] [--json | --csv]',
  options: MODEL_OPTIONS,
  async run(flags, positionals, output) {
    refuseArguments(this, positionals);
    const options = modelOptionsFromFlags(flags);
    const result = await withStore(flags, output, async (store) => customerValue(store, (await findWorkspace(store, flags.workspace as string)).id, options));
    if (flags.json === true) output.stdout.write(`${JSON.stringify(result)}\n`);
    else if (flags.csv === true) {
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
};
