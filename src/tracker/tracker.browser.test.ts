import { CHROMIUM_MISSING, launchChromium } from '../test-support/headlessChromium.js';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildTracker } from '../../scripts/buildTracker.js';

/**
 * The tracker as built for /script.js, in headless Chromium, on a test site served from
 * 127.0.0.1 whose POST /api/collect records what arrives. The payload is checked against the
 * shape POST /api/collect takes (docs/api.md, "Events from the tracker").
 */

declare global {
  interface Window {
    /** The tracker's global function, as the test pages call it. */
    barometre?: (name: string, value?: unknown) => void;
  }
}

const SITE_KEY = 'brm_site_testkey_secret';
/** A desktop Chrome's user agent: the collect route drops bots, and HeadlessChrome is one. */
const USER_AGENT = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

/** The snippet docs/privacy.md gives: the queue stub, then the script. */
const STUB = 'window.barometre=window.barometre||function(){(barometre.q=barometre.q||[]).push(arguments)};';

interface CollectedEvent {
  type: string;
  url: string;
  referrer?: string;
  event_id: string;
  visitor_id?: string;
  customer_id?: string;
  engaged_seconds?: number;
  amount?: number;
  props?: Record<string, string | number | boolean>;
}

const EVENT_FIELDS = ['type', 'url', 'referrer', 'event_id', 'visitor_id', 'customer_id', 'engaged_seconds', 'amount', 'props'];

