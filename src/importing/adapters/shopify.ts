import type { Adapter, AdapterInput } from './Adapter.js';
import type { AdapterReporter } from './AdapterReporter.js';
import { netOfRefund } from './decimalText.js';
import { cell, type ColumnPositions } from './locateColumns.js';
import { parseTimestamp } from './parseTimestamp.js';
import { readCsvExport } from './readCsvExport.js';

/**
 * Shopify's orders export (Orders → Export, CSV): one row per line item. Columns are found by
 * name: the export gained columns over the years (75, then 79) and their order is not a promise.
 */
const COLUMNS = {
  name: { name: 'Name', required: true },
  id: { name: 'Id', aliases: ['Order ID'] },
  email: { name: 'Email', required: true },
  financialStatus: { name: 'Financial Status', required: true },
  createdAt: { name: 'Created at', required: true },
  total: { name: 'Total', required: true },
  currency: { name: 'Currency' },
  refunded: { name: 'Refunded Amount' },
  cancelledAt: { name: 'Cancelled at' },
  phone: { name: 'Phone' },
  billingPhone: { name: 'Billing Phone' },
  source: { name: 'Source' },
  discountCode: { name: 'Discount Code' },
  shippingZip: { name: 'Shipping Zip' },
  shippingCountry: { name: 'Shipping Country' },
  notes: { name: 'Notes', aliases: ['Note'] },
  acceptsMarketing: { name: 'Accepts Marketing', aliases: ['Accepts Email Marketing'] },
} as const;
type Column = keyof typeof COLUMNS;
const WHAT = 'a Shopify orders export';

/** Financial statuses of an order that brought no money: left out, with the reason. */
const UNPAID_STATUSES: Readonly<Record<string, string>> = {
  refunded: 'was refunded in full (Financial Status refunded)',
  voided: 'was never paid (Financial Status voided)',
  expired: 'was never paid (Financial Status expired)',
};

/** Fewest digits for a text to be taken as a phone number rather than noise. */
const MIN_PHONE_DIGITS = 6;

/** One order, gathered from its line-item rows. */
interface ShopifyOrder {
  name: string;
  id: string;
  /** Line of the order's first row, where Shopify writes the order's own fields. */
  line: number;
  /** The fields of that first row (the first carrying Total). */
  head: readonly string[];
  lineItems: number;
  email: string;
  phone: string;
}

/** `import --from shopify orders`: one order per Shopify order, amount net of refunds. */
export const shopifyOrders: Adapter = {
  tool: 'shopify',
  kind: 'orders',
  async convert(input, sink, reporter) {
    const { orders, at } = await readOrders(input, reporter);
    await sink.start({
      columns: [
        'order_id',
        'customer_id',
        'ordered_at',
        'amount',
        'currency',
        'channel',
        'order_name',
        'financial_status',
        'refunded_amount',
        'line_items',
        'discount_code',
        'shipping_zip',
        'shipping_country',
        'note',
      ],
      sourceColumns: sourceColumns(at, {
        order_id: at.id ? 'id' : 'name',
        customer_id: 'email',
        ordered_at: 'createdAt',
        amount: 'total',
        currency: 'currency',
        channel: 'source',
      }),
    });
    let partlyRefunded = 0;
    for (const order of orders) {
      const value = (column: Column) => cell(order.head, at[column]);
      const unpaid = UNPAID_STATUSES[value('financialStatus').toLowerCase()];
      if (value('cancelledAt') !== '') {
        reporter.skip(order.line, `order ${order.name} was cancelled (Cancelled at ${value('cancelledAt')}): not counted as an order`);
        continue;
      }
      if (unpaid !== undefined) {
        reporter.skip(order.line, `order ${order.name} ${unpaid}: not counted as an order`);
        continue;
      }
      const customer = customerKey(order);
      if (customer === null) {
        reporter.skip(order.line, `order ${order.name} has no Email, Phone or Billing Phone to tie it to a customer`);
        continue;
      }
      const net = netOfRefund(value('total'), value('refunded'));
      if (net.refunded !== '') partlyRefunded++;
      await sink.write(
        {
          order_id: order.id || order.name,
          customer_id: customer,
          ordered_at: timestamp(value('createdAt'), input),
          amount: net.amount,
          currency: value('currency').toUpperCase(),
          channel: value('source'),
          order_name: order.name,
          financial_status: value('financialStatus'),
          refunded_amount: net.refunded,
          line_items: String(order.lineItems),
          discount_code: value('discountCode'),
          shipping_zip: withoutApostrophe(value('shippingZip')),
          shipping_country: value('shippingCountry'),
          note: value('notes'),
        },
        order.line,
      );
      reporter.made();
    }
    if (partlyRefunded > 0) reporter.note(`${partlyRefunded} order${partlyRefunded > 1 ? 's' : ''} partly refunded: amount is Total minus Refunded Amount.`);
  },
};

/**
 * `import --from shopify customers`: the customers of a Shopify orders export (it has no
 * customer id: keyed by Email, else Phone, else Billing Phone), created at their first order
 * in the export. A customer already stored keeps an earlier created_at and its email.
 */
