import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERIOD_LAST_SECOND_MS, PERIOD_START_MS } from './demoPeriod.js';
import { readDemoFiles, type DemoRows } from './readDemoFiles.js';
import { writeDemoCsvs } from './writeDemoCsvs.js';

/**
 * Reads the generated files back with an independent CSV reader and checks every rule of
 * CONTRACT §3 the importer enforces, plus the cross-file rules the brief asks for.
 */

let directory: string;
let rows: DemoRows;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'barometre-demo-validity-'));
  rows = await readDemoFiles(await writeDemoCsvs(directory));
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const WHOLE = /^(0|[1-9]\d*)$/;
const AMOUNT = /^(0|[1-9]\d*)\.\d{2}$/;

/** The instant of a CONTRACT timestamp, checking its form on the way. */
function instant(text: string | undefined, what: string): number {
  expect(text, what).toMatch(TIMESTAMP);
  const ms = Date.parse(text as string);
  expect(new Date(ms).toISOString().replace('.000Z', 'Z'), what).toBe(text);
  return ms;
}

function inPeriod(text: string | undefined, what: string): number {
  const ms = instant(text, what);
  expect(ms, what).toBeGreaterThanOrEqual(PERIOD_START_MS);
  expect(ms, what).toBeLessThanOrEqual(PERIOD_LAST_SECOND_MS);
  return ms;
}

function expectUnique(values: readonly string[], what: string): void {
  const seen = new Set<string>();
  const repeated = values.filter((value) => (seen.has(value) ? true : (seen.add(value), false)));
  expect(repeated.slice(0, 5), what).toEqual([]);
}

function customerIndex(): Map<string, { created: number; churned: number | null }> {
  return new Map(rows.customers.map((c) => [c.customer_id as string, { created: Date.parse(c.created_at as string), churned: c.churned_at ? Date.parse(c.churned_at) : null }]));
}

/** Checks that an activity of a customer happens after their creation and before any churn. */
function expectDuringCustomerLife(customerId: string, at: number, what: string, customers: ReturnType<typeof customerIndex>): void {
  const customer = customers.get(customerId);
  expect(customer, `${what}: customer ${customerId} exists`).toBeDefined();
  if (customer === undefined) return;
  expect(at, `${what} after created_at`).toBeGreaterThan(customer.created);
  if (customer.churned !== null) expect(at, `${what} before churned_at`).toBeLessThan(customer.churned);
}

describe('the demo customers file', () => {
  it('has the contract columns, unique ids and about 3,000 customers', () => {
    expect(Object.keys(rows.customers[0] ?? {})).toEqual(['customer_id', 'created_at', 'churned_at', 'email', 'loyalty_tier', 'city', 'signup_channel']);
    expectUnique(rows.customers.map((c) => c.customer_id as string), 'customer_id');
    expect(rows.customers.length).toBe(3_000);
  });

  it('creates about 1,200 customers before the period and the rest during it, churn always after creation', () => {
    let before = 0;
    for (const c of rows.customers) {
      const created = instant(c.created_at, `created_at of ${c.customer_id}`);
      expect(created).toBeLessThanOrEqual(PERIOD_LAST_SECOND_MS);
      if (created < PERIOD_START_MS) before += 1;
      if (c.churned_at !== '') {
        const churned = instant(c.churned_at, `churned_at of ${c.customer_id}`);
        expect(churned, c.customer_id).toBeGreaterThan(created);
        expect(churned).toBeLessThanOrEqual(PERIOD_LAST_SECOND_MS);
      }
    }
    expect(before).toBe(1_200);
  });

  it('gives the free attributes their documented values, with about 35 % loyalty members', () => {
    const members = rows.customers.filter((c) => c.loyalty_tier === 'member').length / rows.customers.length;
    expect(members).toBeGreaterThan(0.3);
    expect(members).toBeLessThan(0.4);
    for (const c of rows.customers) {
      expect(['member', 'none']).toContain(c.loyalty_tier);
      expect(['web', 'store', 'app']).toContain(c.signup_channel);
      expect(c.city).not.toBe('');
      expect(c.email).toMatch(/^[a-z]+\.[a-z]+\d+@example\.com$/);
    }
  });
});

