import type { CliOutput } from './Command.js';

const WIDTH = 30;

/**
 * A progress reporter for long work: redraws one line on stderr when stderr is a terminal,
 * and does nothing otherwise (pipes, CI logs, --json consumers see no progress).
 * Call `done()` to clear the line.
 */
export function progressBar(output: CliOutput): { update: (phase: string, percent: number | null) => void; done: () => void } {
  if (!output.stderr.isTTY) return { update: () => undefined, done: () => undefined };
  let drawn = false;
  return {
    update(phase, percent) {
      const filled = percent === null ? 0 : Math.round((Math.max(0, Math.min(100, percent)) / 100) * WIDTH);
      const bar = percent === null ? '' : ` [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${percent.toFixed(0)}%`;
      output.stderr.write(`\r\x1b[2K${phase}…${bar}`);
      drawn = true;
    },
    done() {
      if (drawn) output.stderr.write('\r\x1b[2K');
    },
  };
}
