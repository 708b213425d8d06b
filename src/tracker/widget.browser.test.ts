import { mkdtempSync, writeFileSync } from 'node:fs';
import { CHROMIUM_MISSING, launchChromium } from '../test-support/headlessChromium.js';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ServerType, serve } from '@hono/node-server';
import axe from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildTracker, buildWidget } from '../../scripts/buildTracker.js';
import { createApp } from '../server/createApp.js';
import { surveyAnswerRoutes } from '../server/routes/surveyAnswers.js';
import { surveyWidgetRoutes } from '../server/routes/surveyWidget.js';
import { browserScriptRoute } from '../server/routes/tracker.js';
import { readBuiltFile } from '../server/sendBuiltFile.js';
import { buildReport } from '../services/report/buildReport.js';
import { parseReportQuery } from '../services/report/reportQuery.js';
import { closeSurvey } from '../services/surveys/manageSurveys.js';
import { openTestStore, type TestStore } from '../test-support/engines.js';
import { CUSTOMER_SURVEY, surveyFixture } from '../test-support/surveyFixtures.js';
import { findWorkspace } from '../store/workspaces.js';
import { SURVEY_SHOWN_ENTRY } from './browser/surveyDue.js';

/**
 * The on-site survey widget as a site owner sets it up (docs/surveys.md, "On-site widget"):
 * Baromètre's survey routes and freshly built /script.js and /widget.js served on one origin,
 * a shop's page on another origin loading the tracker with `data-survey`, and headless
 * Chromium answering the survey by keyboard, the answer then counted in the survey's NPS.
 */

/** The Baromètre side: the built browser scripts, the widget's description and the answer route, over a fresh store. */
async function startBarometre(test: TestStore): Promise<{ server: ServerType; origin: string }> {
  const folder = mkdtempSync(join(tmpdir(), 'barometre-widget-'));
  const script = async (name: string, build: () => Promise<{ code: string }>) => {
    writeFileSync(join(folder, name), (await build()).code);
    const built = readBuiltFile(join(folder, name));
    return () => built;
  };
  const app = createApp(test.store, [
    browserScriptRoute('/script.js', await script('script.js', buildTracker)),
    browserScriptRoute('/widget.js', await script('widget.js', buildWidget)),
    ...surveyWidgetRoutes,
    ...surveyAnswerRoutes({ rate: 1000, burst: 1000 }),
  ]);
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => resolve({ server, origin: `http://127.0.0.1:${info.port}` }));
  });
}

