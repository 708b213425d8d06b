import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NotFoundError } from '../errors/errors.js';
import { openStore } from './openStore.js';

describe('openStore on a DuckDB file', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'barometre-open-'));
  });
  afterEach(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('creates a new file (and its folder) readable and writable by its owner only', async () => {
    const path = join(folder, 'nested', 'b.duckdb');
    const store = await openStore({ db: path, databaseUrl: undefined });
    await store.close();
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('refuses a missing file when the caller only reads, and creates nothing', async () => {
    const path = join(folder, 'missing.duckdb');
    const error = await openStore({ db: path, mustExist: true }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as Error).message).toBe(
      `There is no database file ${path}: import data into it first (barometre import, barometre demo), or name another with --db.`,
    );
    expect(existsSync(path)).toBe(false);
  });

  it('opens an existing file when the caller only reads', async () => {
    const path = join(folder, 'b.duckdb');
    await (await openStore({ db: path })).close();
    const store = await openStore({ db: path, mustExist: true });
    expect(store.location).toContain('b.duckdb');
    await store.close();
  });
});
