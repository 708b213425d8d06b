import { DataError } from '../../errors/errors.js';
import { KINDS } from '../../store/schema/kinds.js';
import type { Adapter, AdapterInput, CanonicalSink } from './Adapter.js';
import type { AdapterReporter } from './AdapterReporter.js';
import { chooseTimeZone, zoneInHeader } from './chooseTimeZone.js';
import { netOfRefund } from './decimalText.js';
import { cell, type ColumnPositions, locateColumns, missingColumnsError, normalizeName, type WantedColumn } from './locateColumns.js';
import type { CsvTable } from './openCsvTable.js';
import { parseTimestamp } from './parseTimestamp.js';
import { readCsvExport, withCsvTable } from './readCsvExport.js';

/**
 * Stripe dashboard exports (CSV). Header names differ between exports and dashboard
 * versions, so each column has its known spellings; timestamps are in the zone the header
 * names (`Created (UTC)`), amounts in major units (`14.99`, not cents), currencies in lower case.
 */
const CREATED = { name: 'Created (UTC)', aliases: ['Created date (UTC)', 'Created', 'Created date', 'Created at'], zoned: true };

const PAYMENT_COLUMNS = {
  id: { name: 'id', aliases: ['Charge ID', 'Payment ID'], required: true },
  paymentIntent: { name: 'PaymentIntent ID', aliases: ['Payment Intent ID', 'payment_intent'] },
  customer: { name: 'Customer ID', aliases: ['Customer', 'customer'], required: true },
  created: { name: 'Created date (UTC)', aliases: ['Created (UTC)', 'Created date', 'Created'], zoned: true, required: true },
  amount: { name: 'Amount', required: true },
  refunded: { name: 'Amount Refunded', aliases: ['Refunded Amount', 'Amount refunded'] },
  currency: { name: 'Currency', required: true },
  status: { name: 'Status', required: true },
  description: { name: 'Description' },
  invoice: { name: 'Invoice ID', aliases: ['Invoice'] },
} as const satisfies Record<string, WantedColumn>;

const CUSTOMER_COLUMNS = {
  id: { name: 'id', aliases: ['Customer ID', 'ID'], required: true },
  email: { name: 'Email' },
  created: { ...CREATED, required: true },
} as const satisfies Record<string, WantedColumn>;

const SUBSCRIPTION_COLUMNS = {
  customer: { name: 'Customer ID', aliases: ['Customer', 'customer'], required: true },
  email: { name: 'Customer Email', aliases: ['Customer email'] },
  status: { name: 'Status' },
  start: { name: 'Start Date (UTC)', aliases: ['Start (UTC)', 'Started At (UTC)', 'Start Date', 'Start date (UTC)'], zoned: true },
  created: CREATED,
  canceledAt: { name: 'Canceled At (UTC)', aliases: ['Cancelled At (UTC)', 'Canceled At', 'Canceled at (UTC)'], zoned: true },
  endedAt: { name: 'Ended At (UTC)', aliases: ['Ended At', 'Ended at (UTC)'], zoned: true },
} as const satisfies Record<string, WantedColumn>;

/** Subscription statuses under which the customer is still a customer (Stripe's API values). */
const LIVE_STATUSES = new Set(['active', 'trialing', 'past_due', 'unpaid', 'incomplete', 'paused']);

