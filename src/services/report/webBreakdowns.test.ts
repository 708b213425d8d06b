import { expect, it } from 'vitest';
import { wilsonInterval } from '../../indicators/stats/wilsonInterval.js';
import type { Breakdown } from '../../indicators/web/breakdowns.js';
import { describeEachEngine } from '../../test-support/engines.js';
import { importCsvText } from '../../test-support/importCsvText.js';
import { workspaceStore } from '../../test-support/workspaceStore.js';
import type { Store } from '../../store/Store.js';
import { buildReport, type Report } from './buildReport.js';
import { parseReportQuery, type ReportQueryInput } from './reportQuery.js';

const MARCH = { from: '2025-03-01', to: '2025-03-31' };

/**
 * One shop, March 2025. Sessions (30-minute rule) starting in March:
 * s1 v1 03-02 10:00–10:12: pageviews /?utm_campaign=spring, /p/a?x=1#top, cart, /checkout; newsletter, spring, mobile
 * s2 v1 03-02 11:00 (48 min later): /p/a; direct, mobile
 * s3 v2 03-03 09:00–09:45 (gaps of 20 and 25 min): /p/b, /p/a, /p/b; google, desktop
 * s4 d:… 03-04 08:00: a purchase, no page view; google, tablet (a cookieless visitor)
 * s5 v2 03-31 23:50 → 04-01 00:10: /p/c, /p/d; no source, desktop (runs past the end: counts whole)
 * v4's session starts on 02-28 23:50 and runs into March: its page view of 03-01 is one of
 * March's page views, but the session is February's. v1's page view of 04-01 12:00 is out.
 */
const SHOP_EVENTS = `event_id,visitor_id,occurred_at,type,customer_id,url,source,utm_campaign,device,browser,os
e01,v1,2025-03-02T10:00:00Z,pageview,c1,https://shop.example/?utm_campaign=spring,newsletter,spring,mobile,Safari,iOS
e02,v1,2025-03-02T10:05:00Z,pageview,c1,https://shop.example/p/a?x=1#top,,,mobile,Safari,iOS
e03,v1,2025-03-02T10:10:00Z,cart,c1,https://shop.example/p/a,,,mobile,Safari,iOS
e04,v1,2025-03-02T10:12:00Z,pageview,c1,https://shop.example/checkout,,,mobile,Safari,iOS
e05,v1,2025-03-02T11:00:00Z,pageview,,https://shop.example/p/a,direct,,mobile,Safari,iOS
e06,v2,2025-03-03T09:00:00Z,pageview,,https://shop.example/p/b,google,,desktop,Chrome,Windows
e07,v2,2025-03-03T09:20:00Z,pageview,,https://shop.example/p/a,,,desktop,Chrome,Windows
e08,v2,2025-03-03T09:45:00Z,pageview,,https://shop.example/p/b,,,desktop,Chrome,Windows
e09,d:AAAAAAAAAAAAAAAAAAAAAA,2025-03-04T08:00:00Z,purchase,c2,https://shop.example/thanks,google,,tablet,Safari,iPadOS
e10,v2,2025-03-31T23:50:00Z,pageview,,https://shop.example/p/c,,,desktop,Chrome,Windows
e11,v2,2025-04-01T00:10:00Z,pageview,,https://shop.example/p/d,,,desktop,Chrome,Windows
e12,v4,2025-02-28T23:50:00Z,pageview,,https://shop.example/old,,,desktop,Firefox,Linux
e13,v4,2025-03-01T00:10:00Z,pageview,,https://shop.example/p/c,,,desktop,Firefox,Linux
e14,v1,2025-04-01T12:00:00Z,pageview,,https://shop.example/p/e,,,mobile,Safari,iOS
`;

const SHOP_CUSTOMERS = `customer_id,created_at
c1,2025-03-01T09:00:00Z
c2,2025-03-01T09:00:00Z
`;

/** The breakdown `key` of a report's web section. */
const web = (report: Report, key: string) => (report.web as unknown as Record<string, Breakdown>)[key] as Breakdown;
/** A breakdown's listed values as [key, count] pairs. */
const listed = (breakdown: Breakdown) => breakdown.top.map((entry) => [entry.key, entry.count]);
const indicator = (report: Report, key: string) => (report.indicators as Record<string, Record<string, unknown>>)[key];

