/**
 * Checks that the held-out CX check set (cx_seed_check.csv) shares no run of 4 or more
 * consecutive words with the seed training file (cx_seed_train.csv), after lower-casing,
 * folding accents and keeping letters and digits only. Exits 1 and lists the offending pairs
 * otherwise.
 *
 *   npx tsx scripts/data/checkSeedOverlap.ts [N]     # N: run length, 4 by default
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

const here = dirname(fileURLToPath(import.meta.url));
const n = Number(process.argv[2] ?? 4);

function words(text: string): string[] {
  return (
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

function runs(text: string): string[] {
  const list = words(text);
  const out: string[] = [];
  for (let i = 0; i + n <= list.length; i++) out.push(list.slice(i, i + n).join(' '));
  return out;
}

const read = (name: string): { text: string }[] => parse(readFileSync(join(here, name)), { columns: true }) as { text: string }[];
const train = read('cx_seed_train.csv');
const check = read('cx_seed_check.csv');
const seen = new Map<string, string>();
for (const row of train) for (const run of runs(row.text)) seen.set(run, row.text);
let clashes = 0;
for (const row of check) {
  for (const run of runs(row.text)) {
    const other = seen.get(run);
    if (other === undefined) continue;
    clashes++;
    console.log(`"${run}": check ${JSON.stringify(row.text)} / train ${JSON.stringify(other)}`);
  }
}
const exact = check.filter((row) => train.some((t) => words(t.text).join(' ') === words(row.text).join(' '))).length;
console.log(`${check.length} check rows, ${train.length} train rows: ${clashes} shared ${n}-word runs, ${exact} identical texts`);
process.exit(clashes > 0 || exact > 0 ? 1 : 0);
