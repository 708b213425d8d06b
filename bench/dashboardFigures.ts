/**
 * Issue 14's figures for the dashboard, on the large bench store (10M events at full scale;
 * BENCH_SCALE=0.1 for a tenth): `barometre serve` on it, a signed-in admin in headless
 * Chromium, and, each a median of 3 fresh page loads,
 *
 * - the overview interactive: from navigation until every card has drawn its value (target
 *   ≤ 1.5 s), and the slowest API call behind it (target ≤ 1 s each);
 * - a drill-down: the NPS detractors' comments page drawn, and its API call (≤ 0.5 s).
 *
 * The API calls' times are the browser's own Resource Timing entries.
 */
import { startSession } from '../src/services/accounts/sessions.js';
import { addUser } from '../src/services/accounts/users.js';
import { openStore } from '../src/store/openStore.js';
import { launchChromium } from '../src/test-support/headlessChromium.js';
import { largeStore } from './drillDownFigures.js';
import type { Figure } from './figure.js';
import { median } from './measure.js';
import { serve } from './servedStores.js';

const RUNS = 3;

/** A new admin of workspace 1 of the store and the token of a session of theirs. */
export async function adminSession(db: string): Promise<{ workspace: string; token: string }> {
  const store = await openStore({ db });
  try {
    const workspace = ((await store.query<{ name: string }>('bench workspace name', 'select name from workspaces where workspace_id = 1', {}))[0]?.name ??
      'default') as string;
    const email = `bench-${Date.now()}@barometre.invalid`;
    const { user } = await addUser(store, { email, role: 'admin', workspace, password: async () => 'correct horse battery staple' });
    return { workspace, token: (await startSession(store, user.id)).token };
  } finally {
    await store.close();
  }
}

/** Measures the dashboard at BENCH_SCALE; `record` prints and keeps each figure. */
export async function dashboardFigures(record: (figure: Figure) => void): Promise<void> {
  const scale = Number(process.env.BENCH_SCALE ?? '1');
  const db = await largeStore(scale);
  const { workspace, token } = await adminSession(db);
  const { server, url } = await serve(['--db', db]);
  const browser = await launchChromium();
  try {
    const host = new URL(url).hostname;
    const measure = async (path: string, drawn: string) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await context.addCookies([{ name: 'brm_session', value: token, domain: host, path: '/' }]);
      const page = await context.newPage();
      const started = performance.now();
      await page.goto(`${url}${path}${path.includes('?') ? '&' : '?'}workspace=${encodeURIComponent(workspace)}`);
      await page.waitForSelector(drawn, { timeout: 120_000 });
      await page.waitForFunction(() => document.querySelector('[aria-busy="true"], .loading') === null, undefined, { timeout: 120_000 });
      const seconds = (performance.now() - started) / 1000;
      const calls = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .filter((entry) => new URL(entry.name).pathname.startsWith('/api/'))
          .map((entry) => ({ path: new URL(entry.name).pathname, seconds: entry.duration / 1000 })),
      );
      await context.close();
      return { seconds, calls };
    };
    const at = `scale ${scale}`;
    const overview = [];
    for (let run = 0; run < RUNS; run++) overview.push(await measure('/', '[data-indicator] [data-value]'));
    const interactive = median(overview.map((run) => run.seconds));
    record({ name: `DuckDB: dashboard overview interactive (${at})`, value: interactive, unit: 's', target: '≤ 1.5', ok: interactive <= 1.5 });
    const slowest = median(overview.map((run) => Math.max(...run.calls.map((call) => call.seconds))));
    const slowestPath = overview[0]?.calls.reduce((a, b) => (b.seconds > a.seconds ? b : a)).path ?? '';
    record({ name: `DuckDB: slowest API call behind the overview, ${slowestPath} (${at})`, value: slowest, unit: 's', target: '≤ 1', ok: slowest <= 1 });
    const drill = [];
    for (let run = 0; run < RUNS; run++) drill.push(await measure('/app/comments?indicator=nps&band=detractor', '#comments-heading'));
    const drillCall = median(drill.map((run) => run.calls.find((call) => call.path === '/api/feedback')?.seconds ?? Number.NaN));
    record({ name: `DuckDB: drill-down to the detractors' comments, API (${at})`, value: drillCall, unit: 's', target: '≤ 0.5', ok: drillCall <= 0.5 });
    const drillPage = median(drill.map((run) => run.seconds));
    record({ name: `DuckDB: drill-down to the detractors' comments, page drawn (${at})`, value: drillPage, unit: 's', target: 'reference', ok: null });
  } finally {
    await browser.close();
    server.kill('SIGTERM');
  }
}