async function fill(store: Store, workspaceId: number, files: Record<string, string>): Promise<void> {
  for (const [kind, content] of Object.entries(files)) expect((await importCsvText(store, workspaceId, kind, content)).rejected).toEqual([]);
}

describeEachEngine('web breakdowns of the report', (engine) => {
  const test = workspaceStore(engine, { per: 'block', fill: (store, id) => fill(store, id, { customers: SHOP_CUSTOMERS, events: SHOP_EVENTS }) });
  const report = (input: ReportQueryInput) => buildReport(test.store, test.workspaceId, parseReportQuery(input));

  it('ranks the pages by the period’s page views, path without query or fragment', async () => {
    // 9 page views in March: /p/a 3 (e02, e05, e07), /p/b 2, /p/c 2 (e10, and v4's e13), then / and /checkout.
    const pages = web(await report(MARCH), 'pages');
    expect(pages.total).toBe(9);
    expect(pages.distinct).toBe(5);
    expect(listed(pages)).toEqual([
      ['/p/a', 3],
      ['/p/b', 2],
      ['/p/c', 2],
      ['/', 1],
      ['/checkout', 1],
    ]);
    expect(pages.top[0]).toEqual({ key: '/p/a', count: 3, share: (100 * 3) / 9, ci95: wilsonInterval(3, 9) });
    expect(pages.other).toEqual({ count: 0, distinct: 0, share: 0, ci95: wilsonInterval(0, 9) });
  });

  it('takes the pages of each session’s first and last events as its entry and exit pages', async () => {
    // s1 / → /checkout, s2 /p/a, s3 /p/b → /p/b, s4 /thanks (its purchase), s5 /p/c → /p/d (past the end).
    const result = await report(MARCH);
    expect(web(result, 'entryPages').total).toBe(5);
    expect(listed(web(result, 'entryPages'))).toEqual([
      ['/', 1],
      ['/p/a', 1],
      ['/p/b', 1],
      ['/p/c', 1],
      ['/thanks', 1],
    ]);
    expect(listed(web(result, 'exitPages'))).toEqual([
      ['/checkout', 1],
      ['/p/a', 1],
      ['/p/b', 1],
      ['/p/d', 1],
      ['/thanks', 1],
    ]);
  });

  it('gives each session the source, campaign, device, browser and OS of its first event', async () => {
    const result = await report(MARCH);
    expect(web(result, 'sources').total).toBe(5);
    expect(listed(web(result, 'sources'))).toEqual([
      ['google', 2],
      ['direct', 1],
      ['newsletter', 1],
      [null, 1],
    ]);
    expect(listed(web(result, 'campaigns'))).toEqual([
      [null, 4],
      ['spring', 1],
    ]);
    expect(listed(web(result, 'devices'))).toEqual([
      ['desktop', 2],
      ['mobile', 2],
      ['tablet', 1],
    ]);
    expect(web(result, 'devices').top[0]?.ci95).toEqual(wilsonInterval(2, 5));
    expect(listed(web(result, 'browsers'))).toEqual([
      ['Safari', 3],
      ['Chrome', 2],
    ]);
    expect(listed(web(result, 'os'))).toEqual([
      ['Windows', 2],
      ['iOS', 2],
      ['iPadOS', 1],
    ]);
  });

  it('follows --where like the other web indicators, and leaves web out for fields events lack', async () => {
    // device=mobile keeps s1 and s2: page views /, /p/a, /checkout, /p/a.
    const mobile = await report({ ...MARCH, where: ['device=mobile'] });
    expect(listed(web(mobile, 'pages'))).toEqual([
      ['/p/a', 2],
      ['/', 1],
      ['/checkout', 1],
    ]);
    expect(web(mobile, 'sources').total).toBe(2);
    expect((await report({ ...MARCH, where: ['email=x'] })).web).toBeUndefined();
  });

  it('is absent from a period without sessions', async () => {
    expect((await report({ from: '2025-06-01', to: '2025-06-30' })).web).toBeUndefined();
  });

  it('computes stickiness on the visitors it can follow across days, leaving the cookieless one out', async () => {
    // Followable visitor-days of March: v4 03-01, v1 03-02, v2 03-03 and 03-31: ΣDAU = 4.
    // MAU days: v4 03-01 → 30 (02-28 adds none), v1 03-02 → 30 (next active 04-01), v2 03-03 → 28
    // (until 03-31), v2 03-31 → 1: ΣMAU = 89. The d: visitor's day (03-04) is counted apart.
    const stickiness = indicator(await report(MARCH), 'stickiness');
    expect(stickiness?.value).toBeCloseTo((100 * 4) / 89, 10);
    expect(stickiness?.avgDau).toBeCloseTo(4 / 31, 10);
    expect(stickiness?.dayScopedVisitorDays).toBe(1);
    expect(stickiness?.reason).toBeUndefined();
  });

  it('counts first-week engagement without the cookieless visitor’s events', async () => {
    // c1 has events of v1 on 03-02; c2's only event is the d: visitor's purchase: left out.
    expect(indicator(await report(MARCH), 'firstWeekEngagement')).toMatchObject({ value: 50, newCustomers: 2, engaged: 1, dayScopedVisitorDays: 1 });
  });
});

