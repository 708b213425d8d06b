import { UsageError } from '../../errors/errors.js';
import { type ImportKind, isImportKind } from '../../store/schema/kinds.js';
import { type Adapter, TOOLS, type ToolName } from './Adapter.js';
import { ga4Events, ga4Orders } from './ga4.js';
import { googleFormsResponses } from './googleForms.js';
import { qualtricsResponses } from './qualtrics.js';
import { shopifyCustomers, shopifyOrders } from './shopify.js';
import { stripeCustomers, stripeOrders } from './stripe.js';
import { surveyMonkeyResponses } from './surveyMonkey.js';
import { typeformResponses } from './typeform.js';

/** For each tool, the kinds its exports give and the adapter of each. */
export const ADAPTERS: Readonly<Record<ToolName, Partial<Record<ImportKind, Adapter>>>> = {
  shopify: { orders: shopifyOrders, customers: shopifyCustomers },
  stripe: { orders: stripeOrders, customers: stripeCustomers },
  'google-forms': { responses: googleFormsResponses },
  qualtrics: { responses: qualtricsResponses },
  surveymonkey: { responses: surveyMonkeyResponses },
  typeform: { responses: typeformResponses },
  ga4: { events: ga4Events, orders: ga4Orders },
};

/** The survey tools: the only ones --map applies to. */
export const SURVEY_TOOLS: readonly ToolName[] = ['google-forms', 'qualtrics', 'surveymonkey', 'typeform'];

/**
 * The adapter for a tool's export of a kind.
 *
 * @throws UsageError naming the value, for an unknown tool or a kind the tool's exports do not give.
 */
export function findAdapter(tool: string, kind: string): Adapter {
  const name = tool.toLowerCase().replace(/[\s_]+/g, '-');
  if (!(TOOLS as readonly string[]).includes(name)) {
    throw new UsageError({
      en: `Unknown tool ${JSON.stringify(tool)} for --from; the tools are ${TOOLS.join(', ')}.`,
      fr: `Outil inconnu ${JSON.stringify(tool)} pour --from ; les outils sont ${TOOLS.join(', ')}.`,
    });
  }
  const kinds = ADAPTERS[name as ToolName];
  const adapter = isImportKind(kind) ? kinds[kind] : undefined;
  if (!adapter) {
    throw new UsageError({
      en: `--from ${name} gives ${Object.keys(kinds).join(' or ')}, not ${JSON.stringify(kind)}.`,
      fr: `--from ${name} donne ${Object.keys(kinds).join(' ou ')}, pas ${JSON.stringify(kind)}.`,
    });
  }
  return adapter;
}
