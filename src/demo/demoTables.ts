import type { DemoAudit, DemoCustomer, DemoEvent, DemoMention, DemoOrder, DemoPost, DemoResponse } from './demoRecords.js';
import type { CsvTable } from './formatCsv.js';
import { isoTimestamp } from './isoTimestamp.js';

/**
 * The CSV layout of each demo kind: the columns of docs/formats.md first, then the free attributes
 * (`loyalty_tier`, `city`, `signup_channel`, `store`, `format`, `language`), with
 * missing values as empty fields, timestamps as `2025-05-03T14:02:11Z` and amounts in euros
 * with a dot and two decimals.
 */

const text = (value: string | null): string => value ?? '';

/** The rows of `records`, each made only when the writer reaches it. */
function* lazily<T>(records: readonly T[], toRow: (record: T) => readonly string[]): Generator<readonly string[]> {
  for (const record of records) yield toRow(record);
}
const whole = (value: number | null): string => (value === null ? '' : String(value));
const time = (ms: number | null): string => (ms === null ? '' : isoTimestamp(ms));

/**
 * @example
 * customersTable([customer]).header; // ['customer_id', 'created_at', 'churned_at', 'email', 'loyalty_tier', 'city', 'signup_channel']
 */
export function customersTable(customers: readonly DemoCustomer[]): CsvTable {
  return {
    header: ['customer_id', 'created_at', 'churned_at', 'email', 'loyalty_tier', 'city', 'signup_channel'],
    rows: lazily(customers, (c) => [c.id, time(c.createdMs), time(c.churnedMs), c.email, c.member ? 'member' : 'none', c.city, c.signupChannel]),
  };
}

/**
 * @example
 * [...ordersTable([order]).rows][0]; // e.g. ['ord-000001', 'cus-01187', '2025-05-01T06:12:40Z', '74.30', 'EUR', 'web', '']
 */
export function ordersTable(orders: readonly DemoOrder[]): CsvTable {
  return {
    header: ['order_id', 'customer_id', 'ordered_at', 'amount', 'currency', 'channel', 'store'],
    rows: lazily(orders, (o) => [o.id, o.customerId, time(o.orderedMs), euros(o.amountCents), 'EUR', o.channel, text(o.store)]),
  };
}

/** Responses: one score column filled per answer (nps, csat or ces). */
export function responsesTable(responses: readonly DemoResponse[]): CsvTable {
  return {
    header: ['response_id', 'survey_id', 'submitted_at', 'customer_id', 'channel', 'population', 'nps', 'csat', 'ces', 'comment', 'language', 'store'],
    rows: lazily(responses, (r) => [
      r.id,
      r.surveyId,
      time(r.submittedMs),
      text(r.customerId),
      r.channel,
      r.population,
      whole(r.nps),
      whole(r.csat),
      whole(r.ces),
      r.comment,
      text(r.language),
      text(r.store),
    ]),
  };
}

export function eventsTable(events: readonly DemoEvent[]): CsvTable {
  return {
    header: ['event_id', 'visitor_id', 'occurred_at', 'type', 'customer_id', 'url', 'referrer', 'device', 'browser', 'os', 'source', 'utm_campaign'],
    rows: lazily(events, (e) => [
      e.id,
      e.visitorId,
      time(e.occurredMs),
      e.type,
      text(e.customerId),
      e.url,
      text(e.referrer),
      e.device,
      e.browser,
      e.os,
      text(e.source),
      text(e.campaign),
    ]),
  };
}

export function postsTable(posts: readonly DemoPost[]): CsvTable {
  return {
    header: ['post_id', 'platform', 'published_at', 'followers', 'impressions', 'reach', 'likes', 'comments', 'shares', 'saves', 'format'],
    rows: lazily(posts, (p) => [
      p.id,
      p.platform,
      time(p.publishedMs),
      String(p.followers),
      whole(p.impressions),
      whole(p.reach),
      whole(p.likes),
      whole(p.comments),
      whole(p.shares),
      whole(p.saves),
      p.format,
    ]),
  };
}

export function mentionsTable(mentions: readonly DemoMention[]): CsvTable {
  return {
    header: ['mention_id', 'brand', 'published_at', 'platform', 'text', 'reach', 'is_own_brand', 'language'],
    rows: lazily(mentions, (m) => [m.id, m.brand, time(m.publishedMs), m.platform, m.text, whole(m.reach), m.isOwnBrand ? 'true' : 'false', m.language]),
  };
}

export function auditsTable(audits: readonly DemoAudit[]): CsvTable {
  return {
    header: ['visit_id', 'site', 'visited_at', 'criterion', 'score', 'max_score', 'weight', 'touchpoint'],
    rows: lazily(audits, (a) => [a.visitId, a.site, time(a.visitedMs), a.criterion, String(a.score), String(a.maxScore), String(a.weight), a.touchpoint]),
  };
}

/**
 * Cents as euros with a dot and two decimals, computed on whole numbers so no float rounding
 * can show.
 *
 * @example
 * euros(7430); // '74.30'
 * euros(5); // '0.05'
 */
export function euros(cents: number): string {
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}