describeEachEngine('web breakdowns with pages on several hosts', (engine) => {
  // Two page views at the same second make w1's session: the first in byte order is the
  // entry page, the last the exit page. w2's last event has no URL: its exit page is the last
  // URL it has, /relative/path.
  const events = `event_id,visitor_id,occurred_at,type,url
h1,w1,2025-03-10T10:00:00Z,pageview,https://shop.example/z
h2,w1,2025-03-10T10:00:00Z,pageview,https://Blog.example/a?ref=1
h3,w2,2025-03-11T10:00:00Z,pageview,/relative/path?q=1
h4,w2,2025-03-11T10:01:00Z,pageview,
`;
  const test = workspaceStore(engine, { per: 'block', fill: (store, id) => fill(store, id, { events }) });

  it('keeps the host (lower case) in front of the path, relative URLs as they are, page views without URL as null', async () => {
    const result = await buildReport(test.store, test.workspaceId, parseReportQuery(MARCH));
    expect(listed(web(result, 'pages'))).toEqual([
      ['/relative/path', 1],
      ['blog.example/a', 1],
      ['shop.example/z', 1],
      [null, 1],
    ]);
    expect(listed(web(result, 'entryPages'))).toEqual([
      ['/relative/path', 1],
      ['blog.example/a', 1],
    ]);
    expect(listed(web(result, 'exitPages'))).toEqual([
      ['/relative/path', 1],
      ['shop.example/z', 1],
    ]);
  });
});

describeEachEngine('a workspace whose only web visitors are cookieless', (engine) => {
  const events = `event_id,visitor_id,occurred_at,type,customer_id,url
k1,d:aaaaaaaaaaaaaaaaaaaaaa,2025-03-05T10:00:00Z,pageview,c2,https://shop.example/
k2,d:aaaaaaaaaaaaaaaaaaaaaa,2025-03-05T10:05:00Z,pageview,c2,https://shop.example/p/a
k3,d:bbbbbbbbbbbbbbbbbbbbbb,2025-03-06T09:00:00Z,pageview,,https://shop.example/
`;
  const customers = `customer_id,created_at
c1,2025-03-01T00:00:00Z
c2,2025-03-04T12:00:00Z
`;
  const orders = `order_id,customer_id,ordered_at,amount
o1,c1,2025-03-03T00:00:00Z,20
`;
  const test = workspaceStore(engine, { per: 'block', fill: (store, id) => fill(store, id, { customers, orders, events }) });

  it('says stickiness and first-week engagement are not measurable, and still measures sessions and pages', async () => {
    const result = await buildReport(test.store, test.workspaceId, parseReportQuery(MARCH));
    expect(indicator(result, 'stickiness')).toEqual({
      value: null,
      avgDau: null,
      avgMau: null,
      dayScopedVisitorDays: 2,
      reason: 'not measurable in cookieless mode',
    });
    // c1 engaged by an order; c2's visit is cookieless: the counts stay, the rate is not given.
    expect(indicator(result, 'firstWeekEngagement')).toEqual({
      value: null,
      newCustomers: 2,
      engaged: 1,
      ci95: null,
      dayScopedVisitorDays: 2,
      reason: 'not measurable in cookieless mode',
    });
    expect(indicator(result, 'sessions')).toMatchObject({ count: 2, pagesPerSession: 1.5, bounceRate: 50, avgDurationSeconds: 150 });
    expect(listed(web(result, 'pages'))).toEqual([
      ['/', 2],
      ['/p/a', 1],
    ]);
  });
});
