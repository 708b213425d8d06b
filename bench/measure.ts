import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The middle value (mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Times an async function `runs` times; returns every duration in seconds. */
export async function timeRuns(runs: number, work: () => Promise<unknown>): Promise<number[]> {
  const seconds: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    await work();
    seconds.push((performance.now() - started) / 1000);
  }
  return seconds;
}

export interface ProcessFigures {
  seconds: number;
  /** Peak resident set size in MB, when GNU time is there to measure it. */
  peakRssMb: number | null;
  /** CPU seconds (user + system, every thread), when GNU time is there to measure them: steadier than wall time on a shared machine. */
  cpuSeconds: number | null;
  stdout: string;
}

const GNU_TIME = '/usr/bin/time';

/**
 * Runs a command to completion and measures its wall time and, through GNU time, its peak
 * RSS and CPU time (the whole process: Node, DuckDB's threads and buffers, everything). Fails on a non-zero exit.
 */
export async function runProcess(command: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<ProcessFigures> {
  const folder = mkdtempSync(join(tmpdir(), 'barometre-bench-'));
  const rssFile = join(folder, 'rss');
  const withTime = existsSync(GNU_TIME);
  const [program, programArgs] = withTime ? [GNU_TIME, ['-f', '%M %U %S', '-o', rssFile, command, ...args]] : [command, [...args]];
  const started = performance.now();
  try {
    const stdout = await new Promise<string>((resolve, reject) => {
      const child = spawn(program, programArgs, { env, stdio: ['ignore', 'pipe', 'pipe'] });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
      child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
      child.on('error', reject);
      child.on('close', (code) =>
        code === 0
          ? resolve(Buffer.concat(out).toString())
          : reject(new Error(`${command} ${args.join(' ')} exited ${code}: ${Buffer.concat(err).toString()}`)),
      );
    });
    const seconds = (performance.now() - started) / 1000;
    const [rssKb, user, system] = withTime ? (readFileSync(rssFile, 'utf8').trim().split('\n').pop() ?? '').split(' ').map(Number) : [];
    const peakRssMb = rssKb === undefined ? null : rssKb / 1024;
    const cpuSeconds = user === undefined || system === undefined ? null : user + system;
    return { seconds, peakRssMb, cpuSeconds, stdout };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
