import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DEMO_SEED, DEMO_KINDS } from './buildDemoCsvs.js';
import { DEMO_FILES_TIMEOUT_MS } from '../test-support/readDemoFiles.js';
import { writeDemoCsvs, type DemoFiles } from './writeDemoCsvs.js';

let directory: string;
/** The default demo, written once; how long that took is printed. */
let defaults: DemoFiles;
let defaultMs: number;
/** The bytes of the demo for seed 7. */
let seven: Record<string, Buffer>;

async function contents(files: DemoFiles): Promise<Record<string, Buffer>> {
  const result: Record<string, Buffer> = {};
  for (const kind of DEMO_KINDS) result[kind] = await readFile(files[kind]);
  return result;
}

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'barometre-demo-'));
  const started = performance.now();
  defaults = await writeDemoCsvs(join(directory, 'default'));
  defaultMs = performance.now() - started;
  console.log(`demo CSVs generated and written in ${Math.round(defaultMs)} ms`);
  seven = await contents(await writeDemoCsvs(join(directory, 'seven'), { seed: 7 }));
}, DEMO_FILES_TIMEOUT_MS);

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('writeDemoCsvs', () => {
  it('writes one CSV per kind, at absolute paths named after the kind, in reasonable time', async () => {
    expect(Object.keys(defaults).sort()).toEqual([...DEMO_KINDS].sort());
    for (const kind of DEMO_KINDS) {
      expect(isAbsolute(defaults[kind])).toBe(true);
      expect(defaults[kind]).toBe(join(directory, 'default', `${kind}.csv`));
      expect((await stat(defaults[kind])).size).toBeGreaterThan(1_000);
    }
    // Generous: the target is about 2 s on a CI machine; this only catches a runaway generator.
    expect(defaultMs).toBeLessThan(20_000);
  });

  it('gives byte-identical files for the same seed', async () => {
    const again = await contents(await writeDemoCsvs(join(directory, 'seven-again'), { seed: 7 }));
    for (const kind of DEMO_KINDS) expect(again[kind]?.equals(seven[kind] as Buffer), kind).toBe(true);
  });

  it('gives a different file of every kind for another seed', async () => {
    const eight = await contents(await writeDemoCsvs(join(directory, 'eight'), { seed: 8 }));
    for (const kind of DEMO_KINDS) expect(eight[kind]?.equals(seven[kind] as Buffer), kind).toBe(false);
  });

  it('uses the default seed when none is given', async () => {
    const explicit = await contents(await writeDemoCsvs(join(directory, 'explicit'), { seed: DEFAULT_DEMO_SEED }));
    const implicit = await contents(defaults);
    for (const kind of DEMO_KINDS) expect(explicit[kind]?.equals(implicit[kind] as Buffer), kind).toBe(true);
  });

  it('creates missing parent directories and replaces existing files', async () => {
    const target = join(directory, 'nested', 'deeper');
    await writeDemoCsvs(target, { seed: 8 });
    const replaced = await contents(await writeDemoCsvs(target, { seed: 7 }));
    for (const kind of DEMO_KINDS) expect(replaced[kind]?.equals(seven[kind] as Buffer), kind).toBe(true);
  });

  it('writes UTF-8 without a byte-order mark or carriage returns, header first, ending with a line break', async () => {
    for (const kind of DEMO_KINDS) {
      const bytes = await readFile(defaults[kind]);
      expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), kind).toBe(false);
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      expect(text.endsWith('\n'), kind).toBe(true);
      expect(text.includes('\r'), kind).toBe(false);
      const idColumn = kind === 'audits' ? 'visit_id' : `${kind.replace(/s$/, '')}_id`;
      expect(text.slice(0, text.indexOf('\n')).split(',')[0], kind).toBe(idColumn);
    }
  });

  it('refuses a seed that is not a whole number, writing nothing', async () => {
    const target = join(directory, 'refused');
    await expect(writeDemoCsvs(target, { seed: 0.5 })).rejects.toThrow('The demo seed must be a whole number, got 0.5.');
    await expect(stat(target)).rejects.toThrow();
  });
});
