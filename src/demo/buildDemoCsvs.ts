import { generateAudits } from './audits.js';
import { generateCustomers } from './customers.js';
import { auditsTable, customersTable, eventsTable, mentionsTable, ordersTable, postsTable, responsesTable } from './demoTables.js';
import { generateEvents } from './events.js';
import { formatCsv } from './formatCsv.js';
import { generateMentions } from './mentions.js';
import { generateOrders } from './orders.js';
import { generatePosts } from './posts.js';
import { Prng } from './prng.js';
import { generateResponses } from './responses.js';

/** The seven kinds of docs/formats.md, in the order they are best imported (customers first). */
export const DEMO_KINDS = ['customers', 'orders', 'responses', 'events', 'posts', 'mentions', 'audits'] as const;
export type DemoKind = (typeof DEMO_KINDS)[number];

/** The seed `barometre demo` uses, so every newcomer sees the same shop. */
export const DEFAULT_DEMO_SEED = 2025;

/**
 * The whole demo dataset of Maison Lumière (a French home-goods retailer with five stores and
 * a web shop, May 2025 to October 2026) as CSV text, one per kind, in memory. The same seed
 * always gives the same text, byte for byte; each kind draws from its own stream forked from
 * the seed.
 *
 * @param seed any safe integer; defaults to `DEFAULT_DEMO_SEED`.
 * @returns the CSV text of each kind, UTF-8 ready, header first, `\n` line ends.
 * @throws RangeError when the seed is not a safe integer.
 *
 * @example
 * buildDemoCsvs().customers.split('\n')[0]; // 'customer_id,created_at,churned_at,email,loyalty_tier,city,signup_channel'
 */
export function buildDemoCsvs(seed: number = DEFAULT_DEMO_SEED): Record<DemoKind, string> {
  const rng = new Prng(seed);
  const customers = generateCustomers(rng.fork('customers'));
  const orders = generateOrders(rng.fork('orders'), customers);
  return {
    customers: formatCsv(customersTable(customers)),
    orders: formatCsv(ordersTable(orders)),
    responses: formatCsv(responsesTable(generateResponses(rng.fork('responses'), customers, orders))),
    events: formatCsv(eventsTable(generateEvents(rng.fork('events'), customers, orders))),
    posts: formatCsv(postsTable(generatePosts(rng.fork('posts')))),
    mentions: formatCsv(mentionsTable(generateMentions(rng.fork('mentions')))),
    audits: formatCsv(auditsTable(generateAudits(rng.fork('audits')))),
  };
}
