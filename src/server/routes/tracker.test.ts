import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SetupError } from '../../errors/errors.js';
import { TRACKER_GZIP_LIMIT, WIDGET_GZIP_LIMIT } from '../../../scripts/buildTracker.js';
import { TRACKER_SCRIPT_FILE, WIDGET_SCRIPT_FILE } from '../../tracker/scriptFile.js';
import { openTestStore, type TestStore } from '../../test-support/engines.js';
import { createApp } from '../createApp.js';
import { readBuiltFile } from '../sendBuiltFile.js';
import { browserScriptRoute, TRACKER_MAX_AGE_SECONDS } from './tracker.js';

const SCRIPT = '(()=>{window.tracked=1})();';

describe('GET /script.js', () => {
  let test: TestStore;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    test = await openTestStore('duckdb');
    const file = join(mkdtempSync(join(tmpdir(), 'barometre-tracker-')), 'script.js');
    writeFileSync(file, SCRIPT);
    const script = readBuiltFile(file);
    app = createApp(test.store, [browserScriptRoute('/script.js', () => script)]);
  });
  afterAll(async () => test?.dispose());

  it('serves the built file to anyone as JavaScript, cached a short while, loadable from any site', async () => {
    const response = await app.request('/script.js');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(SCRIPT);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe(`public, max-age=${TRACKER_MAX_AGE_SECONDS}`);
    expect(response.headers.get('etag')).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers 304 without a body when If-None-Match names its ETag, weak or in a list', async () => {
    const etag = (await app.request('/script.js')).headers.get('etag') as string;
    for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const response = await app.request('/script.js', { headers: { 'if-none-match': ifNoneMatch } });
      expect(response.status, ifNoneMatch).toBe(304);
      expect(await response.text()).toBe('');
      expect(response.headers.get('etag')).toBe(etag);
      expect(response.headers.get('cache-control')).toBe(`public, max-age=${TRACKER_MAX_AGE_SECONDS}`);
    }
    expect((await app.request('/script.js', { headers: { 'if-none-match': '"stale"' } })).status).toBe(200);
  });

  it('sends it gzipped to a client that accepts gzip', async () => {
    const response = await app.request('/script.js', { headers: { 'accept-encoding': 'br, gzip' } });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('vary')).toBe('Accept-Encoding');
    expect(gunzipSync(Buffer.from(await response.arrayBuffer())).toString()).toBe(SCRIPT);
  });

  it('refuses URL parameters and other methods like every route', async () => {
    expect((await app.request('/script.js?v=2')).status).toBe(400);
    expect((await app.request('/script.js', { method: 'POST' })).status).toBe(405);
  });
});

describe('readBuiltFile', () => {
  it('says to run the build when the file is missing, in one sentence, French too', () => {
    const missing = join(tmpdir(), 'barometre-no-such-dir', 'script.js');
    let error: unknown;
    try {
      readBuiltFile(missing);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SetupError);
    expect((error as SetupError).message).toBe(`The built file ${missing} is missing: run npm run build (npm install runs it) before barometre serve.`);
    expect((error as SetupError).inFrench()).toContain('lancez npm run build');
  });

  it('reads the installed builds, which npm run build makes under their budgets: 1.5 KB for the tracker, 6 KB for the widget', () => {
    const tracker = readBuiltFile(TRACKER_SCRIPT_FILE);
    expect(tracker.body).toContain('barometre');
    expect(tracker.gzipped.length).toBeLessThanOrEqual(TRACKER_GZIP_LIMIT);
    expect(TRACKER_GZIP_LIMIT).toBe(1536);
    const widget = readBuiltFile(WIDGET_SCRIPT_FILE);
    expect(widget.body).toContain('widget.json');
    expect(widget.gzipped.length).toBeLessThanOrEqual(WIDGET_GZIP_LIMIT);
    expect(WIDGET_GZIP_LIMIT).toBe(6144);
  });
});