describe.skipIf(CHROMIUM_MISSING)(`the on-site survey widget in headless Chromium${CHROMIUM_MISSING ? ` (skipped: ${CHROMIUM_MISSING})` : ''}`, () => {
  let test: TestStore;
  let workspaceId: number;
  let barometre: { server: ServerType; origin: string };
  let site: Server;
  let siteOrigin: string;
  const pages = new Map<string, string>();
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    test = await openTestStore('duckdb');
    workspaceId = (await findWorkspace(test.store, 'shop', { create: true })).id;
    barometre = await startBarometre(test);
    site = createServer((request, response) => {
      const path = new URL(request.url ?? '/', 'http://site').pathname;
      if (path === '/collect') return response.writeHead(204).end();
      const page = pages.get(path);
      if (page) return response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
      response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    siteOrigin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    site?.closeAllConnections();
    await new Promise((resolve) => site?.close(resolve));
    await new Promise((resolve) => barometre?.server.close(resolve));
    await test?.dispose();
  });

  afterEach(async () => context?.close());

  /** A new open survey of the shop, taking answers from the widget unless `channels` say otherwise. */
  const survey = (channels = ['link', 'widget']) => surveyFixture(test.store, workspaceId, { ...CUSTOMER_SURVEY, closesAt: undefined, channels });

  /** Registers a shop page at `path` loading the tracker with the survey's attributes and `body`; returns its address. */
  function shopPage(path: string, attributes: Record<string, string>, { lang = 'fr', body = '' } = {}): string {
    const data = Object.entries({ key: 'brm_site_k', api: `${siteOrigin}/collect`, ...attributes })
      .map(([name, value]) => ` data-${name}="${value}"`)
      .join('');
    const html = lang === '' ? '<html>' : `<html lang="${lang}">`;
    pages.set(
      path,
      `<!doctype html>${html}<head><title>Boutique</title><script defer src="${barometre.origin}/script.js"${data}></script></head><body><h1>Boutique</h1>${body}</body></html>`,
    );
    return `${siteOrigin}${path}`;
  }

  /** A fresh browser profile and page, with the page's errors and the requests to /widget.js and the answer route. */
  async function openPage(locale = 'en-US'): Promise<{ page: Page; errors: string[]; widgetLoads: () => number; answers: unknown[] }> {
    context = await browser.newContext({ locale });
    const page = await context.newPage();
    const errors: string[] = [];
    const answers: unknown[] = [];
    let loads = 0;
    page.on('pageerror', (error) => errors.push(error.message));
    // The browser's own log of a refused request (a 409 read by the widget) is no error of a script.
    page.on('console', (message) => message.type() === 'error' && !message.text().startsWith('Failed to load resource') && errors.push(message.text()));
    page.on('request', (request) => {
      if (request.url() === `${barometre.origin}/widget.js`) loads += 1;
      if (request.method() === 'POST' && request.url().endsWith('/responses')) answers.push(request.postDataJSON());
    });
    return { page, errors, widgetLoads: () => loads, answers };
  }

  /** Loads `url` and waits for the tracker to have run, by which time it has decided whether to load the widget. */
  async function visit(page: Page, url: string): Promise<void> {
    await page.goto(url);
    await page.waitForFunction(() => (window as { barometre?: { loaded?: boolean } }).barometre?.loaded === true);
  }

  /** The survey answer sets stored, as the report's `responses` rows. */
  const stored = (id: string) =>
    test.store.query('responses of the survey', 'select channel, nps, comment, language, customer_id from responses where survey_id = $id', { id });

  /** Waits until `count` answer sets of survey `id` are stored. */
  async function storedAnswers(id: string, count: number) {
    for (const deadline = Date.now() + 5000; ; await new Promise((resolve) => setTimeout(resolve, 50))) {
      const rows = await stored(id);
      if (rows.length >= count || Date.now() > deadline) return rows;
    }
  }

  it('shows a due survey in the page’s language, answered by keyboard; the answer is counted in the survey’s NPS, and it is not shown again', async () => {
    const id = await survey();
    const url = shopPage('/produits', { survey: id, 'survey-share': '1' });
    const { page, errors, widgetLoads, answers } = await openPage();
    await visit(page, url);
    const dialog = page.getByRole('dialog', { name: 'Votre avis' });
    await dialog.waitFor();
    // Nothing on the page had focus: the dialog takes it, so that the keyboard starts there.
    expect(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.getAttribute('role'))).toBe('dialog');
    await expect.poll(() => page.evaluate((entry) => localStorage.getItem(entry), SURVEY_SHOWN_ENTRY)).toMatch(/^\d{13}$/);
    expect(await dialog.getByRole('group', { name: 'Recommanderiez-vous ?' }).getByRole('button').allTextContents()).toEqual(
      Array.from({ length: 11 }, (_, score) => String(score)),
    );
    expect(await dialog.getByText('0 – Pas du tout probable').isVisible()).toBe(true);

    // The accessibility rules of axe-core (WCAG 2.x A and AA), inside the widget's shadow root.
    await page.addScriptTag({ content: axe.source });
    const violations = await page.evaluate(async () => {
      const result = await (window as unknown as { axe: typeof axe }).axe.run('barometre-survey', { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
      return result.violations.map((violation) => `${violation.id}: ${violation.help}`);
    });
    expect(violations).toEqual([]);

    // Close button, then 0, 1, 2, 3: four tabs lead to 3.
    for (let i = 0; i < 5; i += 1) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await dialog.getByRole('button', { name: '3', exact: true }).getAttribute('aria-pressed')).toBe('true');
    const comment = dialog.getByRole('textbox', { name: 'Pourquoi ?' });
    expect(await comment.evaluate((node) => node === (node.getRootNode() as ShadowRoot).activeElement)).toBe(true);
    await page.keyboard.type('La livraison a pris trois semaines.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await dialog.getByText('Merci pour votre réponse !').waitFor();

    expect(await storedAnswers(id, 1)).toEqual([
      { channel: 'widget', nps: 3, comment: 'La livraison a pris trois semaines.', language: 'fr', customer_id: null },
    ]);
    // Only the answers, the channel and the language: no page address, no visitor id.
    expect(answers).toEqual([{ answers: { q1: 3, q4: 'La livraison a pris trois semaines.' }, channel: 'widget', language: 'fr' }]);
    const report = await buildReport(test.store, workspaceId, parseReportQuery({ where: [`survey_id=${id}`], by: 'channel' }));
    expect(report.indicators.nps).toMatchObject({ n: 1, detractors: 1, value: -100 });
    expect(report.groups?.map((group) => group.key)).toEqual(['widget']);

    await dialog.getByRole('button', { name: 'Fermer' }).click();
    expect(await page.locator('barometre-survey').count()).toBe(0);
    expect(await context.cookies()).toEqual([]);

    await visit(page, url);
    await page.waitForTimeout(300);
    expect(widgetLoads()).toBe(1);
    expect(await page.locator('barometre-survey').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('leaves focus where it is, is dismissed by Escape, which gives focus back and sends a chosen score alone; in English by the browser’s language', async () => {
    const id = await survey();
    const url = shopPage('/compte', { survey: id, 'survey-share': '1' }, { lang: '', body: '<label>E-mail <input id="email" autofocus></label>' });
    const { page, errors, answers } = await openPage('en-GB');
    await visit(page, url);
    const dialog = page.getByRole('dialog', { name: 'Your opinion' });
    await dialog.waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('email');
    await page.keyboard.press('Tab'); // from the page's last field into the widget, its close button first
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space'); // 0
    expect(await dialog.getByRole('textbox', { name: 'Why?' }).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.locator('barometre-survey').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('email');
    expect(await storedAnswers(id, 1)).toEqual([{ channel: 'widget', nps: 0, comment: null, language: 'en', customer_id: null }]);
    expect(answers).toEqual([{ answers: { q1: 0 }, channel: 'widget', language: 'en' }]);
    expect(errors).toEqual([]);
  });

  it('is dismissed by its close button without an answer, which still counts as shown for the period', async () => {
    const id = await survey();
    const url = shopPage('/panier', { survey: id, 'survey-share': '1', 'survey-days': '30' });
    const { page, widgetLoads, answers } = await openPage();
    await visit(page, url);
    await page.getByRole('button', { name: 'Fermer' }).click();
    expect(await page.locator('barometre-survey').count()).toBe(0);
    // Shown 29 days ago: still within the 30 days. 31 days ago: due again.
    const shownDaysAgo = (days: number) =>
      page.evaluate(([entry, at]) => localStorage.setItem(entry as string, String(at)), [SURVEY_SHOWN_ENTRY, Date.now() - days * 864e5]);
    await shownDaysAgo(29);
    await visit(page, url);
    await page.waitForTimeout(300);
    expect(widgetLoads()).toBe(1);
    await shownDaysAgo(31);
    await visit(page, url);
    await page.getByRole('dialog').waitFor();
    expect(widgetLoads()).toBe(2);
    expect(answers).toEqual([]);
    expect(await stored(id)).toEqual([]);
  });

  it('loads nothing for a share of 0, without storage, or under Global Privacy Control when the site respects it, and shows nothing for a closed survey or one without the widget channel', async () => {
    const id = await survey();
    const { page, errors, widgetLoads } = await openPage();
    await visit(page, shopPage('/zero', { survey: id, 'survey-share': '0' }));
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
    await visit(page, shopPage('/gpc', { survey: id, 'survey-share': '1', 'respect-dnt': '' }));
    await page.waitForTimeout(300);
    expect(widgetLoads()).toBe(0);

    const closed = await survey();
    await closeSurvey(test.store, workspaceId, closed, new Date());
    const linkOnly = await survey(['link']);
    for (const unshown of [closed, linkOnly]) {
      await visit(page, shopPage(`/s-${unshown}`, { survey: unshown, 'survey-share': '1' }));
      await expect.poll(widgetLoads).toBe(unshown === closed ? 1 : 2);
      await page.waitForTimeout(300);
      expect(await page.locator('barometre-survey').count()).toBe(0);
      expect(await page.evaluate((entry) => localStorage.getItem(entry), SURVEY_SHOWN_ENTRY)).toBeNull();
    }
    expect(errors).toEqual([]);

    await context.close();
    const blocked = await openPage();
    await blocked.page.addInitScript(() =>
      Object.defineProperty(window, 'localStorage', {
        get: () => {
          throw new DOMException('blocked', 'SecurityError');
        },
      }),
    );
    await visit(blocked.page, shopPage('/blocked', { survey: id, 'survey-share': '1' }));
    await blocked.page.waitForTimeout(300);
    expect(blocked.widgetLoads()).toBe(0);
    expect(blocked.errors).toEqual([]);
  });
});
