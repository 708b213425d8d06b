import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY_MS, DEMO_MONTHS, PERIOD_END_EXCLUSIVE_MS, PERIOD_START_MS, TRACKER_INSTALLED_MS, type DemoMonth } from './demoPeriod.js';
import { demoBarometerRows } from '../test-support/demoBarometerRows.js';
import { DEMO_FILES_TIMEOUT_MS, readDemoFiles, type DemoRows } from '../test-support/readDemoFiles.js';
import { writeDemoCsvs } from './writeDemoCsvs.js';

/**
 * Checks that every indicator of docs/indicators.md has data over the whole period and over each of
 * its 18 months (the web's over the three months of the tracker), and that the data tells the
 * intended story (seasonality, members buying and staying more, ~8 % churn per half-year, a web
 * funnel in which ~8 % of the sessions add to the cart, ~70 % of the carts are abandoned and
 * ~2.5 % of the sessions buy, one tracked purchase per web order). The figures are computed here
 * from the files with the contract's definitions, simply, independently of the store.
 */

let directory: string;
let rows: DemoRows;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'barometre-demo-coverage-'));
  rows = await readDemoFiles(await writeDemoCsvs(directory));
  // The employee barometer is answered through the survey path, not imported: its answers are checked beside the others.
  rows.responses.push(...demoBarometerRows());
}, DEMO_FILES_TIMEOUT_MS);

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

type Row = Record<string, string>;
const at = (text: string | undefined): number => Date.parse(text ?? '');
const within = (list: readonly Row[], column: string, from: number, to: number): Row[] =>
  list.filter((row) => {
    const ms = at(row[column]);
    return ms >= from && ms < to;
  });
const inMonth = (list: readonly Row[], column: string, month: DemoMonth): Row[] => within(list, column, month.startMs, month.endExclusiveMs);
const WAVE_MONTHS = ['2025-06', '2026-01', '2026-06'];
/** The months the web tracker covers (installed on 1 August 2026). */
const TRACKED_MONTHS = DEMO_MONTHS.filter((month) => month.startMs >= TRACKER_INSTALLED_MS);
const HOUR_MS = 3_600_000;

/** docs/indicators.md churnRate over [from, to): active at `from`, lost = churned inside. */
function churn(customers: readonly Row[], from: number, to: number): { atStart: number; lost: number } {
  const active = customers.filter((c) => at(c.created_at) < from && (c.churned_at === '' || at(c.churned_at) >= from));
  return { atStart: active.length, lost: active.filter((c) => c.churned_at !== '' && at(c.churned_at) < to).length };
}

/** docs/indicators.md cartAbandonmentRate: visitor-days with a cart, and those without a purchase. */
function carts(events: readonly Row[]): { carts: number; abandoned: number } {
  const days = new Map<string, { cart: boolean; purchase: boolean }>();
  for (const e of events) {
    const key = `${e.visitor_id} ${e.occurred_at?.slice(0, 10)}`;
    const day = days.get(key) ?? { cart: false, purchase: false };
    if (e.type === 'cart') day.cart = true;
    if (e.type === 'purchase') day.purchase = true;
    days.set(key, day);
  }
  const withCart = [...days.values()].filter((day) => day.cart);
  return { carts: withCart.length, abandoned: withCart.filter((day) => !day.purchase).length };
}

/** A visit as docs/indicators.md cuts sessions (a gap of more than 30 minutes starts a new one). */
interface Session {
  startMs: number;
  lastMs: number;
  events: number;
  pageviews: number;
  cart: boolean;
  purchase: boolean;
  device: string;
  source: string;
  campaign: string;
}

/** The sessions of `events` (in time order, as the file holds them). */
function sessions(events: readonly Row[]): Session[] {
  const all: Session[] = [];
  const open = new Map<string, { session: Session; lastMs: number }>();
  for (const e of events) {
    const ms = at(e.occurred_at);
    let current = open.get(e.visitor_id ?? '');
    if (current === undefined || ms - current.lastMs > 30 * 60_000) {
      const opening = { device: e.device ?? '', source: e.source ?? '', campaign: e.utm_campaign ?? '' };
      current = { session: { startMs: ms, lastMs: ms, events: 0, pageviews: 0, cart: false, purchase: false, ...opening }, lastMs: ms };
      all.push(current.session);
      open.set(e.visitor_id ?? '', current);
    }
    current.lastMs = ms;
    current.session.lastMs = ms;
    current.session.events += 1;
    if (e.type === 'pageview') current.session.pageviews += 1;
    if (e.type === 'cart') current.session.cart = true;
    if (e.type === 'purchase') current.session.purchase = true;
  }
  return all;
}

