import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { AxeResults } from 'axe-core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_MISSING, launchChromium } from '../../../test-support/headlessChromium.js';
import { documentParts } from '../../../test-support/reportDocumentFixture.js';
import { reportDocument } from './reportDocument.js';

/**
 * The shared report in headless Chromium: it asks for nothing over the network, axe-core finds
 * no serious or critical violation, and printed on A4 each section starts a page and no
 * indicator block is cut; the screen and the PDF go into .screenshots/ (git-ignored) for a
 * person to look at.
 */

declare global {
  interface Window {
    axe: { run(context: Document, options: object): Promise<AxeResults> };
  }
}

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const SCREENSHOTS = join(import.meta.dirname, '..', '..', '..', '..', '.screenshots');

describe.skipIf(CHROMIUM_MISSING)(`the shared report in headless Chromium${CHROMIUM_MISSING ? ` (skipped: ${CHROMIUM_MISSING})` : ''}`, () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 30_000);
  afterAll(async () => browser?.close());

  for (const language of ['en', 'fr'] as const) {
    it(`loads nothing, passes axe and prints on A4 with a page per section (${language})`, async () => {
      const page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
      const requests: string[] = [];
      page.on('request', (request) => {
        if (request.url() !== 'about:blank') requests.push(request.url());
      });
      await page.setContent(reportDocument(documentParts({ language })));
      expect(requests).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, `report-${language}.png`), fullPage: true });
      await page.addScriptTag({ path: AXE });
      const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
      const serious = result.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => violation.id);
      expect(serious).toEqual([]);
      await page.emulateMedia({ media: 'print' });
      const print = await page.evaluate(() => ({
        sections: [...document.querySelectorAll('section.family')].map((section) => getComputedStyle(section).breakBefore),
        blocks: [...document.querySelectorAll('.indicator, figure, svg.chart')].map((block) => getComputedStyle(block).breakInside),
      }));
      expect(new Set(print.sections)).toEqual(new Set(['page']));
      expect(new Set(print.blocks)).toEqual(new Set(['avoid']));
      const pdf = await page.pdf({ path: join(SCREENSHOTS, `report-${language}.pdf`), format: 'A4', printBackground: true });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
      expect(pages.length).toBeGreaterThanOrEqual(print.sections.length + 1); // the header's page, then a page or more per section
      await page.close();
    }, 60_000);
  }
});
