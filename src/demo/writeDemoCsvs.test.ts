import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DEMO_SEED, DEMO_KINDS, buildDemoCsvs } from './buildDemoCsvs.js';
import { writeDemoCsvs, type DemoFiles } from './writeDemoCsvs.js';

let directory: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'barometre-demo-'));
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

async function contents(files: DemoFiles): Promise<Record<string, Buffer>> {
  const result: Record<string, Buffer> = {};
  for (const kind of DEMO_KINDS) result[kind] = await readFile(files[kind]);
  return result;
}

describe('writeDemoCsvs', () => {
  it('writes one CSV per kind, at absolute paths named after the kind, and reports the time taken', async () => {
    const started = performance.now();
    const files = await writeDemoCsvs(join(directory, 'first'));
    const elapsed = performance.now() - started;
    console.log(`demo CSVs generated and written in ${Math.round(elapsed)} ms`);
    expect(Object.keys(files).sort()).toEqual([...DEMO_KINDS].sort());
    for (const kind of DEMO_KINDS) {
      expect(isAbsolute(files[kind])).toBe(true);
      expect(files[kind].endsWith(`${kind}.csv`)).toBe(true);
      expect((await stat(files[kind])).size).toBeGreaterThan(1_000);
    }
    // Generous: the target is about 2 s on a CI machine; this only catches a runaway generator.
    expect(elapsed).toBeLessThan(20_000);
  });

  it('gives byte-identical files for the same seed', async () => {
    const a = await contents(await writeDemoCsvs(join(directory, 'same-a'), { seed: 7 }));
    const b = await contents(await writeDemoCsvs(join(directory, 'same-b'), { seed: 7 }));
    for (const kind of DEMO_KINDS) expect(a[kind]?.equals(b[kind] as Buffer), kind).toBe(true);
  });

  it('gives different files for another seed', async () => {
    const a = await contents(await writeDemoCsvs(join(directory, 'seed-a'), { seed: 7 }));
    const b = await contents(await writeDemoCsvs(join(directory, 'seed-b'), { seed: 8 }));
    for (const kind of DEMO_KINDS) expect(a[kind]?.equals(b[kind] as Buffer), kind).toBe(false);
  });

  it('uses the default seed when none is given', async () => {
    const files = await writeDemoCsvs(join(directory, 'default'));
    const expected = buildDemoCsvs(DEFAULT_DEMO_SEED);
    expect(await readFile(files.mentions, 'utf8')).toBe(expected.mentions);
  });

  it('creates missing parent directories and replaces existing files', async () => {
    const target = join(directory, 'nested', 'deeper');
    await writeDemoCsvs(target, { seed: 1 });
    const files = await writeDemoCsvs(target, { seed: 2 });
    expect(await readFile(files.posts, 'utf8')).toBe(buildDemoCsvs(2).posts);
  });

  it('writes UTF-8 without a byte-order mark, with a header row and a final line break', async () => {
    const files = await writeDemoCsvs(join(directory, 'format'));
    for (const kind of DEMO_KINDS) {
      const bytes = await readFile(files[kind]);
      expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), kind).toBe(false);
      const text = bytes.toString('utf8');
      expect(text.endsWith('\n'), kind).toBe(true);
      expect(text.includes('\r'), kind).toBe(false);
      expect(text.split('\n', 1)[0]?.startsWith(kind === 'audits' ? 'visit_id,' : `${kind.replace(/s$/, '')}_id,`), kind).toBe(true);
    }
  });

  it('refuses a seed that is not a whole number, writing nothing', async () => {
    const target = join(directory, 'refused');
    await expect(writeDemoCsvs(target, { seed: 0.5 })).rejects.toThrow(RangeError);
    await expect(stat(target)).rejects.toThrow();
  });
});
