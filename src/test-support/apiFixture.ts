import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { importFile } from '../importing/importFile.js';
import { createApp } from '../server/createApp.js';
import type { AppEnv } from '../server/route.js';
import { createApiKey } from '../store/apiKeys.js';
import type { Engine } from '../store/Store.js';
import { findWorkspace } from '../store/workspaces.js';
import { writeCdnowOrdersCsv } from './cdnowOrdersCsv.js';
import { openTestStore, type TestStore } from './engines.js';

const REPORT_FIXTURES = join(import.meta.dirname, '..', 'services', 'report', 'fixtures');
const FEEDBACK_FIXTURES = join(import.meta.dirname, '..', 'services', 'feedback', 'fixtures');

/** An app over a fresh store: workspace "shop" with data and its key, workspace "other" empty with its own key. */
export interface ApiFixture {
  test: TestStore;
  app: Hono<AppEnv>;
  key: string;
  otherKey: string;
  /** GET `path` with `Authorization: Bearer <withKey>` (the shop's key by default), or no header for null. */
  get(path: string, withKey?: string | null): Promise<Response>;
}

/**
 * Opens a store on `engine` whose workspace "shop" holds the report's responses, the feedback
 * texts and, with `orders`, the CDNOW sample's orders; "other" holds nothing.
 */
export async function openApiFixture(engine: Engine, { orders = false } = {}): Promise<ApiFixture> {
  const test = await openTestStore(engine);
  const workspace = await findWorkspace(test.store, 'shop', { create: true });
  await importFile(test.store, { kind: 'responses', file: join(REPORT_FIXTURES, 'responses.csv'), workspaceId: workspace.id });
  for (const kind of ['responses', 'mentions'] as const) {
    await importFile(test.store, { kind, file: join(FEEDBACK_FIXTURES, `${kind}.csv`), workspaceId: workspace.id });
  }
  if (orders) {
    const cdnowFile = join(mkdtempSync(join(tmpdir(), 'barometre-api-')), 'cdnow.csv');
    writeCdnowOrdersCsv(cdnowFile);
    await importFile(test.store, { kind: 'orders', file: cdnowFile, workspaceId: workspace.id });
  }
  const key = (await createApiKey(test.store, workspace.id, 'read')).key;
  const otherKey = (await createApiKey(test.store, (await findWorkspace(test.store, 'other', { create: true })).id, 'read')).key;
  const app = createApp(test.store);
  const get = async (path: string, withKey: string | null = key) =>
    app.request(path, withKey === null ? {} : { headers: { authorization: `Bearer ${withKey}` } });
  return { test, app, key, otherKey, get };
}
