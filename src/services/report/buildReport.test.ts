import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../importing/importFile.js';
import { IMPORT_KINDS } from '../../store/schema/kinds.js';
import { UsageError } from '../../errors/errors.js';
import { describeEachEngine } from '../../test-support/engines.js';
import { importCsvText } from '../../test-support/importCsvText.js';
import { workspaceStore } from '../../test-support/workspaceStore.js';
import { buildReport, type Report } from './buildReport.js';
import { parseReportQuery } from './reportQuery.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const MARCH = { from: '2025-03-01', to: '2025-03-31' };

/** The report's indicator `key` in the whole report, as a plain record for assertions. */
const indicator = (report: Report, key: string) => (report.indicators as Record<string, Record<string, unknown>>)[key];
const group = (report: Report, key: string | null) =>
  report.groups?.find((entry) => entry.key === key)?.indicators as Record<string, Record<string, unknown>> | undefined;

describeEachEngine('buildReport on hand-computed fixtures', (engine) => {
  const test = workspaceStore(engine, {
    workspace: 'default',
    per: 'block',
    fill: async (store, workspaceId) => {
      for (const kind of IMPORT_KINDS) {
        const result = await importFile(store, { kind, file: join(FIXTURES, `${kind}.csv`), workspaceId });
        expect(result.rejected).toEqual([]);
      }
    },
  });
  const report = (input: Parameters<typeof parseReportQuery>[0]) => buildReport(test.store, test.workspaceId, parseReportQuery(input));

  it('computes NPS from the customers’ answers of the period only', async () => {
    // March answers 10, 9, 8, 6, 0, 10 (r4 has no population: customer by default; r6 at
    // 23:59:59 on the 31st is in; r7 on April 1st is out): 3 promoters, 1 passive,
    // 2 detractors, NPS = 100 × (3 − 2) / 6 = 16.67.
    const nps = indicator(await report(MARCH), 'nps');
    expect(nps).toMatchObject({ n: 6, promoters: 3, passives: 1, detractors: 2, distribution: [1, 0, 0, 0, 0, 0, 1, 0, 1, 1, 2] });
    expect(nps?.value).toBeCloseTo(100 / 6, 10);
  });

  it('hides eNPS when fewer than 5 employees answered', async () => {
    expect(indicator(await report(MARCH), 'enps')).toEqual({ suppressed: true });
  });

  it('computes CSAT as the share of 4 and 5, and CES as the mean with its easy share', async () => {
    const result = await report(MARCH);
    // CSAT answers 5, 4, 2: 2 of 3 positive, mean 11/3.
    expect(indicator(result, 'csat')).toMatchObject({ n: 3, positive: 2, distribution: [0, 1, 0, 1, 1] });
    expect(indicator(result, 'csat')?.value).toBeCloseTo(200 / 3, 10);
    expect(indicator(result, 'csat')?.mean).toBeCloseTo(11 / 3, 10);
    // CES answers 7, 5, 3, 6: mean 5.25, 3 of 4 are 5–7.
    expect(indicator(result, 'ces')).toMatchObject({ n: 4, value: 5.25, easyShare: 75 });
  });

  it('counts churn among the customers active at the start, and retention as (E − N) / S', async () => {
    // Active on March 1st: c1, c2 (churns 03-10), c5 (churns 03-31 23:59:59) → S = 3, lost 2.
    // Active at the end: c1, c3 → E = 2; created in March: c3, c4 (c4 churns on the 25th) → N = 2.
    // Retention (2 − 2) / 3 = 0: the formula also counts c4, a new customer lost, against the starters.
    const result = await report(MARCH);
    expect(indicator(result, 'churnRate')).toMatchObject({ atStart: 3, lost: 2 });
    expect(indicator(result, 'churnRate')?.value).toBeCloseTo(200 / 3, 10);
    expect(indicator(result, 'retentionRate')).toEqual({ value: 0, atStart: 3, atEnd: 2, new: 2, definition: 'contract' });
  });

  it('counts first-week engagement from created_at to 168 hours later, both ends included', async () => {
    // c3 (created 03-05 00:00) has an event at 03-12 00:00:00, exactly 168 h later: engaged.
    // c4 (created 03-20) only ordered on 03-27 at 00:00:01, one second too late.
    expect(indicator(await report(MARCH), 'firstWeekEngagement')).toMatchObject({ value: 50, newCustomers: 2, engaged: 1 });
  });

  it('computes the repurchase rate and historical CLV over the orders of the period', async () => {
    // March orders: c1 twice (10 + 30), c2 (20), c4 (40); o4 at 02-28 23:59:59 is out.
    const result = await report(MARCH);
    expect(indicator(result, 'repurchaseRate')).toMatchObject({ customers: 3, repeatCustomers: 1 });
    expect(indicator(result, 'clvHistorical')).toMatchObject({ customers: 3, revenue: 100 });
    expect(indicator(result, 'clvHistorical')?.value).toBeCloseTo(100 / 3, 10);
  });

  it('builds sessions with the 30-minute rule and counts a session running past the end whole', async () => {
    // v1: 10:00, 10:20, 10:50 (a gap of exactly 30 min continues) → 3000 s; 11:21 (31 min) → new session, 0 s;
    //     03-31 23:50 → 04-01 00:10 starts in March, counts whole: 1200 s.
    // v2: 03-10 12:00 alone, 0 s; 03-11 09:00 → 09:05, 300 s; the session of 02-28 23:45 starts before March: out.
    // v3: 03-12 00:00 alone, 0 s.
    // 6 sessions, durations 0, 0, 0, 300, 1200, 3000: mean 750, median (0 + 300) / 2 = 150;
    // 7 pageviews; 3 one-event sessions.
    const sessions = indicator(await report(MARCH), 'sessions');
    expect(sessions).toMatchObject({ count: 6, avgDurationSeconds: 750, medianDurationSeconds: 150, bounceRate: 50 });
    expect(sessions?.pagesPerSession).toBeCloseTo(7 / 6, 10);
  });

  it('computes stickiness as ΣDAU / ΣMAU with a rolling 30-day MAU that counts earlier days', async () => {
    // Active days — v1: 03-10, 03-31 (and 04-01); v2: 02-28, 03-01, 03-10, 03-11; v3: 03-12.
    // ΣDAU over March = 2 + 3 + 1 = 6. MAU(d) days: v1 is in MAU from 03-10 to 03-31 (22 days),
    // v2 every day of March (31: 02-28 covers 03-01, then 03-01…), v3 from 03-12 (20) → ΣMAU = 73.
    const stickiness = indicator(await report(MARCH), 'stickiness');
    expect(stickiness?.value).toBeCloseTo((100 * 6) / 73, 10);
    expect(stickiness?.avgDau).toBeCloseTo(6 / 31, 10);
    expect(stickiness?.avgMau).toBeCloseTo(73 / 31, 10);
  });

  it('counts cart abandonment per visitor and day', async () => {
    // v1 on 03-10 has a cart and no purchase; v2 on 03-11 has both.
    expect(indicator(await report(MARCH), 'cartAbandonmentRate')).toMatchObject({ value: 50, carts: 2, abandoned: 1 });
  });

  it('averages per-post engagement rates, missing counts as 0', async () => {
    // p1: 100 × 50 / 1000 = 5; p2: 100 × 10 / 1000 = 1 (empty counts are 0); p3: 100 × 5 / 500 = 1; p4 is April.
    const social = indicator(await report(MARCH), 'socialEngagementRate');
    expect(social?.value).toBeCloseTo(7 / 3, 10);
    expect(social).toMatchObject({ posts: 3, median: 1, byPlatform: { instagram: { value: 3, posts: 2 }, linkedin: { value: 1, posts: 1 } } });
  });

  it('computes share of voice with its split by brand', async () => {
    expect(indicator(await report(MARCH), 'shareOfVoice')).toMatchObject({
      value: 50,
      ownMentions: 2,
      totalMentions: 4,
      byBrand: { Autre: { mentions: 1, share: 25 }, Nous: { mentions: 2, share: 50 }, Rival: { mentions: 1, share: 25 } },
    });
  });

  it('scores mystery-shopping visits, sites and touchpoints', async () => {
    // a1 (Paris): (1×2 + 3×1) / (1×2 + 3×2) = 62.5; a2 (Lyon): (0 + 5) / (2 + 5) = 71.43; a3 (Paris, weight 1 by default): 1/2 = 50.
    // Touchpoint accueil pools a1, a2, a3: (2 + 0 + 1) / (2 + 2 + 2) = 50.
    const audit = indicator(await report(MARCH), 'mysteryShopping') as Record<string, unknown> & { bySite: Record<string, { value: number; visits: number }> };
    expect(audit.value).toBeCloseTo((62.5 + 500 / 7 + 50) / 3, 10);
    expect(audit.visits).toBe(3);
    expect(audit.bySite.Paris).toEqual({ value: 56.25, visits: 2 });
    expect(audit.bySite.Lyon?.value).toBeCloseTo(500 / 7, 10);
    expect(audit.byTouchpoint).toEqual({ accueil: { value: 50, criteria: 3 }, caisse: { value: 100, criteria: 1 }, conseil: { value: 50, criteria: 1 } });
  });

  it('counts the known customers who interacted in the period, with their interactions by kind', async () => {
    // Known in March (created by 03-31, not churned before 03-01): c1…c5. Interactions in March:
    // orders o1, o2 (c1), o3 (c2), o5 (c4) — o4 is on 02-28; answers r1…r5 (r4's empty population is
    // customer; r6 has no customer, r7 is April); event ev8 (c3). All five engaged, 10 interactions.
    const march = indicator(await report(MARCH), 'customerEngagementRate');
    expect(march).toMatchObject({ value: 100, customers: 5, engaged: 5, interactions: 10, interactionsPerEngaged: 2 });
    expect(march).toMatchObject({ kinds: ['orders', 'responses', 'events'], interactionsByKind: { orders: 4, responses: 5, events: 1 } });
    // April: c2, c4 and c5 churned in March, so c1 and c3 are known; only c1 answered (r7): 1 of 2.
    const april = indicator(await report({ from: '2025-04-01', to: '2025-04-30' }), 'customerEngagementRate');
    expect(april).toMatchObject({ value: 50, customers: 2, engaged: 1, interactions: 1, interactionsPerEngaged: 1 });
  });

  it('converts the sessions with a purchase event, and the visitors who had one', async () => {
    // The six March sessions of the test above; only v2's of 03-11 (09:00 → 09:05) holds a purchase.
    // Visitors v1, v2, v3, one of whom bought.
    const conversion = indicator(await report(MARCH), 'conversionRate') as Record<string, unknown> & { byVisitor: Record<string, number> };
    expect(conversion).toMatchObject({ sessions: 6, converted: 1 });
    expect(conversion.value).toBeCloseTo(100 / 6, 10);
    expect(conversion.byVisitor).toMatchObject({ visitors: 3, converted: 1 });
    expect(conversion.byVisitor.value).toBeCloseTo(100 / 3, 10);
  });

  it('counts new customers, and computes the average basket and the purchase frequency over the orders of the period', async () => {
    const result = await report(MARCH);
    // Created in March: c3 and c4.
    expect(indicator(result, 'newCustomers')).toEqual({ value: 2 });
    // Orders 10, 30, 20, 40: mean 25, s² = (3000 − 100² / 4) / 3, t(0.975, 3) = 3.18245 → 25 ± 20.5426.
    const basket = indicator(result, 'averageOrderValue') as { value: number; orders: number; revenue: number; ci95: [number, number] };
    expect(basket).toMatchObject({ value: 25, orders: 4, revenue: 100 });
    expect(basket.ci95[0]).toBeCloseTo(4.4574, 3);
    expect(basket.ci95[1]).toBeCloseTo(45.5426, 3);
    // 4 orders by c1 (2), c2, c4.
    expect(indicator(result, 'purchaseFrequency')).toEqual({ value: 4 / 3, orders: 4, customers: 3 });
  });

  it('splits by a customer attribute, the rows without a customer in the null group', async () => {
    // NPS via the respondent: member c1 10, c3 8, c5 0 → 0; none c2 9, c4 6 → 0; r6 has no customer: 10 → 100.
    const result = await report({ ...MARCH, by: 'loyalty_tier' });
    expect(result.groups?.map((entry) => entry.key)).toEqual(['member', 'none', null]);
    expect(group(result, 'member')?.nps).toMatchObject({ value: 0, n: 3 });
    expect(group(result, 'none')?.nps).toMatchObject({ value: 0, n: 2 });
    expect(group(result, null)?.nps).toMatchObject({ value: 100, n: 1 });
    // Orders via the buyer: member c1 (2 orders, 40), none c2 (20) and c4 (40).
    expect(group(result, 'member')?.repurchaseRate).toMatchObject({ customers: 1, repeatCustomers: 1 });
    expect(group(result, 'none')?.clvHistorical).toMatchObject({ customers: 2, revenue: 60 });
    // Churn on the customers' own attribute: members active at start c1, c5 (lost).
    expect(group(result, 'member')?.churnRate).toMatchObject({ atStart: 2, lost: 1 });
    // Events with a customer (v3 → c3, member) vs without: sessions rebuilt per group.
    expect(group(result, 'member')?.sessions).toMatchObject({ count: 1 });
    expect(group(result, null)?.sessions).toMatchObject({ count: 5 });
    // Engagement on the customers' own attribute: members c1 (2 orders, 1 answer), c3 (1 answer, 1 event), c5 (1 answer).
    expect(group(result, 'member')?.customerEngagementRate).toMatchObject({ customers: 3, engaged: 3, interactions: 6 });
    expect(group(result, 'none')?.customerEngagementRate).toMatchObject({ customers: 2, engaged: 2, interactions: 4 });
    // Conversion from each group's own sessions: v3's one session is c3's; v1 and v2 (the purchase) have no customer.
    expect(group(result, 'member')?.conversionRate).toMatchObject({ sessions: 1, converted: 0, byVisitor: { visitors: 1, converted: 0 } });
    expect(group(result, null)?.conversionRate).toMatchObject({ sessions: 5, converted: 1, byVisitor: { visitors: 2, converted: 1 } });
    expect(group(result, 'none')?.averageOrderValue).toMatchObject({ value: 30, orders: 2 });
    // Posts have no customer and no loyalty_tier: left out of the groups, not computed wrongly.
    expect(group(result, 'member')).not.toHaveProperty('socialEngagementRate');
    // The whole report stays the unsplit one.
    expect(indicator(result, 'nps')).toMatchObject({ n: 6 });
  });

  it('filters with --where and leaves out the indicators whose rows lack the field', async () => {
    const result = await report({ ...MARCH, where: ['channel=web'] });
    // Web orders: o1 (c1), o3 (c2), o5 (c4): three customers, no repeat, 70.
    expect(indicator(result, 'clvHistorical')).toMatchObject({ customers: 3, revenue: 70 });
    expect(indicator(result, 'repurchaseRate')).toMatchObject({ repeatCustomers: 0 });
    expect(indicator(result, 'averageOrderValue')).toMatchObject({ orders: 3, revenue: 70 });
    expect(indicator(result, 'purchaseFrequency')).toEqual({ value: 1, orders: 3, customers: 3 });
    expect(result.indicators).not.toHaveProperty('churnRate');
    expect(result.indicators).not.toHaveProperty('sessions');
    // Customers and events have no channel: no engagement rate, new customers or conversion.
    expect(result.indicators).not.toHaveProperty('customerEngagementRate');
    expect(result.indicators).not.toHaveProperty('newCustomers');
    expect(result.indicators).not.toHaveProperty('conversionRate');
  });

  it('spans all the activity when no period is given, customers’ sign-up history aside', async () => {
    // The first activity is the event of 02-28 23:45 (c5 signed up on 2024-12-01); the last, post p4 on 04-02.
    const result = await report({});
    expect(result.period).toEqual({ from: '2025-02-28', to: '2025-04-02' });
  });

  it('refuses a field that no data has', async () => {
    await expect(report({ by: 'no_such_field' })).rejects.toThrow(UsageError);
  });

  it('gives null values for a period without data', async () => {
    const result = await report({ from: '2030-01-01', to: '2030-01-31' });
    expect(indicator(result, 'nps')).toMatchObject({ value: null, n: 0 });
    expect(indicator(result, 'sessions')).toMatchObject({ value: null, count: 0 });
    expect(indicator(result, 'stickiness')).toMatchObject({ value: null });
    // Customers still count in a later month: c1 and c3 are active and none leaves.
    expect(indicator(result, 'churnRate')).toMatchObject({ value: 0, atStart: 2, lost: 0 });
    expect(indicator(result, 'firstWeekEngagement')).toMatchObject({ value: null, newCustomers: 0 });
    // c1 and c3 are still customers, and neither interacted.
    expect(indicator(result, 'customerEngagementRate')).toMatchObject({ value: 0, customers: 2, engaged: 0, interactions: 0, interactionsPerEngaged: null });
    expect(indicator(result, 'conversionRate')).toMatchObject({ value: null, sessions: 0, byVisitor: { value: null } });
    expect(indicator(result, 'newCustomers')).toEqual({ value: 0 });
    expect(indicator(result, 'averageOrderValue')).toEqual({ value: null, orders: 0, revenue: 0, ci95: null });
    expect(indicator(result, 'purchaseFrequency')).toEqual({ value: null, orders: 0, customers: 0 });
  });
});