/** `import --from stripe orders`: Paid payments of the payments export, amount net of refunds. */
export const stripeOrders: Adapter = {
  tool: 'stripe',
  kind: 'orders',
  async convert(input, sink, reporter) {
    await readCsvExport(input, reporter, { what: 'a Stripe payments export', columns: PAYMENT_COLUMNS }, async (table, at) => {
      const zone = chooseTimeZone(input, reporter, zoneInHeader(at.created?.header));
      const metadata = metadataColumns(table.header, ['payment_intent_id', 'amount_refunded', 'description', 'invoice_id']);
      await sink.start({
        columns: [
          'order_id',
          'customer_id',
          'ordered_at',
          'amount',
          'currency',
          'payment_intent_id',
          'amount_refunded',
          'description',
          'invoice_id',
          ...metadata.map((column) => column.attribute),
        ],
        sourceColumns: headers(at, { order_id: 'id', customer_id: 'customer', ordered_at: 'created', amount: 'amount', currency: 'currency' }),
      });
      let refunds = 0;
      let fromIntent = 0;
      for await (const { fields, line } of table.rows) {
        const value = (column: keyof typeof PAYMENT_COLUMNS) => cell(fields, at[column]);
        const id = value('id') || value('paymentIntent');
        const status = value('status');
        if (status.toLowerCase() !== 'paid') {
          reporter.skip(line, `payment ${id || '(no id)'} has Status ${status || '(empty)'}: only Paid payments are orders`);
          continue;
        }
        if (value('customer') === '') {
          reporter.skip(line, `payment ${id || '(no id)'} has no Customer ID: it cannot be tied to a customer`);
          continue;
        }
        if (value('id') === '' && id !== '') fromIntent++;
        const net = netOfRefund(value('amount'), value('refunded'));
        if (net.refunded !== '') refunds++;
        await sink.write(
          {
            order_id: id,
            customer_id: value('customer'),
            ordered_at: timestamp(value('created'), zone),
            amount: net.amount,
            currency: value('currency').toUpperCase(),
            payment_intent_id: value('paymentIntent'),
            amount_refunded: net.refunded,
            description: value('description'),
            invoice_id: value('invoice'),
            ...metadataValues(metadata, fields),
          },
          line,
        );
        reporter.made();
      }
      if (fromIntent > 0) reporter.note(`${fromIntent} payment${fromIntent > 1 ? 's' : ''} with an empty id: order_id is the PaymentIntent ID.`);
      if (refunds > 0) reporter.note(`${refunds} payment${refunds > 1 ? 's' : ''} partly refunded: amount is Amount minus Amount Refunded.`);
    });
  },
};

/**
 * `import --from stripe customers`: from the customers export (id, Email, Created) or from
 * the subscriptions export (churned_at: the latest end of a customer's subscriptions once
 * none is live). Each export carries only part of a customer, so one does not undo the other:
 * a stored customer keeps its earlier created_at, its email when the export has none, its
 * churned_at when the customers export is imported, and its attributes.
 */
export const stripeCustomers: Adapter = {
  tool: 'stripe',
  kind: 'customers',
  async convert(input, sink, reporter) {
    await withCsvTable(input, reporter, async (table) => {
      // Only the subscriptions export has end dates: Canceled At (…), Ended At (…).
      const isSubscriptions = table.header.some((name) => /^(canceled|cancelled|ended) at\b/.test(normalizeName(name)));
      if (isSubscriptions) await subscriptionsToCustomers(table, input, sink, reporter);
      else await customersExport(table, input, sink, reporter);
    });
  },
};

async function customersExport(table: CsvTable, input: AdapterInput, sink: CanonicalSink, reporter: AdapterReporter): Promise<void> {
  const names = new Set(table.header.map(normalizeName));
  if (names.has('amount') && names.has('status')) {
    // A payments export has an id and a Created column too: without this it would make customers of charges.
    throw new DataError(
      `The file ${input.shownAs} is a Stripe payments export, not a customers or subscriptions export; import it with --from stripe orders.`,
      input.shownAs,
    );
  }
  const at = locateColumns(table.header, CUSTOMER_COLUMNS, 'a Stripe customers or subscriptions export', input.shownAs);
  const zone = chooseTimeZone(input, reporter, zoneInHeader(at.created?.header));
  const metadata = metadataColumns(table.header, []);
  await sink.start({
    columns: ['customer_id', 'created_at', 'email', ...metadata.map((column) => column.attribute)],
    sourceColumns: headers(at, { customer_id: 'id', created_at: 'created', email: 'email' }),
    keepStored: { created_at: 'earliest', email: 'fill', churned_at: 'fill' },
  });
  for await (const { fields, line } of table.rows) {
    await sink.write(
      {
        customer_id: cell(fields, at.id),
        created_at: timestamp(cell(fields, at.created), zone),
        email: cell(fields, at.email).toLowerCase(),
        ...metadataValues(metadata, fields),
      },
      line,
    );
    reporter.made();
  }
  reporter.note(
    'The customers export has no end dates: churned_at comes from the subscriptions export (import --from stripe customers subscriptions.csv), and stays as stored.',
  );
}