describe('the demo orders file', () => {
  it('has unique ids, valid amounts in EUR with a dot and two decimals, and known channels', () => {
    expectUnique(rows.orders.map((o) => o.order_id as string), 'order_id');
    for (const o of rows.orders) {
      expect(o.amount, o.order_id).toMatch(AMOUNT);
      expect(Number(o.amount), o.order_id).toBeGreaterThan(0);
      expect(o.currency).toBe('EUR');
      expect(['web', 'store', 'app']).toContain(o.channel);
      expect(o.store === '', o.order_id).toBe(o.channel !== 'store');
    }
  });

  it('references existing customers, after their creation and before their churn, inside the period', () => {
    const customers = customerIndex();
    for (const o of rows.orders) expectDuringCustomerLife(o.customer_id as string, inPeriod(o.ordered_at, o.order_id as string), o.order_id as string, customers);
  });
});

describe('the demo responses file', () => {
  it('has unique ids and exactly one score per answer, each in its range', () => {
    expectUnique(rows.responses.map((r) => r.response_id as string), 'response_id');
    for (const r of rows.responses) {
      const scores = [r.nps, r.csat, r.ces].filter((value) => value !== '');
      expect(scores.length, r.response_id).toBe(1);
      for (const value of scores) expect(value, r.response_id).toMatch(WHOLE);
      if (r.nps !== '') expect(Number(r.nps)).toBeLessThanOrEqual(10);
      if (r.csat !== '') expect(Number(r.csat)).toBeGreaterThanOrEqual(1);
      if (r.csat !== '') expect(Number(r.csat)).toBeLessThanOrEqual(5);
      if (r.ces !== '') expect(Number(r.ces)).toBeGreaterThanOrEqual(1);
      if (r.ces !== '') expect(Number(r.ces)).toBeLessThanOrEqual(7);
    }
  });

  it('ties every customer answer to an existing customer, during their life, and no employee answer to one', () => {
    const customers = customerIndex();
    for (const r of rows.responses) {
      const at = inPeriod(r.submitted_at, r.response_id as string);
      expect(['customer', 'employee']).toContain(r.population);
      if (r.population === 'employee') {
        expect(r.customer_id, r.response_id).toBe('');
        expect(r.survey_id).toBe('barometre-interne');
        expect(r.nps).not.toBe('');
      } else {
        expectDuringCustomerLife(r.customer_id as string, at, r.response_id as string, customers);
      }
    }
  });

  it('uses the documented surveys, each with its own scale', () => {
    const scaleOf = (r: Record<string, string>): string => (r.nps !== '' ? 'nps' : r.csat !== '' ? 'csat' : 'ces');
    const scales = new Map<string, Set<string>>();
    for (const r of rows.responses) scales.set(r.survey_id as string, (scales.get(r.survey_id as string) ?? new Set()).add(scaleOf(r)));
    expect(Object.fromEntries([...scales].map(([survey, set]) => [survey, [...set]]))).toEqual({
      'nps-relation-2025': ['nps'],
      'nps-relation-2026': ['nps'],
      'csat-livraison': ['csat'],
      'csat-magasin': ['csat'],
      'ces-sav': ['ces'],
      'barometre-interne': ['nps'],
    });
  });

  it('sets language only to fr or en and only on answers with a comment', () => {
    for (const r of rows.responses) {
      expect(['', 'fr', 'en']).toContain(r.language);
      if (r.language !== '') expect(r.comment, r.response_id).not.toBe('');
    }
  });
});