/** The median of some numbers (the mean of the two middle ones for an even count). */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** docs/indicators.md firstWeekEngagement for customers created in [from, to). */
function firstWeek(from: number, to: number): { newCustomers: number; engaged: number } {
  const created = new Map(within(rows.customers, 'created_at', from, to).map((c) => [c.customer_id ?? '', at(c.created_at)]));
  const engaged = new Set<string>();
  const mark = (customerId: string | undefined, when: number): void => {
    const start = created.get(customerId ?? '');
    if (start !== undefined && when >= start && when <= start + 168 * HOUR_MS) engaged.add(customerId ?? '');
  };
  for (const e of rows.events) if (e.customer_id !== '') mark(e.customer_id, at(e.occurred_at));
  for (const o of rows.orders) mark(o.customer_id, at(o.ordered_at));
  return { newCustomers: created.size, engaged: engaged.size };
}

function nps(scores: readonly number[]): number {
  return (100 * (scores.filter((s) => s >= 9).length - scores.filter((s) => s <= 6).length)) / scores.length;
}

describe('the demo dataset, month by month', () => {
  it.each(DEMO_MONTHS.map((month) => [month.key, month] as const))('has survey answers for every score in %s', (key, month) => {
    const answers = inMonth(rows.responses, 'submitted_at', month);
    const customers = answers.filter((r) => r.population === 'customer');
    expect(customers.filter((r) => r.nps !== '').length).toBeGreaterThanOrEqual(100);
    expect(customers.filter((r) => r.csat !== '').length).toBeGreaterThanOrEqual(30);
    expect(customers.filter((r) => r.ces !== '').length).toBeGreaterThanOrEqual(30);
    const employees = answers.filter((r) => r.population === 'employee').length;
    if (WAVE_MONTHS.includes(key)) expect(employees).toBeGreaterThanOrEqual(5);
    else expect(employees).toBe(0);
  });

  it.each(DEMO_MONTHS.map((month) => [month.key, month] as const))('has customers, orders and repeat buyers in %s', (_key, month) => {
    const { atStart, lost } = churn(rows.customers, month.startMs, month.endExclusiveMs);
    expect(atStart).toBeGreaterThan(500);
    expect(lost).toBeGreaterThan(0);
    const orders = inMonth(rows.orders, 'ordered_at', month);
    expect(orders.length).toBeGreaterThanOrEqual(300);
    const perCustomer = new Map<string, number>();
    for (const o of orders) perCustomer.set(o.customer_id ?? '', (perCustomer.get(o.customer_id ?? '') ?? 0) + 1);
    expect([...perCustomer.values()].filter((count) => count >= 2).length).toBeGreaterThan(10);
    const { newCustomers, engaged } = firstWeek(month.startMs, month.endExclusiveMs);
    expect(newCustomers).toBeGreaterThan(30);
    expect(engaged).toBeGreaterThan(0);
    expect(engaged).toBeLessThan(newCustomers);
  });

  it.each(TRACKED_MONTHS.map((month) => [month.key, month] as const))(
    'has web traffic every day, with carts, purchases as many as the web orders and 1–3 % of sessions buying, in %s',
    (_key, month) => {
      const events = inMonth(rows.events, 'occurred_at', month);
      const days = new Set(events.map((e) => e.occurred_at?.slice(0, 10)));
      expect(days.size).toBe(Math.round((month.endExclusiveMs - month.startMs) / DAY_MS));
      const { carts: withCart, abandoned } = carts(events);
      expect(withCart).toBeGreaterThan(500);
      expect(abandoned / withCart).toBeGreaterThan(0.6);
      expect(abandoned / withCart).toBeLessThan(0.8);
      const visits = sessions(events);
      const converted = visits.filter((session) => session.purchase).length / visits.length;
      expect(converted).toBeGreaterThan(0.01);
      expect(converted).toBeLessThan(0.03);
      // Only content blockers (4 % of browsers) hide a web checkout from the tracker: ±10 % of the web orders.
      const purchases = events.filter((e) => e.type === 'purchase').length;
      const webOrders = inMonth(rows.orders, 'ordered_at', month).filter((o) => o.channel === 'web').length;
      expect(purchases / webOrders).toBeGreaterThan(0.9);
      expect(purchases / webOrders).toBeLessThanOrEqual(1);
      const bounce = visits.filter((session) => session.events === 1).length / visits.length;
      expect(bounce).toBeGreaterThan(0.4);
      expect(bounce).toBeLessThan(0.5);
      expect(events.filter((e) => e.customer_id !== '').length).toBeGreaterThan(1000);
    },
  );

  it.each(DEMO_MONTHS.map((month) => [month.key, month] as const))(
    'has posts on every network, mentions of every brand and five store visits in %s',
    (_key, month) => {
      const posts = inMonth(rows.posts, 'published_at', month);
      for (const platform of ['instagram', 'facebook', 'linkedin', 'tiktok'])
        expect(posts.filter((p) => p.platform === platform).length, platform).toBeGreaterThan(0);
      const mentions = inMonth(rows.mentions, 'published_at', month);
      for (const brand of ['Maison Lumière', 'Casa Nova', 'Atelier Blanc', 'Brico&Maison'])
        expect(mentions.filter((m) => m.brand === brand).length, brand).toBeGreaterThan(20);
      const own = mentions.filter((m) => m.is_own_brand === 'true').length / mentions.length;
      expect(own).toBeGreaterThan(0.15);
      expect(own).toBeLessThan(0.5);
      const audits = inMonth(rows.audits, 'visited_at', month);
      expect(new Set(audits.map((a) => a.visit_id)).size).toBe(5);
      expect(new Set(audits.map((a) => a.touchpoint))).toEqual(new Set(['accueil', 'conseil', 'caisse', 'SAV']));
    },
  );
});