describeEachEngine('buildReport at the first and last dates the import accepts', (engine) => {
  const test = workspaceStore(engine, {
    workspace: 'edges',
    per: 'block',
    fill: async (store, workspaceId) => {
      const files = {
        customers: 'customer_id,created_at\nc1,1900-01-01\n',
        orders: 'order_id,customer_id,ordered_at,amount\no1,c1,1900-01-01T00:00:00Z,10\no2,c1,2200-12-31T23:59:59Z,20\n',
        responses: 'response_id,survey_id,submitted_at,customer_id,nps\nr1,s,1900-01-01T00:00:00Z,c1,10\nr2,s,2200-12-31T23:59:59Z,c1,0\n',
        events: 'event_id,visitor_id,occurred_at,type,customer_id\ne1,v1,1900-01-01T00:00:00Z,pageview,c1\ne2,v1,2200-12-31T23:59:59Z,pageview,c1\n',
      };
      for (const [kind, content] of Object.entries(files)) expect((await importCsvText(store, workspaceId, kind, content)).rejected).toEqual([]);
    },
  });
  const report = (input: Parameters<typeof parseReportQuery>[0]) => buildReport(test.store, test.workspaceId, parseReportQuery(input));
  const nps = async (input: Parameters<typeof parseReportQuery>[0]) => (indicator(await report(input), 'nps') as { n: number }).n;

  it('spans all the data from 1900-01-01 to 2200-12-31 and counts both answers', async () => {
    const all = await report({});
    expect(all.period).toEqual({ from: '1900-01-01', to: '2200-12-31' });
    expect(indicator(all, 'nps')).toMatchObject({ n: 2 });
    expect(indicator(all, 'repurchaseRate')).toBeDefined();
  });

  it('answers periods on the first and the last accepted day with the rows inside them', async () => {
    expect(await nps({ to: '2200-12-31' })).toBe(2);
    expect(await nps({ from: '2200-12-31', to: '2200-12-31' })).toBe(1);
    expect(await nps({ from: '1900-01-01', to: '1900-01-01' })).toBe(1);
    expect(await nps({ from: '1900-01-02', to: '2200-12-30' })).toBe(0);
    const split = await report({ from: '1900-01-01', to: '2200-12-31', by: 'survey_id' });
    expect(split.groups?.map((entry) => entry.key)).toEqual(['s']);
  });
});