async function subscriptionsToCustomers(table: CsvTable, input: AdapterInput, sink: CanonicalSink, reporter: AdapterReporter): Promise<void> {
  const at = locateColumns(table.header, SUBSCRIPTION_COLUMNS, 'a Stripe subscriptions export', input.shownAs);
  if (!at.start && !at.created) {
    throw missingColumnsError([SUBSCRIPTION_COLUMNS.start.name], 'a Stripe subscriptions export', input.shownAs);
  }
  const zone = chooseTimeZone(input, reporter, zoneInHeader((at.start ?? at.created)?.header));
  const customers = new Map<
    string,
    { line: number; email: string; startedAt: string; startedMs: number; live: boolean; endedAt: string; endedMs: number; subscriptions: number }
  >();
  let rows = 0;
  for await (const { fields, line } of table.rows) {
    rows++;
    const customer = cell(fields, at.customer);
    if (customer === '') {
      reporter.skip(line, 'the subscription has no Customer ID');
      continue;
    }
    const startedAt = timestamp(cell(fields, at.start) || cell(fields, at.created), zone);
    const status = cell(fields, at.status).toLowerCase();
    // A subscription set to cancel at the period's end has a Canceled At but is live until it ends.
    const endText =
      cell(fields, at.endedAt) || (at.status === undefined || status === 'canceled' || status === 'incomplete_expired' ? cell(fields, at.canceledAt) : '');
    const live = endText === '' && (at.status === undefined || LIVE_STATUSES.has(status) || status === '');
    const endedAt = endText === '' ? '' : timestamp(endText, zone);
    const known = customers.get(customer) ?? {
      line,
      email: '',
      startedAt,
      startedMs: Date.parse(startedAt),
      live: false,
      endedAt: '',
      endedMs: Number.NEGATIVE_INFINITY,
      subscriptions: 0,
    };
    customers.set(customer, known);
    known.subscriptions++;
    known.email ||= cell(fields, at.email).toLowerCase();
    const startedMs = Date.parse(startedAt);
    if (startedMs < known.startedMs || Number.isNaN(known.startedMs)) Object.assign(known, { startedAt, startedMs });
    known.live ||= live;
    const endedMs = Date.parse(endedAt);
    if (endedAt !== '' && (Number.isNaN(endedMs) || endedMs > known.endedMs))
      Object.assign(known, { endedAt, endedMs: Number.isNaN(endedMs) ? Number.POSITIVE_INFINITY : endedMs });
  }
  await sink.start({
    columns: ['customer_id', 'created_at', 'churned_at', 'email', 'subscriptions'],
    sourceColumns: headers(at, {
      customer_id: 'customer',
      created_at: at.start ? 'start' : 'created',
      churned_at: at.endedAt ? 'endedAt' : 'canceledAt',
      email: 'email',
    }),
    keepStored: { created_at: 'earliest', email: 'fill' },
  });
  let churned = 0;
  for (const [customer, known] of customers) {
    if (!known.live && known.endedAt !== '') churned++;
    await sink.write(
      {
        customer_id: customer,
        created_at: known.startedAt,
        churned_at: known.live ? '' : known.endedAt,
        email: known.email,
        subscriptions: String(known.subscriptions),
      },
      known.line,
    );
    reporter.made();
  }
  reporter.note(
    `${rows} subscription${rows === 1 ? '' : 's'} grouped into ${customers.size} customer${customers.size === 1 ? '' : 's'}; ${churned} churned (churned_at: the latest Ended At, else Canceled At, once no subscription is live).`,
  );
}

/** A `<key> (metadata)` column of a Stripe export and the attribute it becomes. */
interface MetadataColumn {
  index: number;
  attribute: string;
}

/**
 * The metadata columns of a header, each named after its key; a key that would clash with
 * a contract column or one of the adapter's own attributes is prefixed `metadata_`.
 */
function metadataColumns(header: readonly string[], taken: readonly string[]): MetadataColumn[] {
  const reserved = new Set([...Object.values(KINDS).flatMap((spec) => spec.columns.map((column) => column.name)), ...taken]);
  const columns: MetadataColumn[] = [];
  header.forEach((name, index) => {
    const key = /^(.*)\(metadata\)\s*$/i.exec(name)?.[1]?.trim();
    if (!key) return;
    let attribute = reserved.has(key) ? `metadata_${key}` : key;
    while (reserved.has(attribute)) attribute = `metadata_${attribute}`;
    reserved.add(attribute);
    columns.push({ index, attribute });
  });
  return columns;
}

function metadataValues(columns: readonly MetadataColumn[], fields: readonly string[]): Record<string, string> {
  return Object.fromEntries(columns.map((column) => [column.attribute, (fields[column.index] ?? '').trim()]));
}

function timestamp(text: string, zone: string): string {
  return parseTimestamp(text, { order: 'YMD', timeZone: zone }) ?? text;
}

function headers<K extends string>(at: ColumnPositions<K>, from: Readonly<Record<string, K>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(from).flatMap(([field, column]) => (at[column as K] ? [[field, (at[column as K] as { header: string }).header]] : [])),
  );
}
