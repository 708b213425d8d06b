import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_KINDS } from './buildDemoCsvs.js';
import { parseCsv } from '../test-support/parseCsv.js';
import { DEMO_FILES_TIMEOUT_MS } from '../test-support/readDemoFiles.js';
import { writeDemoCsvs, type DemoFiles } from './writeDemoCsvs.js';

/**
 * Reads every demo file with DuckDB's own CSV reader, left to detect the dialect itself as an
 * importer would, and checks it sees exactly the rows and fields the independent reader sees:
 * the quoting of commas, quotes and line breaks in comments survives a real CSV engine.
 */

let directory: string;
let files: DemoFiles;
let instance: DuckDBInstance;
let connection: DuckDBConnection;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'barometre-demo-duckdb-'));
  files = await writeDemoCsvs(directory);
  instance = await DuckDBInstance.create(':memory:');
  connection = await instance.connect();
}, DEMO_FILES_TIMEOUT_MS);

afterAll(async () => {
  connection?.closeSync();
  instance?.closeSync();
  await rm(directory, { recursive: true, force: true });
});

describe('the demo files read by DuckDB', () => {
  it.each(DEMO_KINDS.map((kind) => [kind]))('give the same %s rows as the RFC 4180 reader', async (kind) => {
    const expected = parseCsv(await readFile(files[kind], 'utf8'));
    const reader = await connection.runAndReadAll(`select * from read_csv($path, all_varchar = true)`, { path: files[kind] });
    const actual = reader
      .getRowObjectsJS()
      .map((row) => Object.fromEntries(Object.entries(row).map(([column, value]) => [column, value === null ? '' : String(value)])));
    expect(reader.columnNames()).toEqual(Object.keys(expected[0] ?? {}));
    expect(actual.length).toBe(expected.length);
    const differing = actual.findIndex((row, index) => JSON.stringify(row) !== JSON.stringify(expected[index]));
    expect(differing === -1 ? null : { line: differing, duckdb: actual[differing], rfc4180: expected[differing] }).toBeNull();
  });
});