/** Checks one request body as POST /api/collect reads it, and returns its events. */
function checkPayload(text: string): CollectedEvent[] {
  const body = JSON.parse(text) as { key: string; events: CollectedEvent[] };
  expect(Object.keys(body).sort()).toEqual(['events', 'key']);
  expect(body.key).toBe(SITE_KEY);
  expect(body.events.length).toBeGreaterThanOrEqual(1);
  for (const event of body.events) {
    expect(EVENT_FIELDS).toEqual(expect.arrayContaining(Object.keys(event)));
    expect(event.type).toMatch(/^[A-Za-z0-9_.:-]{1,64}$/);
    expect(event.url).toMatch(/^https?:\/\//);
    expect(event.url).not.toContain('#');
    expect(event.event_id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    if (event.visitor_id !== undefined) expect(event.visitor_id).toMatch(/^[a-z0-9]{1,64}$/);
    if (event.engaged_seconds !== undefined) expect(event.engaged_seconds).toBeGreaterThan(0);
  }
  return body.events;
}

/** The test site: pages registered by path, the tracker at /script.js, and POST /api/collect recording bodies. */
class TestSite {
  readonly pages = new Map<string, string>();
  readonly events: CollectedEvent[] = [];
  readonly contentTypes: string[] = [];
  preflights = 0;
  private server: Server | undefined;
  origin = '';

  constructor(private readonly script: string) {}

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      const path = new URL(request.url ?? '/', 'http://site').pathname;
      if (request.method === 'OPTIONS') this.preflights += 1;
      if (request.method === 'POST' && path === '/api/collect') {
        let text = '';
        request.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
        request.on('end', () => {
          this.contentTypes.push(request.headers['content-type'] ?? '');
          this.events.push(...checkPayload(text));
          response.writeHead(202).end();
        });
        return;
      }
      if (path === '/favicon.ico') return response.writeHead(204).end();
      if (path === '/script.js') return response.writeHead(200, { 'content-type': 'text/javascript' }).end(this.script);
      const page = this.pages.get(path);
      if (page) return response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
      response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }

  /** Registers a page at `path` with the snippet, the script tag's data attributes, and `before` run by the stub's page. */
  page(path: string, attributes: Record<string, string> = {}, before = ''): string {
    const data = Object.entries({ key: SITE_KEY, ...attributes })
      .map(([name, value]) => ` data-${name}="${value}"`)
      .join('');
    this.pages.set(
      path,
      `<!doctype html><html><head><script>${STUB}${before}</script><script defer src="/script.js"${data}></script></head><body>${path}</body></html>`,
    );
    return `${this.origin}${path}`;
  }

  /** Waits up to 5 s until `count` events satisfy `match`, and returns them. */
  async waitFor(match: (event: CollectedEvent) => boolean, count = 1): Promise<CollectedEvent[]> {
    const deadline = Date.now() + 5000;
    for (;;) {
      const found = this.events.filter(match);
      if (found.length >= count) return found;
      if (Date.now() > deadline) throw new Error(`expected ${count} matching event(s); got ${JSON.stringify(this.events)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

describe.skipIf(CHROMIUM_MISSING)(`the tracker in headless Chromium${CHROMIUM_MISSING ? ` (skipped: ${CHROMIUM_MISSING})` : ''}`, () => {
  let browser: Browser;
  let site: TestSite;
  let context: BrowserContext;

  beforeAll(async () => {
    const { code } = await buildTracker();
    site = new TestSite(code);
    await site.start();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.stop();
  });
  afterEach(async () => {
    await context?.close();
    site.events.length = 0;
  });

  /**
   * A fresh browser profile (empty localStorage) with a page whose errors are collected: thrown
   * errors and unhandled rejections, and console errors other than the browser's own log of a
   * failed request ("Failed to load resource: net::…"), which no script can silence.
   */
  async function openPage(init?: () => void): Promise<{ page: Page; errors: string[] }> {
    context = await browser.newContext({ userAgent: USER_AGENT });
    const page = await context.newPage();
    if (init) await page.addInitScript(init);
    await page.addInitScript(() => {
      window.addEventListener('unhandledrejection', (event) => console.error(`unhandled rejection: ${event.reason}`));
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource: net::')) errors.push(message.text());
    });
    return { page, errors };
  }

  it('sends a page view with the full URL and the referrer, cookieless, as text/plain without a preflight', async () => {
    const url = site.page('/landing');
    const { page, errors } = await openPage();
    await page.goto(`${url}?utm_source=newsletter&utm_campaign=spring#section`, { referer: 'https://www.example.org/post' });
    const [view] = await site.waitFor((event) => event.type === 'pageview');
    expect(view).toEqual({
      type: 'pageview',
      url: `${url}?utm_source=newsletter&utm_campaign=spring`,
      referrer: 'https://www.example.org/post',
      event_id: expect.any(String),
    });
    expect(site.contentTypes[0]).toMatch(/^text\/plain/);
    expect(site.preflights).toBe(0);
    expect(await page.evaluate(() => Object.keys(localStorage).length + document.cookie.length)).toBe(0);
    expect(errors).toEqual([]);
  });

  it('sends a page view on pushState, replaceState to a new address and popstate, with the previous page as referrer', async () => {
    const url = site.page('/app');
    const { page } = await openPage();
    await page.goto(url);
    await site.waitFor((event) => event.type === 'pageview');
    await page.evaluate(() => history.pushState({}, '', '/app/cart?step=1'));
    await page.evaluate(() => history.replaceState({}, '', '/app/cart?step=1#top')); // same page: no view
    await page.evaluate(() => history.replaceState({}, '', '/app/cart?step=2'));
    await page.evaluate(() => history.back());
    const views = await site.waitFor((event) => event.type === 'pageview', 4);
    expect(views.map((view) => [view.url.slice(site.origin.length), view.referrer?.slice(site.origin.length)])).toEqual([
      ['/app', ''],
      ['/app/cart?step=1', '/app'],
      ['/app/cart?step=2', '/app/cart?step=1'],
      ['/app', '/app/cart?step=2'],
    ]);
    expect(new Set(views.map((view) => view.event_id)).size).toBe(4);
  });

  it('replays the calls made before it loaded, and sends custom events with amount and props', async () => {
    const url = site.page('/shop', {}, "barometre('cart');");
    const { page, errors } = await openPage();
    await page.goto(url);
    await site.waitFor((event) => event.type === 'cart');
    await page.evaluate(() => window.barometre?.('purchase', { amount: 59.9, plan: 'pro', gift: false }));
    const [purchase] = await site.waitFor((event) => event.type === 'purchase');
    expect(purchase).toMatchObject({ url, amount: 59.9, props: { plan: 'pro', gift: false } });
    expect(site.events.map((event) => event.type)).toEqual(['pageview', 'cart', 'purchase']);
    expect(site.events.find((event) => event.type === 'cart')).not.toHaveProperty('props');
    expect(errors).toEqual([]);
  });

  it('falls back to fetch with keepalive where sendBeacon is missing', async () => {
    const url = site.page('/old-browser', {}, "barometre('cart');");
    const { page, errors } = await openPage(() => Reflect.deleteProperty(Navigator.prototype, 'sendBeacon'));
    const kinds: string[] = [];
    page.on('request', (request) => request.url().endsWith('/api/collect') && kinds.push(request.resourceType()));
    await page.goto(url);
    await site.waitFor((event) => event.type === 'pageview' || event.type === 'cart', 2);
    expect(kinds).toEqual(['fetch', 'fetch']);
    expect(errors).toEqual([]);
  });

  it('sends engagement heartbeats of visible seconds while the page is open, and the rest on page hide', async () => {
    const url = site.page('/article', { heartbeat: '1' });
    const { page } = await openPage();
    await page.goto(url);
    const beats = await site.waitFor((event) => event.type === 'engagement', 2);
    for (const beat of beats) expect(beat).toMatchObject({ url, engaged_seconds: 1 });

    site.events.length = 0;
    const long = site.page('/long-read', { heartbeat: '600' });
    await page.goto(long);
    await site.waitFor((event) => event.type === 'pageview');
    await page.waitForTimeout(2200);
    await page.goto('about:blank');
    const [last] = await site.waitFor((event) => event.type === 'engagement');
    expect(last).toMatchObject({ url: long });
    expect(last?.engaged_seconds).toBeGreaterThanOrEqual(2);
    expect(last?.engaged_seconds).toBeLessThanOrEqual(4);
  });

  it('stops counting visible time 30 minutes after the last input, and counts again after one', async () => {
    const url = site.page('/idle', { heartbeat: '60' });
    const { page } = await openPage();
    await page.clock.install();
    await page.goto(url);
    await site.waitFor((event) => event.type === 'pageview');
    await page.clock.runFor(45 * 60e3);
    const idle = await site.waitFor((event) => event.type === 'engagement', 30);
    await page.waitForTimeout(300);
    expect(site.events.filter((event) => event.type === 'engagement')).toHaveLength(30);
    expect(idle.reduce((sum, event) => sum + (event.engaged_seconds ?? 0), 0)).toBe(30 * 60);

    site.events.length = 0;
    await page.mouse.move(10, 10);
    await page.clock.runFor(2 * 60e3);
    const active = await site.waitFor((event) => event.type === 'engagement', 2);
    expect(active.at(-1)?.engaged_seconds).toBe(60);
  });

  it('sends a stored random visitor id after consent and the customer id after identify, and forgets both when consent is withdrawn', async () => {
    const url = site.page('/account', {}, "barometre('identify', 'C42');");
    const { page } = await openPage();
    await page.goto(url);
    const [cookieless] = await site.waitFor((event) => event.type === 'pageview');
    expect(cookieless).not.toHaveProperty('visitor_id');
    expect(cookieless).not.toHaveProperty('customer_id'); // identify alone does not identify

    await page.evaluate(() => window.barometre?.('consent'));
    await page.evaluate(() => window.barometre?.('cart'));
    const [consented] = await site.waitFor((event) => event.type === 'cart');
    expect(consented?.visitor_id).toMatch(/^[a-z0-9]{20,28}$/);
    expect(consented?.customer_id).toBe('C42');
    expect(await page.evaluate(() => localStorage.getItem('barometre_id'))).toBe(consented?.visitor_id);

    site.events.length = 0;
    await page.reload();
    const [again] = await site.waitFor((event) => event.type === 'pageview');
    expect(again?.visitor_id).toBe(consented?.visitor_id);

    await page.evaluate(() => window.barometre?.('consent', false));
    await page.evaluate(() => window.barometre?.('purchase', { amount: 10 }));
    const [withdrawn] = await site.waitFor((event) => event.type === 'purchase');
    expect(withdrawn).not.toHaveProperty('visitor_id');
    expect(withdrawn).not.toHaveProperty('customer_id');
    expect(await page.evaluate(() => localStorage.getItem('barometre_id'))).toBeNull();
  });

  it('applies a consent given before it loaded to the first page view', async () => {
    const url = site.page('/consented', {}, "barometre('consent');barometre('identify', 7);");
    const { page } = await openPage();
    await page.goto(url);
    const [view] = await site.waitFor((event) => event.type === 'pageview');
    expect(view?.visitor_id).toMatch(/^[a-z0-9]+$/);
    expect(view?.customer_id).toBe('7');
  });

  it('sends nothing under Do-Not-Track or Global Privacy Control when the site asks, and still sends when it does not', async () => {
    const signals = [
      () => Object.defineProperty(Navigator.prototype, 'doNotTrack', { get: () => '1' }),
      () => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }),
    ];
    for (const signal of signals) {
      const url = site.page('/private', { 'respect-dnt': '' }, "barometre('cart');");
      const { page, errors } = await openPage(signal);
      await page.goto(url);
      await page.evaluate(() => {
        window.barometre?.('consent');
        window.barometre?.('purchase', { amount: 5 });
        history.pushState({}, '', '/private/next');
      });
      await page.waitForTimeout(500);
      expect(site.events).toEqual([]);
      expect(await page.evaluate(() => localStorage.getItem('barometre_id'))).toBeNull();
      expect(errors).toEqual([]);
      await context.close();
    }
    const url = site.page('/not-asked');
    const { page } = await openPage(signals[0]);
    await page.goto(url);
    await site.waitFor((event) => event.type === 'pageview');
  });

  it('stays silent when the collect URL is unreachable, the browser offline or the script blocked', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));

    const url = site.page('/unreachable', { api: `http://127.0.0.1:${port}/api/collect`, heartbeat: '1' }, "barometre('cart');");
    const { page, errors } = await openPage();
    let failed = 0;
    page.on('requestfailed', (request) => request.url().includes(`:${port}/`) && failed++);
    await page.goto(url);
    await page.evaluate(() => {
      window.barometre?.('purchase', { amount: 1 });
      history.pushState({}, '', '/unreachable/next');
    });
    await context.setOffline(true);
    await page.evaluate(() => window.barometre?.('cart'));
    await page.waitForTimeout(1500);
    expect(failed).toBeGreaterThanOrEqual(3); // it did try: page view, cart, purchase, SPA page view
    expect(errors).toEqual([]);

    site.pages.set('/blocked', `<!doctype html><script>${STUB}</script><script src="/blocked.js" data-key="${SITE_KEY}"></script>`);
    const blocked = await openPage();
    await blocked.page.goto(`${site.origin}/blocked`);
    await blocked.page.evaluate(() => window.barometre?.('purchase', { amount: 1 }));
    expect(blocked.errors).toEqual(['Failed to load resource: the server responded with a status of 404 (Not Found)']);
  });
});
