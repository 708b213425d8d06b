import { mkdirSync } from 'node:fs';
import { CHROMIUM_MISSING, launchChromium } from '../../test-support/headlessChromium.js';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { type ServerType, serve } from '@hono/node-server';
import type { AxeResults } from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../output/language.js';
import { closeSurvey } from '../../services/surveys/manageSurveys.js';
import { openTestStore, type TestStore } from '../../test-support/engines.js';
import { surveyFixture } from '../../test-support/surveyFixtures.js';
import { EVERY_QUESTION_SURVEY } from '../../test-support/surveyPageFixture.js';
import { findWorkspace } from '../../store/workspaces.js';
import { createApp } from '../createApp.js';

/**
 * The survey page in headless Chromium, served by the app from 127.0.0.1: a respondent's
 * whole path (page 1, a refused page, page 2, thanks) and a closed survey, in French and
 * English, each checked by axe-core (no serious or critical violation), and photographed on
 * a phone and a desktop screen into .screenshots/ (git-ignored) for a person to look at.
 */

declare global {
  interface Window {
    axe: { run(context: Document, options: object): Promise<AxeResults> };
  }
}

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const SCREENSHOTS = join(import.meta.dirname, '..', '..', '..', '.screenshots');
const SCREENS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } } as const;

// Every answer of this test comes from 127.0.0.1: the per-address limit is tested elsewhere.
process.env.BAROMETRE_ANSWER_RATE = '1000';

describe.skipIf(CHROMIUM_MISSING)(`the survey page in headless Chromium${CHROMIUM_MISSING ? ` (skipped: ${CHROMIUM_MISSING})` : ''}`, () => {
  let test: TestStore;
  let server: ServerType;
  let browser: Browser;
  let origin = '';
  let surveyId = '';
  let closedId = '';

  beforeAll(async () => {
    test = await openTestStore('duckdb');
    const workspaceId = (await findWorkspace(test.store, 'shop', { create: true })).id;
    surveyId = await surveyFixture(test.store, workspaceId, EVERY_QUESTION_SURVEY);
    closedId = await surveyFixture(test.store, workspaceId, EVERY_QUESTION_SURVEY);
    await closeSurvey(test.store, workspaceId, closedId, new Date());
    server = serve({ fetch: createApp(test.store).fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => server.once('listening', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    await test?.dispose();
  });

  /** The serious and critical violations axe-core finds on the page, as "rule: target" lines. */
  async function violations(page: Page): Promise<string[]> {
    // The page's policy forbids scripts; the context bypasses it for axe alone.
    await page.addScriptTag({ path: AXE });
    const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`));
  }

  /** Checks the page with axe and saves its screenshot as `<name>-<language>-<screen>.png`. */
  async function check(page: Page, name: string, language: Language, screen: keyof typeof SCREENS): Promise<void> {
    expect(await page.getAttribute('html', 'lang')).toBe(language);
    expect(await violations(page), `${name} in ${language} on a ${screen}`).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-${language}-${screen}.png`), fullPage: true });
  }

  for (const language of ['fr', 'en'] as const) {
    for (const screen of ['phone', 'desktop'] as const) {
      it(`takes a respondent through the survey by keyboard and pointer in ${language} on a ${screen}, every page accessible`, async () => {
        const context = await browser.newContext({
          locale: language === 'fr' ? 'fr-FR' : 'en-GB',
          viewport: SCREENS[screen],
          isMobile: screen === 'phone',
          hasTouch: screen === 'phone',
          bypassCSP: true,
        });
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));

        const first = await page.goto(`${origin}/s/${surveyId}`);
        expect(first?.status()).toBe(200);
        await check(page, 'page1', language, screen);

        // The keyboard reaches the first scale after the language link, and arrows choose in it.
        await page.keyboard.press('Tab');
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('q-nps-0');
        expect(await page.evaluate(() => getComputedStyle(document.activeElement?.parentElement as Element).outlineWidth)).toBe('3px');
        await page.keyboard.press('ArrowRight');
        expect(await page.isChecked('#q-nps-1')).toBe(true);

        // A fresh page sent as it is: the required NPS is missing.
        await page.goto(`${origin}/s/${surveyId}`);
        const refused = await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
        expect(refused[0]?.status()).toBe(400);
        expect(await page.locator('[role=alert] a').count()).toBe(1);
        await check(page, 'error', language, screen);

        await page.click('label:has(#q-nps-9)');
        await page.click('label:has(#q-stars-3)');
        await page.click('label:has(#q-smileys-4)');
        await page.click('label:has(#q-effort-5)');
        await page.fill('#q-percent', '30');
        await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
        expect(page.url()).toContain('page=2');
        await check(page, 'page2', language, screen);

        await page.click('label:has(#q-agree-4)');
        await page.click('label:has(#q-where-1)');
        await page.click('label:has(#q-topics-0)');
        await page.click('label:has(#q-topics-2)');
        await page.fill('#q-why', language === 'fr' ? 'Très bon accueil, merci.' : 'Very friendly staff, thanks.');
        await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
        expect(page.url()).toContain('done=1');
        await check(page, 'thanks', language, screen);

        const closed = await page.goto(`${origin}/s/${closedId}`);
        expect(closed?.status()).toBe(410);
        await check(page, 'closed', language, screen);
        expect(errors.filter((error) => !/status of 4\d\d/.test(error))).toEqual([]);
        await context.close();
      });
    }
  }
});