describeEachEngine('buildReport split by a field with many values', (engine) => {
  const test = workspaceStore(engine, {
    workspace: 'many',
    per: 'block',
    fill: async (store, workspaceId) => {
      // 1,001 events of 1,001 visitors, one of them a purchase.
      const events = Array.from({ length: 1001 }, (_, index) => `e${index},v${index},2025-03-01T10:00:00Z,${index === 0 ? 'purchase' : 'pageview'}`);
      expect((await importCsvText(store, workspaceId, 'events', `event_id,visitor_id,occurred_at,type\n${events.join('\n')}\n`)).rejected).toEqual([]);
    },
  });
  const report = (input: Parameters<typeof parseReportQuery>[0]) => buildReport(test.store, test.workspaceId, parseReportQuery(input));

  it('refuses more than 1,000 groups with a UsageError saying how many there are and the limit', async () => {
    const error = await report({ by: 'event_id' }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toBe(
      'by event_id has 1,001 different values; a report splits into at most 1,000 groups (narrow the rows with where or split by a coarser field).',
    );
    expect((error as UsageError).wordedFor((field) => `--${field}`)).toBe(
      '--by event_id has 1,001 different values; a report splits into at most 1,000 groups (narrow the rows with --where or split by a coarser field).',
    );
  });

  it('splits when --where leaves 1,000 values or fewer', async () => {
    const split = await report({ by: 'event_id', where: ['type=purchase'] });
    expect(split.groups?.map((entry) => entry.key)).toEqual(['e0']);
    const pageviews = await report({ by: 'visitor_id', where: ['type=pageview'] });
    expect(pageviews.groups).toHaveLength(1000);
  });
});

describe('buildReport on an empty store', () => {
  const test = workspaceStore('duckdb', { workspace: 'default' });
  it('has no period and every value null', async () => {
    const result = await buildReport(test.store, test.workspaceId, parseReportQuery({}));
    expect(result.period).toEqual({ from: null, to: null });
    for (const value of Object.values(result.indicators)) expect(value).toMatchObject({ value: null });
  });
});

describeEachEngine('buildReport on attributes whose names look like JSON paths', (engine) => {
  const test = workspaceStore(engine, {
    workspace: 'paths',
    per: 'block',
    fill: async (store, workspaceId) => {
      const customers = 'customer_id,created_at,tier,/tier,a/b,$.k\nc1,2025-01-01,plain,slash,ab,dollar\n';
      const orders = 'order_id,customer_id,ordered_at,amount\no1,c1,2025-03-01,10\n';
      expect((await importCsvText(store, workspaceId, 'customers', customers)).rejected).toEqual([]);
      expect((await importCsvText(store, workspaceId, 'orders', orders)).rejected).toEqual([]);
    },
  });

  it.each([
    ['tier', 'plain'],
    ['/tier', 'slash'],
    ['a/b', 'ab'],
    ['$.k', 'dollar'],
  ])('splits by the attribute named %s itself, not by a path it spells', async (field, value) => {
    const report = await buildReport(test.store, test.workspaceId, parseReportQuery({ by: field }));
    expect(report.groups?.map((entry) => entry.key)).toEqual([value]);
    const filtered = await buildReport(test.store, test.workspaceId, parseReportQuery({ where: [`${field}=${value}`] }));
    expect(indicator(filtered, 'clvHistorical')).toMatchObject({ customers: 1 });
  });
});
