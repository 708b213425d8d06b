import type { ChildProcess } from 'node:child_process';
import { CHROMIUM_MISSING, launchChromium } from '../test-support/headlessChromium.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { killChildren, requireBuild, runBarometre, startServer, stopServer } from '../test-support/barometreProcess.js';

/**
 * The whole path of a visit, as a site owner sets it up (docs/privacy.md): `barometre serve`
 * on a fresh store, a site key, a shop's page on another origin that loads /script.js from
 * the server, headless Chromium browsing it (a page view, a single-page-app navigation, a
 * custom event, heartbeats), and `barometre report` counting the visit.
 */

/** A desktop Chrome's user agent: the collect route drops bots, and HeadlessChrome is one. */
const USER_AGENT = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

interface ReportJson {
  indicators: {
    sessions: { count: number; pagesPerSession: number; avgDurationSeconds: number; bounceRate: number };
    stickiness: { value: number | null; reason?: string };
  };
  web?: { pages: { top: { key: string; count: number }[] }; devices: { top: { key: string; count: number }[] }; browsers: { top: { key: string }[] } };
}

describe.skipIf(CHROMIUM_MISSING)(`a visit from headless Chromium to barometre report${CHROMIUM_MISSING ? ` (skipped: ${CHROMIUM_MISSING})` : ''}`, () => {
  let folder: string;
  let server: ChildProcess;
  let serverUrl: string;
  let site: Server;
  let siteOrigin: string;
  let browser: Browser;
  const db = () => join(folder, 'store.duckdb');

  beforeAll(async () => {
    requireBuild();
    folder = mkdtempSync(join(tmpdir(), 'barometre-visit-'));
    expect((await runBarometre(['workspaces', 'create', 'default', '--db', db()], folder)).status).toBe(0);
    const created = await runBarometre(['keys', 'create', '--kind', 'site', '--json', '--db', db()], folder);
    const { key } = JSON.parse(created.stdout) as { key: string };
    const started = await startServer(['--port', '0', '--db', db()], folder);
    server = started.server;
    serverUrl = /(http:\/\/127\.0\.0\.1:\d+)/.exec(started.stderr)?.[1] as string;
    site = createServer((request, response) => {
      const path = new URL(request.url ?? '/', 'http://site').pathname;
      if (path === '/favicon.ico') return response.writeHead(204).end();
      // Every path is the shop's one page: the app navigates with the history API.
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(
        `<!doctype html><html><head><title>Maison</title>
<script>window.barometre=window.barometre||function(){(barometre.q=barometre.q||[]).push(arguments)};</script>
<script defer src="${serverUrl}/script.js" data-key="${key}" data-heartbeat="1"></script></head>
<body><a id="product" href="/produits/lampe">Lampe</a>
<script>document.getElementById('product').addEventListener('click', (e) => { e.preventDefault(); history.pushState({}, '', '/produits/lampe'); });</script>
</body></html>`,
      );
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    siteOrigin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    site?.closeAllConnections();
    await new Promise((resolve) => site?.close(resolve));
    if (server) await stopServer(server);
    killChildren();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  /** `barometre report --json`, carried out by the running server (it holds the DuckDB file). */
  async function report(): Promise<ReportJson> {
    const outcome = await runBarometre(['report', '--json', '--db', db()], folder);
    expect(outcome.status, outcome.stderr).toBe(0);
    return JSON.parse(outcome.stdout) as ReportJson;
  }

  it('counts the page views, the navigation, the purchase and the time on page of one cookieless visit', async () => {
    const context = await browser.newContext({ userAgent: USER_AGENT });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${siteOrigin}/?utm_source=newsletter&utm_campaign=noel`);
    await page.waitForFunction(() => typeof (window as { barometre?: unknown }).barometre === 'function' && !('q' in (window.barometre as object)));
    await page.click('#product');
    await page.evaluate(() => (window as unknown as { barometre: (name: string, props?: object) => void }).barometre('purchase', { amount: 59.9 }));
    // Two heartbeats of a second each, then the page is left: the last one goes by sendBeacon.
    await page.waitForTimeout(2500);
    await page.close({ runBeforeUnload: true });
    await context.close();
    expect(errors).toEqual([]);

    let seen: ReportJson | undefined;
    for (const deadline = Date.now() + 15_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 300))) {
      seen = await report();
      if (seen.indicators.sessions.count === 1 && seen.indicators.sessions.avgDurationSeconds >= 2) break;
    }
    const { indicators, web } = seen as ReportJson;
    expect(indicators.sessions).toMatchObject({ count: 1, pagesPerSession: 2, bounceRate: 0 });
    expect(indicators.sessions.avgDurationSeconds).toBeGreaterThanOrEqual(2);
    // Cookieless ids cannot be followed across days: stickiness says so instead of a number.
    expect(indicators.stickiness).toMatchObject({ value: null, reason: 'not measurable in cookieless mode' });
    expect(web?.pages.top.map((page) => [page.key, page.count])).toEqual([
      ['/', 1],
      ['/produits/lampe', 1],
    ]);
    expect(web?.devices.top.map((device) => device.key)).toEqual(['desktop']);
    expect(web?.browsers.top.map((name) => name.key)).toEqual(['Chrome']);

    // The purchase arrived as an event of its own, with its amount as an attribute.
    const purchases = await runBarometre(['report', '--json', '--db', db(), '--where', 'type=purchase', '--where', 'amount=59.9'], folder);
    expect((JSON.parse(purchases.stdout) as ReportJson).indicators.sessions.count, purchases.stderr).toBe(1);

    const byType = await runBarometre(['report', '--json', '--db', db(), '--by', 'utm_campaign'], folder);
    expect(byType.status, byType.stderr).toBe(0);
    const groups = (JSON.parse(byType.stdout) as { groups: { key: string | null }[] }).groups.map((group) => group.key);
    expect(groups).toContain('noel');
  }, 60_000);
});
