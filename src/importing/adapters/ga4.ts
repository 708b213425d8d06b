import type { Adapter, AdapterInput } from './Adapter.js';
import type { AdapterReporter } from './AdapterReporter.js';
import { missingColumnsError } from './locateColumns.js';
import { isoFromEpoch } from './parseTimestamp.js';
import { readJsonLines } from './readJsonLines.js';
import { DistinctIds, syntheticId } from './syntheticId.js';

const WHAT = 'a GA4 BigQuery export of events_* (newline-delimited JSON)';
/** Fields every exported event has, checked on the first one. */
const REQUIRED_FIELDS = ['event_timestamp', 'event_name', 'user_pseudo_id'] as const;
/** GA4's event names for the types the indicators count (docs/formats.md); other names are kept as they are. */
const TYPES: Readonly<Record<string, string>> = { page_view: 'pageview', add_to_cart: 'cart', purchase: 'purchase' };
/** The fields, in order, whose values identify an event across exports (daily and intraday tables alike). */
const IDENTIFYING_FIELDS = [
  'stream_id',
  'user_pseudo_id',
  'event_timestamp',
  'event_name',
  'event_bundle_sequence_id',
  'batch_page_id',
  'batch_ordering_id',
  'batch_event_index',
] as const;
const MICROS_PER_MS = 1000n;

/** One exported event, as far as we read it. */
interface Ga4Event {
  event_timestamp?: unknown;
  event_name?: unknown;
  user_pseudo_id?: unknown;
  user_id?: unknown;
  event_params?: unknown;
  ecommerce?: { transaction_id?: unknown; purchase_revenue?: unknown } | null;
  device?: { category?: unknown } | null;
  geo?: { country?: unknown } | null;
  [field: string]: unknown;
}

/**
 * `import --from ga4 events`: the GA4 BigQuery export of `events_*` tables, as
 * newline-delimited JSON (gzipped or not). One event per line: `event_timestamp` in
 * microseconds (a string), the page in `event_params` (`page_location`, `page_referrer`),
 * `user_id` when the site sets one. GA4 gives events no id: each gets a stable one from its
 * identifying fields, so the daily table re-imported after the intraday one updates rather
 * than duplicates.
 */
export const ga4Events: Adapter = {
  tool: 'ga4',
  kind: 'events',
  async convert(input, sink, reporter) {
    await sink.start({
      columns: [
        'event_id',
        'visitor_id',
        'occurred_at',
        'type',
        'customer_id',
        'url',
        'referrer',
        'ga_session_id',
        'transaction_id',
        'revenue',
        'currency',
        'device_category',
        'country',
      ],
      sourceColumns: {
        visitor_id: 'user_pseudo_id',
        occurred_at: 'event_timestamp',
        type: 'event_name',
        customer_id: 'user_id',
        url: 'event_params.page_location',
        referrer: 'event_params.page_referrer',
      },
    });
    const ids = new DistinctIds();
    for await (const { line, event } of events(input, reporter)) {
      const name = text(event.event_name);
      await sink.write(
        {
          event_id: ids.next(
            syntheticId(
              'ga4',
              IDENTIFYING_FIELDS.map((field) => text(event[field])),
            ),
          ),
          visitor_id: text(event.user_pseudo_id),
          occurred_at: instant(event.event_timestamp),
          type: TYPES[name] ?? name,
          customer_id: text(event.user_id),
          url: parameter(event, 'page_location'),
          referrer: parameter(event, 'page_referrer'),
          ga_session_id: parameter(event, 'ga_session_id'),
          transaction_id: transactionId(event),
          revenue: name === 'purchase' ? revenue(event) : '',
          currency: name === 'purchase' ? parameter(event, 'currency').toUpperCase() : '',
          device_category: text(event.device?.category),
          country: text(event.geo?.country),
        },
        line,
      );
      reporter.made();
    }
    reporter.note(
      "Event ids are made from each event's identifying fields; page_view is type pageview, add_to_cart cart, purchase purchase, other names are kept.",
    );
  },
};

/**
 * `import --from ga4 orders`: the purchase events of the same export, one order per
 * `ecommerce.transaction_id` (GA4 may log a purchase twice: later ones are skipped), amount
 * `purchase_revenue`, customer the site's `user_id` (a purchase without one cannot be tied to a
 * customer and is skipped).
 */