describe('the demo dataset, over the whole period', () => {
  it('has about the intended number of rows of each kind', () => {
    const counts = Object.fromEntries(Object.entries(rows).map(([kind, list]) => [kind, list.length]));
    console.log('demo row counts', counts);
    expect(counts.customers).toBe(3_000);
    expect(counts.orders).toBeGreaterThan(13_000);
    expect(counts.orders).toBeLessThan(17_000);
    expect(counts.responses).toBeGreaterThan(5_400);
    expect(counts.responses).toBeLessThan(6_600);
    expect(counts.events).toBeGreaterThan(180_000);
    expect(counts.events).toBeLessThan(260_000);
    expect(counts.posts).toBeGreaterThan(350);
    expect(counts.posts).toBeLessThan(450);
    expect(counts.mentions).toBeGreaterThan(4_500);
    expect(counts.mentions).toBeLessThan(5_500);
    expect(counts.audits).toBe(5 * 18 * 8);
  });

  it('loses about 8 % of the active customers per half-year, members less than the others', () => {
    for (const [from, to] of [
      [Date.UTC(2025, 4, 1), Date.UTC(2025, 10, 1)],
      [Date.UTC(2026, 4, 1), Date.UTC(2026, 10, 1)],
    ] as const) {
      const { atStart, lost } = churn(rows.customers, from, to);
      expect(lost / atStart).toBeGreaterThan(0.05);
      expect(lost / atStart).toBeLessThan(0.11);
    }
    const rate = (tier: string): number => {
      const { atStart, lost } = churn(
        rows.customers.filter((c) => c.loyalty_tier === tier),
        PERIOD_START_MS,
        Date.UTC(2026, 10, 1),
      );
      return lost / atStart;
    };
    expect(rate('member')).toBeLessThan(rate('none'));
  });

  it('shows members buying more often, and the Black Friday and Christmas peaks over the summer dip', () => {
    const members = new Set(rows.customers.filter((c) => c.loyalty_tier === 'member').map((c) => c.customer_id));
    const memberOrders = rows.orders.filter((o) => members.has(o.customer_id)).length / members.size;
    const otherOrders = rows.orders.filter((o) => !members.has(o.customer_id)).length / (rows.customers.length - members.size);
    expect(memberOrders).toBeGreaterThan(1.5 * otherOrders);
    const monthly = (key: string): number => rows.orders.filter((o) => o.ordered_at?.startsWith(key)).length;
    expect(monthly('2025-11')).toBeGreaterThan(1.5 * monthly('2025-08'));
    expect(monthly('2025-12')).toBeGreaterThan(1.5 * monthly('2025-08'));
    const blackFriday = rows.orders.filter((o) => o.ordered_at?.startsWith('2025-11-28')).length;
    const ordinaryFriday = rows.orders.filter((o) => o.ordered_at?.startsWith('2025-10-17')).length;
    expect(blackFriday).toBeGreaterThan(1.5 * ordinaryFriday);
  });

  it('has web events only from the day the tracker was installed', () => {
    expect(rows.events.filter((e) => at(e.occurred_at) < TRACKER_INSTALLED_MS)).toEqual([]);
  });

  it('has a believable web funnel: ~8 % of sessions add to the cart, ~70 % of carts are abandoned, 1–3 % of sessions buy', () => {
    const visits = sessions(rows.events);
    const share = (test: (session: Session) => boolean): number => visits.filter(test).length / visits.length;
    console.log('demo web funnel', { sessions: visits.length, addToCart: share((s) => s.cart), converted: share((s) => s.purchase) });
    expect(share((session) => session.cart)).toBeGreaterThan(0.05);
    expect(share((session) => session.cart)).toBeLessThan(0.1);
    expect(share((session) => session.purchase)).toBeGreaterThan(0.01);
    expect(share((session) => session.purchase)).toBeLessThan(0.03);
    const { carts: withCart, abandoned } = carts(rows.events);
    expect(abandoned / withCart).toBeGreaterThan(0.6);
    expect(abandoned / withCart).toBeLessThan(0.8);
  });

  it('has believable visits: 40–50 % bounce, about four pages, a median of 1–2 minutes that changes from month to month', () => {
    const visits = sessions(rows.events);
    const bounce = visits.filter((session) => session.events === 1).length / visits.length;
    const pages = visits.reduce((sum, session) => sum + session.pageviews, 0) / visits.length;
    expect(bounce).toBeGreaterThan(0.4);
    expect(bounce).toBeLessThan(0.5);
    expect(pages).toBeGreaterThan(3);
    expect(pages).toBeLessThan(5);
    const seconds = (session: Session): number => (session.lastMs - session.startMs) / 1000;
    const medians = TRACKED_MONTHS.map((month) =>
      median(visits.filter((session) => session.startMs >= month.startMs && session.startMs < month.endExclusiveMs).map(seconds)),
    );
    const means = TRACKED_MONTHS.map((month) => {
      const inside = visits.filter((session) => session.startMs >= month.startMs && session.startMs < month.endExclusiveMs).map(seconds);
      return inside.reduce((sum, s) => sum + s, 0) / inside.length;
    });
    console.log('demo session durations by month (s)', { medians, means });
    for (const value of medians) expect(value).toBeGreaterThan(60);
    for (const value of medians) expect(value).toBeLessThan(150);
    for (const value of means) expect(value).toBeGreaterThan(120);
    for (const value of means) expect(value).toBeLessThan(300);
    // The season shows: the longest month's median is at least 15 % above the shortest's.
    expect(Math.max(...medians)).toBeGreaterThan(1.15 * Math.min(...medians));
  });

  it('has a believable audience: phones first, a third of visits from paid links, DAU/MAU of a few per cent', () => {
    const visits = sessions(rows.events);
    const share = (test: (session: Session) => boolean): number => visits.filter(test).length / visits.length;
    expect(share((s) => s.device === 'mobile')).toBeGreaterThan(0.55);
    expect(share((s) => s.device === 'mobile')).toBeLessThan(0.75);
    expect(share((s) => s.device === 'tablet')).toBeLessThan(0.08);
    expect(share((s) => s.source === 'direct')).toBeGreaterThan(0.15);
    expect(share((s) => s.source === 'direct')).toBeLessThan(0.35);
    const paid = share((s) => s.campaign !== '' && s.source !== 'newsletter');
    expect(paid).toBeGreaterThan(0.2);
    expect(paid).toBeLessThan(0.4);
    expect(share((s) => s.source === 'newsletter')).toBeGreaterThan(0.03);
    // docs/indicators.md stickiness: distinct visitors of each day over those of the 30 days ending it.
    const byDay = new Map<number, Set<string>>();
    for (const e of rows.events) {
      const day = Math.floor(at(e.occurred_at) / DAY_MS);
      const visitors = byDay.get(day) ?? new Set<string>();
      visitors.add(e.visitor_id ?? '');
      byDay.set(day, visitors);
    }
    let dau = 0;
    let mau = 0;
    for (const day of byDay.keys()) {
      const month = new Set<string>();
      for (let back = 0; back < 30; back += 1) for (const visitor of byDay.get(day - back) ?? []) month.add(visitor);
      dau += byDay.get(day)?.size ?? 0;
      mau += month.size;
    }
    expect(dau / mau).toBeGreaterThan(0.02);
    expect(dau / mau).toBeLessThan(0.1);
  });

  it('carries the customer_id on over a third of the events of identified visitors', () => {
    const identified = new Set(rows.events.filter((e) => e.customer_id !== '').map((e) => e.visitor_id));
    const theirs = rows.events.filter((e) => identified.has(e.visitor_id));
    const share = theirs.filter((e) => e.customer_id !== '').length / theirs.length;
    expect(share).toBeGreaterThan(0.33);
    expect(share).toBeLessThan(0.48);
  });

  it('engages most, but not all, new customers in their first week, more of them once the tracker sees their visits', () => {
    const { newCustomers, engaged } = firstWeek(PERIOD_START_MS, PERIOD_END_EXCLUSIVE_MS);
    expect(newCustomers).toBe(1_800);
    expect(engaged / newCustomers).toBeGreaterThan(0.5);
    expect(engaged / newCustomers).toBeLessThan(0.85);
    // Before the tracker only a first order counts; after it a first-week visit counts too.
    const before = firstWeek(PERIOD_START_MS, TRACKER_INSTALLED_MS);
    const after = firstWeek(TRACKER_INSTALLED_MS, PERIOD_END_EXCLUSIVE_MS);
    expect(before.engaged / before.newCustomers).toBeGreaterThan(0.4);
    expect(before.engaged / before.newCustomers).toBeLessThan(0.6);
    expect(after.engaged / after.newCustomers).toBeGreaterThan(0.65);
    expect(after.engaged / after.newCustomers).toBeLessThan(0.9);
  });

  it('gives a plausible NPS, higher for loyalty members, and an eNPS that improves by the last wave', () => {
    const members = new Set(rows.customers.filter((c) => c.loyalty_tier === 'member').map((c) => c.customer_id));
    const answers = rows.responses.filter((r) => r.population === 'customer' && r.nps !== '');
    const overall = nps(answers.map((r) => Number(r.nps)));
    expect(overall).toBeGreaterThan(10);
    expect(overall).toBeLessThan(55);
    expect(nps(answers.filter((r) => members.has(r.customer_id)).map((r) => Number(r.nps)))).toBeGreaterThan(
      nps(answers.filter((r) => !members.has(r.customer_id)).map((r) => Number(r.nps))),
    );
    const wave = (key: string): number =>
      nps(rows.responses.filter((r) => r.population === 'employee' && r.submitted_at?.startsWith(key)).map((r) => Number(r.nps)));
    expect(wave('2026-06')).toBeGreaterThan(wave('2025-06'));
  });

  it('gives social posts engagement rates of a few per cent of followers', () => {
    const rates = rows.posts.map(
      (p) => (100 * ['likes', 'comments', 'shares', 'saves'].reduce((sum, column) => sum + Number(p[column] || 0), 0)) / Number(p.followers),
    );
    const mean = rates.reduce((sum, rate) => sum + rate, 0) / rates.length;
    expect(mean).toBeGreaterThan(0.3);
    expect(mean).toBeLessThan(10);
  });

  it('scores mystery-shopping visits between 0 and 100 %, Lyon above Paris', () => {
    const score = (site: string): number => {
      const audits = rows.audits.filter((a) => a.site === site);
      const got = audits.reduce((sum, a) => sum + Number(a.weight) * Number(a.score), 0);
      const max = audits.reduce((sum, a) => sum + Number(a.weight) * Number(a.max_score), 0);
      return (100 * got) / max;
    };
    expect(score('Lyon')).toBeGreaterThan(score('Paris'));
    expect(score('Paris')).toBeGreaterThan(30);
    expect(score('Lyon')).toBeLessThan(100);
  });
});