describe('the demo events file', () => {
  it('has unique ids, known types, site URLs and visitor ids', () => {
    expectUnique(rows.events.map((e) => e.event_id as string), 'event_id');
    for (const e of rows.events) {
      expect(['pageview', 'cart', 'purchase']).toContain(e.type);
      expect(e.url?.startsWith('https://maison-lumiere.fr/'), e.event_id).toBe(true);
      expect(e.visitor_id).toMatch(/^v-[0-9a-z]{10}$/);
      if (e.referrer !== '') expect(e.referrer).toMatch(/^https:\/\//);
    }
  });

  it('keeps identified events inside their customer\'s life and every visitor to one customer at most', () => {
    const customers = customerIndex();
    const owner = new Map<string, string>();
    for (const e of rows.events) {
      const at = inPeriod(e.occurred_at, e.event_id as string);
      if (e.customer_id === '') continue;
      expectDuringCustomerLife(e.customer_id as string, at, e.event_id as string, customers);
      const known = owner.get(e.visitor_id as string);
      if (known !== undefined) expect(known, e.visitor_id).toBe(e.customer_id);
      owner.set(e.visitor_id as string, e.customer_id as string);
    }
  });

  it('records each tracked purchase at the second of its order', () => {
    const orders = new Map(rows.orders.map((o) => [o.order_id as string, o]));
    const purchases = rows.events.filter((e) => e.type === 'purchase');
    expect(purchases.length).toBeGreaterThan(500);
    for (const e of purchases) {
      const orderId = /commande=(ord-\d+)$/.exec(e.url as string)?.[1];
      const order = orders.get(orderId ?? '');
      expect(order, e.event_id).toBeDefined();
      expect(e.occurred_at).toBe(order?.ordered_at);
      expect(order?.channel).not.toBe('store');
      if (e.customer_id !== '') expect(e.customer_id).toBe(order?.customer_id);
    }
  });

  it('lists events in time order and spaces a visitor\'s events either minutes apart (a session) or more than 45 minutes', () => {
    const last = new Map<string, number>();
    let previous = 0;
    for (const e of rows.events) {
      const at = Date.parse(e.occurred_at as string);
      expect(at).toBeGreaterThanOrEqual(previous);
      previous = at;
      const before = last.get(e.visitor_id as string);
      if (before !== undefined) {
        const gap = at - before;
        expect(gap > 0 && (gap <= 10 * 60_000 || gap >= 45 * 60_000), `${e.event_id} gap ${gap}`).toBe(true);
      }
      last.set(e.visitor_id as string, at);
    }
  });
});

describe('the demo posts file', () => {
  it('has unique ids, positive followers and counts that are empty or whole numbers', () => {
    expectUnique(rows.posts.map((p) => p.post_id as string), 'post_id');
    let empty = 0;
    for (const p of rows.posts) {
      inPeriod(p.published_at, p.post_id as string);
      expect(['instagram', 'facebook', 'linkedin', 'tiktok']).toContain(p.platform);
      expect(p.followers).toMatch(WHOLE);
      expect(Number(p.followers)).toBeGreaterThan(0);
      for (const column of ['impressions', 'reach', 'likes', 'comments', 'shares', 'saves']) {
        if (p[column] === '') empty += 1;
        else expect(p[column], `${p.post_id} ${column}`).toMatch(WHOLE);
      }
    }
    expect(empty).toBeGreaterThan(0);
  });

  it('shows followers growing on every platform', () => {
    for (const platform of ['instagram', 'facebook', 'linkedin', 'tiktok']) {
      const followers = rows.posts.filter((p) => p.platform === platform).map((p) => Number(p.followers));
      expect(followers.at(-1), platform).toBeGreaterThan(followers[0] ?? Infinity);
    }
  });
});

describe('the demo mentions file', () => {
  it('has unique ids, the four brands, own-brand flags and reach that is empty or whole', () => {
    expectUnique(rows.mentions.map((m) => m.mention_id as string), 'mention_id');
    for (const m of rows.mentions) {
      inPeriod(m.published_at, m.mention_id as string);
      expect(['Maison Lumière', 'Casa Nova', 'Atelier Blanc', 'Brico&Maison']).toContain(m.brand);
      expect(m.is_own_brand).toBe(m.brand === 'Maison Lumière' ? 'true' : 'false');
      if (m.reach !== '') expect(m.reach).toMatch(WHOLE);
      expect(m.text).not.toBe('');
      expect(['fr', 'en']).toContain(m.language);
    }
  });
});

describe('the demo audits file', () => {
  it('has one row per visit and criterion, with scores within 0 and max_score, and weights 1 to 3', () => {
    expectUnique(rows.audits.map((a) => `${a.visit_id} / ${a.criterion}`), 'visit_id + criterion');
    for (const a of rows.audits) {
      inPeriod(a.visited_at, a.visit_id as string);
      expect(a.visit_id).toMatch(/^visit-/);
      expect(a.score).toMatch(WHOLE);
      expect(a.max_score).toMatch(WHOLE);
      expect(Number(a.max_score)).toBeGreaterThan(0);
      expect(Number(a.score)).toBeLessThanOrEqual(Number(a.max_score));
      expect(['1', '2', '3']).toContain(a.weight);
      expect(['accueil', 'conseil', 'caisse', 'SAV']).toContain(a.touchpoint);
    }
  });

  it('keeps each visit at one site and one instant, with about eight criteria', () => {
    const visits = new Map<string, Record<string, string>[]>();
    for (const a of rows.audits) visits.set(a.visit_id as string, [...(visits.get(a.visit_id as string) ?? []), a]);
    expect(visits.size).toBe(5 * 18);
    for (const [visit, criteria] of visits) {
      expect(new Set(criteria.map((a) => `${a.site} ${a.visited_at}`)).size, visit).toBe(1);
      expect(criteria.length, visit).toBeGreaterThanOrEqual(7);
      expect(criteria.length, visit).toBeLessThanOrEqual(9);
    }
  });
});