export const ga4Orders: Adapter = {
  tool: 'ga4',
  kind: 'orders',
  async convert(input, sink, reporter) {
    await sink.start({
      columns: ['order_id', 'customer_id', 'ordered_at', 'amount', 'currency', 'visitor_id', 'ga_session_id'],
      sourceColumns: {
        order_id: 'ecommerce.transaction_id',
        customer_id: 'user_id',
        ordered_at: 'event_timestamp',
        amount: 'ecommerce.purchase_revenue',
        currency: 'event_params.currency',
      },
    });
    const seen = new Map<string, number>();
    let otherEvents = 0;
    for await (const { line, event } of events(input, reporter)) {
      if (text(event.event_name) !== 'purchase') {
        otherEvents++;
        continue;
      }
      const transaction = transactionId(event);
      if (transaction === '' || transaction === '(not set)') {
        reporter.skip(line, 'a purchase without ecommerce.transaction_id');
        continue;
      }
      const first = seen.get(transaction);
      if (first !== undefined) {
        reporter.skip(line, `a second purchase event for transaction ${transaction} (first on line ${first})`);
        continue;
      }
      seen.set(transaction, line);
      const customer = text(event.user_id);
      if (customer === '') {
        reporter.skip(line, `purchase ${transaction} has no user_id: it cannot be tied to a customer`);
        continue;
      }
      await sink.write(
        {
          order_id: transaction,
          customer_id: customer,
          ordered_at: instant(event.event_timestamp),
          amount: revenue(event),
          currency: parameter(event, 'currency').toUpperCase(),
          visitor_id: text(event.user_pseudo_id),
          ga_session_id: parameter(event, 'ga_session_id'),
        },
        line,
      );
      reporter.made();
    }
    if (otherEvents > 0)
      reporter.note(`${otherEvents} event${otherEvents > 1 ? 's' : ''} other than purchase left aside (import them with --from ga4 events).`);
  },
};

/** The export's events, each counted as read; a line that is not an event object is reported unreadable. */
async function* events(input: AdapterInput, reporter: AdapterReporter): AsyncGenerator<{ line: number; event: Ga4Event }> {
  let checked = false;
  for await (const entry of readJsonLines(input.path, input.shownAs)) {
    reporter.read();
    if ('error' in entry) {
      reporter.cannotRead(entry.line, entry.error);
      continue;
    }
    if (typeof entry.value !== 'object' || entry.value === null || Array.isArray(entry.value)) {
      reporter.cannotRead(entry.line, 'the line is not a JSON object');
      continue;
    }
    const event = entry.value as Ga4Event;
    if (!checked) {
      const missing = REQUIRED_FIELDS.filter((field) => !(field in event));
      if (missing.length > 0) throw missingColumnsError(missing, WHAT, input.shownAs, 'field');
      checked = true;
    }
    yield { line: entry.line, event };
  }
}

/** A scalar as text: '' for null, undefined and objects. */
function text(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  return '';
}

/** `event_timestamp` (microseconds since 1970, as a string or number) as ISO UTC; the text itself when it is not that. */
function instant(value: unknown): string {
  const raw = text(value);
  if (!/^\d{1,19}$/.test(raw)) return raw;
  const micros = BigInt(raw);
  return isoFromEpoch(Number(micros / MICROS_PER_MS), Number(micros % MICROS_PER_MS));
}

/** An `event_params` value by key: whichever of string, int, double or float value is set. */
function parameter(event: Ga4Event, key: string): string {
  if (!Array.isArray(event.event_params)) return '';
  for (const entry of event.event_params as unknown[]) {
    if (typeof entry !== 'object' || entry === null || (entry as { key?: unknown }).key !== key) continue;
    const value = (entry as { value?: Record<string, unknown> | null }).value ?? {};
    for (const field of ['string_value', 'int_value', 'double_value', 'float_value']) {
      const found = text(value[field]);
      if (found !== '') return found;
    }
  }
  return '';
}

function transactionId(event: Ga4Event): string {
  return text(event.ecommerce?.transaction_id) || parameter(event, 'transaction_id');
}

function revenue(event: Ga4Event): string {
  return text(event.ecommerce?.purchase_revenue) || parameter(event, 'value');
}
