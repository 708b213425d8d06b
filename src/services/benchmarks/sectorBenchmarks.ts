import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { BenchmarkRow } from '../../indicators/benchmarks/benchmark.js';
import { compareText } from '../../output/compareText.js';
import { findInPackage } from '../../output/findInPackage.js';

/** Where the figures ship, inside the package (datasets/benchmarks/README.md). */
const BENCHMARKS_FILE = 'datasets/benchmarks/benchmarks.csv';

const COLUMNS = ['metric', 'method', 'segment', 'country', 'value', 'unit', 'source', 'year', 'verification', 'note'] as const;
const VERIFICATIONS: readonly BenchmarkRow['verification'][] = ['primary', 'secondary', 'unverified'];

/**
 * Turns the text of benchmarks.csv into rows, checking each: a number for `value`, a year or
 * nothing for `year`, a known verification level, a source on every row (no figure without
 * its source). A file that breaks one of these throws, naming the line: it ships with the
 * program, so a bad row is a bug.
 */
export function parseBenchmarks(text: string): BenchmarkRow[] {
  const records = parse(text, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  return records.map((record, index) => {
    const where = `benchmarks.csv, line ${index + 2}`;
    for (const column of COLUMNS) if (typeof record[column] !== 'string') throw new Error(`${where} has no ${column} column.`);
    const value = Number(record.value);
    const year = record.year === '' ? null : Number(record.year);
    const verification = VERIFICATIONS.find((level) => level === record.verification);
    if (record.value === '' || !Number.isFinite(value)) throw new Error(`${where}: value ${JSON.stringify(record.value)} is not a number.`);
    if (year !== null && !Number.isInteger(year)) throw new Error(`${where}: year ${JSON.stringify(record.year)} is not a year.`);
    if (verification === undefined) throw new Error(`${where}: verification ${JSON.stringify(record.verification)} is not one of ${VERIFICATIONS.join(', ')}.`);
    if (record.source!.trim() === '' || record.metric!.trim() === '' || record.segment!.trim() === '') {
      throw new Error(`${where} lacks its metric, segment or source.`);
    }
    return {
      metric: record.metric!,
      method: record.method!,
      segment: record.segment!,
      country: record.country!,
      value,
      unit: record.unit!,
      source: record.source!,
      year,
      verification,
      note: record.note!,
    };
  });
}

let loaded: readonly BenchmarkRow[] | undefined;

/** The sector figures shipped with Baromètre, read once per process. */
export function sectorBenchmarks(): readonly BenchmarkRow[] {
  if (loaded === undefined) {
    const file = findInPackage(BENCHMARKS_FILE, import.meta.url);
    if (file === null) throw new Error(`${BENCHMARKS_FILE} is missing from the installation.`);
    loaded = parseBenchmarks(readFileSync(file, 'utf8'));
  }
  return loaded;
}

/** The segments the figures describe, each once, sorted: the sectors a workspace may choose. */
export function benchmarkSectors(): string[] {
  return [...new Set(sectorBenchmarks().map((row) => row.segment))].sort(compareText);
}

/** The countries as the file writes them (`US`, `UK`, `global`), each once. */
export function benchmarkCountries(): string[] {
  return [...new Set(sectorBenchmarks().map((row) => row.country))].sort(compareText);
}
