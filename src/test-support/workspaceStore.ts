import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { Engine, Row, Store } from '../store/Store.js';
import { findWorkspace } from '../store/workspaces.js';
import { openTestStore, type TestStore } from './engines.js';

/** How the calling describe block wants its store. */
export interface WorkspaceStoreOptions {
  /** The workspace's name; 'test' unless given. */
  workspace?: string;
  /** Whether the workspace is made as a demo workspace. */
  demo?: boolean;
  /** 'test' (the default): a fresh store before each test, removed after it; 'block': one store for the whole block. */
  per?: 'test' | 'block';
  /** What the workspace holds before the tests: imported fixtures, the demo. */
  fill?: (store: Store, workspaceId: number) => Promise<unknown>;
  /** Milliseconds allowed to make and fill the store; vitest's default unless given. */
  timeout?: number;
}

/** The store of a describe block's tests, with its workspace (read them inside the tests). */
export interface WorkspaceStore {
  readonly store: Store;
  readonly workspaceId: number;
  /** Runs a query on the store and returns its rows. */
  read(sql: string): Promise<Row[]>;
}

/**
 * A fresh migrated store on `engine` with one workspace, filled as `options.fill` says, for
 * the tests of the calling describe block: made before each test (or once for the block)
 * and removed after it.
 */
export function workspaceStore(engine: Engine, options: WorkspaceStoreOptions = {}): WorkspaceStore {
  let test: TestStore | undefined;
  let workspaceId: number | undefined;
  const [before, after] = options.per === 'block' ? [beforeAll, afterAll] : [beforeEach, afterEach];
  before(async () => {
    test = await openTestStore(engine);
    workspaceId = (await findWorkspace(test.store, options.workspace ?? 'test', { create: true, demo: options.demo ?? false })).id;
    await options.fill?.(test.store, workspaceId);
  }, options.timeout);
  after(async () => {
    await test?.dispose();
  });
  const made = (): { store: Store; workspaceId: number } => {
    if (test === undefined || workspaceId === undefined) throw new Error('The test store is made before the tests: use it inside a test or hook.');
    return { store: test.store, workspaceId };
  };
  return {
    get store() {
      return made().store;
    },
    get workspaceId() {
      return made().workspaceId;
    },
    read: (sql) => made().store.query('read back', sql),
  };
}
