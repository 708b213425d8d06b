import type { ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { AxeResults } from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBarometre, startServer, stopServer } from '../../test-support/barometreProcess.js';
import { CHROMIUM_MISSING, launchChromium } from '../../test-support/headlessChromium.js';
import { type ServerStore, serverStore, servedUrl } from '../../test-support/serverStore.js';

/**
 * The dashboard as a newcomer meets it, in headless Chromium against `barometre serve` on a
 * store holding the demo: the first administrator set up through the form, the overview's
 * numbers equal to the API's, French and back, every page reached from the menu by keyboard
 * and checked by axe-core (no serious or critical violation), a view exported. Each page is
 * photographed into .screenshots/ (git-ignored) for a person to look at.
 */

declare global {
  interface Window {
    axe: { run(context: Document, options: object): Promise<AxeResults> };
  }
}

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const SCREENSHOTS = join(import.meta.dirname, '..', '..', '..', '.screenshots');
const ADMIN = { name: 'Camille Martin', email: 'camille@maison-lumiere.fr', password: 'correct horse battery staple' };

/** The report the overview draws (web/src/pages/OverviewPage.tsx): the whole period by month. */
interface ReportAnswer {
  indicators: Record<string, { value?: number | null }>;
}

describe.skipIf(CHROMIUM_MISSING)(`the dashboard in headless Chromium${CHROMIUM_MISSING ? ` (skipped: ${CHROMIUM_MISSING})` : ''}`, () => {
  let store: ServerStore;
  let server: ChildProcess;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let origin = '';
  const errors: string[] = [];

  beforeAll(async () => {
    store = await serverStore('duckdb', 'dashboard');
    const demo = await runBarometre(['demo', '--workspace', 'demo', ...store.flags], store.folder);
    expect(demo.status, demo.stderr).toBe(0);
    const started = await startServer(['--port', '0', ...store.flags], store.folder);
    server = started.server;
    origin = servedUrl(started.stderr);
    browser = await launchChromium();
    // axe is added to each page as a script tag, which the dashboard's policy would refuse.
    context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 }, bypassCSP: true, acceptDownloads: true });
    page = await context.newPage();
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    if (server !== undefined) await stopServer(server);
    await store?.dispose();
  });

  /** Waits until the page has drawn its data: its period line shown and nothing still loading. */
  async function drawn(): Promise<void> {
    await page.waitForSelector('.period-line, .error', { timeout: 60_000 });
    await page.waitForFunction(() => document.querySelector('[aria-busy="true"], .loading') === null, undefined, { timeout: 60_000 });
  }

  /** The serious and critical violations axe-core finds on the page, as "rule: target" lines. */
  async function violations(): Promise<string[]> {
    await page.addScriptTag({ path: AXE });
    const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`));
  }

  it('sets up the first administrator through the form and opens on the overview', async () => {
    await page.goto(`${origin}/`);
    await page.fill('#name', ADMIN.name);
    await page.fill('#email', ADMIN.email);
    await page.fill('#password', ADMIN.password);
    await Promise.all([page.waitForURL(`${origin}/`), page.click('button[type=submit]')]);
    await drawn();
    expect(await page.textContent('h1')).toBe('Overview');
    expect(await page.textContent('header .user')).toBe(ADMIN.name);
  });

  it('shows on the overview exactly the numbers the API gives', async () => {
    const report = await page.evaluate(async () => (await fetch('/api/report?workspace=demo&interval=month')).json() as Promise<ReportAnswer>);
    const cards = await page.$$eval('[data-indicator]', (elements) =>
      elements.map((element) => ({
        id: element.getAttribute('data-indicator') ?? '',
        value: element.querySelector('[data-value]')?.getAttribute('data-value') ?? null,
      })),
    );
    expect(cards.length).toBeGreaterThanOrEqual(18);
    for (const card of cards) {
      const value = report.indicators[card.id]?.value ?? null;
      if (value === null) expect(card.value, card.id).toBeNull();
      // DuckDB adds floating-point numbers in parallel, in no fixed order: two calls may differ in the last digits.
      else expect(Math.abs(Number(card.value) - value), card.id).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(value)));
    }
    expect(cards.filter((card) => card.value !== null).length).toBeGreaterThanOrEqual(15);
  });

  it('switches to French, writes numbers the French way, and back to English', async () => {
    await page.click('button[lang=fr]');
    await page.waitForFunction(() => document.documentElement.lang === 'fr');
    expect(await page.textContent('h1')).toBe("Vue d'ensemble");
    const npsInterval = await page.textContent('[data-indicator=csat] .basis');
    expect(npsInterval).toMatch(/\d,\d\u00a0%/);
    expect(new URL(page.url()).searchParams.get('lang')).toBe('fr');
    await page.click('button[lang=en]');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await page.textContent('h1')).toBe('Overview');
  });

  it('reaches a page from the menu by keyboard alone', async () => {
    await page.goto(`${origin}/`);
    await drawn();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip');
    let guard = 0;
    while ((await page.evaluate(() => document.activeElement?.textContent)) !== 'Recommendation' && guard++ < 20) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Recommendation');
    expect(new URL(page.url()).pathname).toBe('/app/recommendation');
  });

  it('draws every page of the menu in both languages with no serious accessibility violation, and photographs it', async () => {
    await page.goto(`${origin}/`);
    await drawn();
    const paths = await page.$$eval('header nav a', (links) =>
      links.map((link) => new URL((link as HTMLAnchorElement).href).pathname).filter((path) => path === '/' || path.startsWith('/app/')),
    );
    expect(paths.length).toBeGreaterThanOrEqual(4);
    for (const language of ['en', 'fr'] as const) {
      for (const path of paths) {
        await page.goto(`${origin}${path}?lang=${language}&from=2026-05-01&to=2026-10-31&compare=previous`);
        await drawn();
        expect(await page.locator('.error').count(), `${path} in ${language}`).toBe(0);
        expect(await violations(), `${path} in ${language}`).toEqual([]);
        const name = path === '/' ? 'overview' : path.slice('/app/'.length).replaceAll('/', '-');
        await page.screenshot({ path: join(SCREENSHOTS, `dashboard-${name}-${language}.png`), fullPage: true });
      }
    }
  }, 600_000);

  it('exports the view on screen as CSV', async () => {
    await page.goto(`${origin}/app/recommendation?from=2026-10-01&to=2026-10-31`);
    await drawn();
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('.exports a:text("CSV")')]);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.split('\n')[0]).toMatch(/indicator/i);
    expect(text).toMatch(/\bnps\b/);
  });

  it('creates a survey, answers it on its public page, and sees the answer counted', async () => {
    await page.goto(`${origin}/surveys/new?workspace=demo`);
    await page.fill('[name=title_fr]', 'Après votre visite');
    await page.fill('[name=title_en]', 'After your visit');
    await page.fill('[name="q0.id"]', 'reco');
    await page.selectOption('[name="q0.type"]', 'nps');
    await page.fill('[name="q0.label_fr"]', 'Nous recommanderiez-vous ?');
    await page.fill('[name="q0.label_en"]', 'Would you recommend us?');
    await page.fill('[name=closes_at]', '2099-12-31');
    await Promise.all([page.waitForURL(/\/surveys\/s[a-z0-9]{12}/), page.click('button[name=action][value=save]')]);
    const surveyId = /\/surveys\/(s[a-z0-9]{12})/.exec(page.url())![1]!;
    const respondent = await browser.newPage();
    await respondent.goto(`${origin}/s/${surveyId}?lang=en`);
    await respondent.click('label:has(#q-reco-9)');
    await Promise.all([respondent.waitForURL(/done=1/), respondent.click('button[type=submit]')]);
    await respondent.close();
    await page.goto(`${origin}/app/recommendation?where=${encodeURIComponent(`survey_id=${surveyId}`)}`);
    await drawn();
    expect(await page.textContent('[data-indicator=nps] .basis')).toMatch(/n = 1\b/);
    expect(await page.getAttribute('[data-indicator=nps] [data-value]', 'data-value')).toBe('100');
  });

  it('opens the comments behind the NPS detractors and narrows them to a theme', async () => {
    await page.goto(`${origin}/app/recommendation?from=2026-05-01&to=2026-10-31`);
    await drawn();
    await Promise.all([page.waitForURL(/\/app\/comments/), page.click('.bars a.bar:has-text("Detractors")')]);
    await drawn();
    const url = new URL(page.url());
    expect([url.searchParams.get('indicator'), url.searchParams.get('band')]).toEqual(['nps', 'detractor']);
    const badges = await page.$$eval('.comment .badge', (elements) => elements.map((element) => element.textContent ?? ''));
    expect(badges.length).toBeGreaterThan(0);
    expect(badges.every((badge) => /^NPS [0-6] · Detractors/.test(badge))).toBe(true);
    const total = Number((await page.textContent('#comments-heading'))!.replace(/\D/g, ''));
    await Promise.all([page.waitForURL(/theme=/), page.click('aside .bars a.bar >> nth=0')]);
    await drawn();
    const narrowed = Number((await page.textContent('#comments-heading'))!.replace(/\D/g, ''));
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThanOrEqual(total);
  });
  it('imports a CSV through the import page: the bad row shown at its line, nothing written, then fixed and imported', async () => {
    const header = 'order_id,customer_id,ordered_at,amount';
    const bad = join(store.folder, 'orders-bad.csv');
    const fixed = join(store.folder, 'orders-fixed.csv');
    writeFileSync(bad, `${header}\nweb-upload-1,c-web-1,2026-10-01,12.5\nweb-upload-2,c-web-2,2026-10-02,-4\n`);
    writeFileSync(fixed, `${header}\nweb-upload-1,c-web-1,2026-10-01,12.5\nweb-upload-2,c-web-2,2026-10-02,4\n`);
    /** Clicks a button that sends the file, and waits until the page has drawn the answer. */
    const send = async (button: string, section: string) => {
      await Promise.all([
        page.waitForResponse((response) => response.url().includes('/api/imports/orders')),
        page.getByRole('button', { name: button, exact: true }).click(),
      ]);
      await page.waitForSelector(`section[aria-labelledby=${section}]`);
    };
    const check = async (file: string) => {
      await page.setInputFiles('input[type=file]', file);
      await send('Check the file', 'import-check');
    };
    await page.goto(`${origin}/app/data/import?workspace=demo&lang=en`);
    await page.getByLabel('What the file holds').selectOption('orders');
    await check(bad);
    expect(await page.textContent('section[aria-labelledby=import-check] [role=alert]')).toMatch(/1 of the 2 rows are invalid/);
    await send('Import', 'import-result');
    expect(await page.textContent('section[aria-labelledby=import-result] [role=alert]')).toMatch(/Nothing was imported.*Nothing was written/);
    const rejected = await page.$$eval('section[aria-labelledby=import-result] tbody tr', (rows) =>
      rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent)),
    );
    expect(rejected).toEqual([['3', 'amount', 'amount -4 must be at least 0']]);
    expect(await violations(), 'the import page with its check and refusal').toEqual([]);

    await check(fixed);
    expect(await page.locator('[role=alert]').count()).toBe(0);
    expect(await page.textContent('section[aria-labelledby=import-check] .counts')).toContain('2 would be added');
    await send('Import', 'import-result');
    expect(await page.textContent('section[aria-labelledby=import-result] [role=status]')).toBe('Imported.');
    expect(await page.textContent('section[aria-labelledby=import-result] .counts')).toContain('2 added');
    await page.screenshot({ path: join(SCREENSHOTS, 'dashboard-data-import-done-en.png'), fullPage: true });
    // Written: the same file checked again would now replace both rows.
    await check(fixed);
    expect(await page.textContent('section[aria-labelledby=import-check] .counts')).toContain('2 would replace rows already there');
  }, 120_000);

  it('logged no error in the browser but the refusals it showed', () => {
    expect(errors.filter((error) => !/status of 4\d\d/.test(error))).toEqual([]);
  });
});