export const shopifyCustomers: Adapter = {
  tool: 'shopify',
  kind: 'customers',
  async convert(input, sink, reporter) {
    const { orders, at } = await readOrders(input, reporter);
    const customers = new Map<string, { line: number; createdAt: string; firstMs: number; email: string; acceptsMarketing: string; orders: number }>();
    for (const order of orders) {
      const key = customerKey(order);
      if (key === null) {
        reporter.skip(order.line, `order ${order.name} has no Email, Phone or Billing Phone: no customer to make from it`);
        continue;
      }
      const createdAt = timestamp(cell(order.head, at.createdAt), input);
      const ms = Date.parse(createdAt);
      const known = customers.get(key);
      if (!known) {
        customers.set(key, {
          line: order.line,
          createdAt,
          firstMs: ms,
          email: order.email.toLowerCase(),
          acceptsMarketing: cell(order.head, at.acceptsMarketing),
          orders: 1,
        });
        continue;
      }
      known.orders++;
      // An unreadable date is kept only while there is nothing better, so the import reports it.
      if (Number.isNaN(known.firstMs) || ms < known.firstMs) Object.assign(known, { createdAt, firstMs: ms, line: order.line });
    }
    await sink.start({
      columns: ['customer_id', 'created_at', 'email', 'accepts_marketing'],
      sourceColumns: sourceColumns(at, { customer_id: 'email', created_at: 'createdAt', email: 'email' }),
      keepStored: { created_at: 'earliest', email: 'fill' },
    });
    for (const [key, customer] of [...customers].sort((a, b) => a[1].line - b[1].line)) {
      await sink.write(
        { customer_id: key, created_at: customer.createdAt, email: customer.email, accepts_marketing: customer.acceptsMarketing },
        customer.line,
      );
      reporter.made();
    }
    reporter.note("created_at is each customer's first order in this export; a customer already stored keeps an earlier created_at.");
  },
};

/** Reads the export and gathers its line-item rows into orders, in the order of their first rows. */
async function readOrders(input: AdapterInput, reporter: AdapterReporter): Promise<{ orders: ShopifyOrder[]; at: ColumnPositions<Column> }> {
  return readCsvExport(input, reporter, { what: WHAT, columns: COLUMNS }, async (table, at) => {
    const orders: ShopifyOrder[] = [];
    const byId = new Map<string, ShopifyOrder>();
    const byName = new Map<string, ShopifyOrder>();
    let rows = 0;
    for await (const { fields, line } of table.rows) {
      rows++;
      const id = cell(fields, at.id);
      const name = cell(fields, at.name);
      if (id === '' && name === '') {
        reporter.skip(line, 'the row has neither Id nor Name: it belongs to no order');
        continue;
      }
      const sameName = name === '' ? undefined : byName.get(name);
      let order = (id !== '' ? byId.get(id) : undefined) ?? (sameName && (id === '' || sameName.id === '' || sameName.id === id) ? sameName : undefined);
      if (!order) {
        order = { name: name || id, id, line, head: fields, lineItems: 0, email: '', phone: '' };
        orders.push(order);
        if (name !== '') byName.set(name, order);
      }
      if (id !== '' && order.id === '') order.id = id;
      if (id !== '') byId.set(id, order);
      order.lineItems++;
      // Only an order's first row carries Total, Currency, Financial Status and the addresses; never add later rows' totals.
      if (cell(order.head, at.total) === '' && cell(fields, at.total) !== '') Object.assign(order, { head: fields, line });
      order.email ||= cell(fields, at.email);
      order.phone ||= phoneNumber(cell(fields, at.phone)) || phoneNumber(cell(fields, at.billingPhone));
    }
    if (input.timeZone !== undefined) reporter.note(`--timezone ${input.timeZone} applies only to a Created at without offset (Shopify writes offsets).`);
    reporter.note(
      `${rows} line-item row${rows === 1 ? '' : 's'} grouped into ${orders.length} order${orders.length === 1 ? '' : 's'} by ${at.id ? 'Id (else Name)' : 'Name'}; each order's Total is read from its first row, never summed.`,
    );
    return { orders, at };
  });
}

/** The customer an order belongs to: its email in lower case, else its phone number. */
function customerKey(order: ShopifyOrder): string | null {
  if (order.email !== '') return order.email.toLowerCase();
  return order.phone === '' ? null : order.phone;
}

/** A phone number as digits with its leading +, without the apostrophe a spreadsheet adds; '' for no number. */
function phoneNumber(text: string): string {
  const cleaned = withoutApostrophe(text).replace(/[^\d+]/g, '');
  const digits = cleaned.replace(/\D/g, '');
  return digits.length < MIN_PHONE_DIGITS ? '' : `${cleaned.startsWith('+') ? '+' : ''}${digits}`;
}

/** Shopify writes zips and phones as `'01234` so spreadsheets keep the leading zero. */
function withoutApostrophe(text: string): string {
  return text.startsWith("'") ? text.slice(1) : text;
}

/** `2021-05-13 11:01:12 +0200` as ISO UTC; the text itself when it is not a date (the import reports it). */
function timestamp(text: string, input: AdapterInput): string {
  return parseTimestamp(text, { order: 'YMD', timeZone: input.timeZone ?? 'UTC' }) ?? text;
}

function sourceColumns(at: ColumnPositions<Column>, from: Record<string, Column>): Record<string, string> {
  return Object.fromEntries(Object.entries(from).flatMap(([field, column]) => (at[column] ? [[field, at[column].header]] : [])));
}
