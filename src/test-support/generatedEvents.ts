import fc from 'fast-check';
import type { EventRow } from '../services/collection/collectionWriter.js';

/** One generated event: a small id (ids repeat across batches), a visitor, a minute after {@link START}, a type, a page and a source. */
export interface GeneratedEvent {
  id: number;
  visitor: number;
  minute: number;
  type: 'pageview' | 'cart' | 'purchase';
  url: string | null;
  source: string | null;
}

/**
 * Minutes over three days: anywhere, or on a grid of 30 or 31 minutes, so that gaps of exactly
 * the timeout (same session) and just past it (a new one) are common, and a late event between
 * two sessions 60 minutes apart merges them.
 */
const minuteArbitrary = fc.oneof(
  fc.integer({ min: 0, max: 3 * 24 * 60 }),
  fc.integer({ min: 0, max: 40 }).map((step) => step * 30),
  fc.integer({ min: 0, max: 40 }).map((step) => step * 31 + 24 * 60 - 200),
);

/** Events of a few visitors, with a page and a first-event attribute or none, so entry and exit pages and attributes are checked too. */
export const eventArbitrary = fc.record({
  id: fc.integer({ min: 0, max: 60 }),
  visitor: fc.integer({ min: 0, max: 3 }),
  minute: minuteArbitrary,
  type: fc.constantFrom('pageview' as const, 'pageview' as const, 'cart' as const, 'purchase' as const),
  url: fc.constantFrom(null, '/a', '/b', '/c'),
  source: fc.constantFrom(null, 'mail', 'search'),
});

/** A batch of events with distinct ids, as one import or one collection commit writes it. */
export const eventBatchArbitrary = fc.uniqueArray(eventArbitrary, { selector: (event) => event.id, minLength: 1, maxLength: 25 });

/** The first instant generated events can have. */
const START = Date.parse('2025-03-01T00:00:00Z');

/** The event's time, ISO 8601 in UTC. */
export function occurredAt(event: GeneratedEvent): string {
  return new Date(START + event.minute * 60_000).toISOString();
}

/** The customer id visitor 3 carries (it signed in), so that erasing that customer erases its events; the other visitors carry none. */
export const SIGNED_IN_CUSTOMER = 'c3';

function customerOf(event: GeneratedEvent): string | null {
  return event.visitor === 3 ? SIGNED_IN_CUSTOMER : null;
}

/** The events as an events CSV file (visitor `v<n>`, event `e<n>`). */
export function eventsCsv(events: readonly GeneratedEvent[]): string {
  const rows = events.map(
    (event) => `e${event.id},v${event.visitor},${occurredAt(event)},${event.type},${customerOf(event) ?? ''},${event.url ?? ''},${event.source ?? ''}`,
  );
  return ['event_id,visitor_id,occurred_at,type,customer_id,url,source', ...rows].join('\n');
}

/** The events as live collection hands them to the CollectionWriter. */
export function eventRows(events: readonly GeneratedEvent[]): EventRow[] {
  return events.map((event) => [
    `e${event.id}`,
    `v${event.visitor}`,
    occurredAt(event).replace('T', ' ').replace('Z', ''),
    event.type,
    customerOf(event),
    event.url ?? '',
    null,
    JSON.stringify(event.source === null ? {} : { source: event.source }),
  ]);
}
