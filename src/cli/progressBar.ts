import type { Language } from '../output/language.js';
import type { CliOutput } from './Command.js';
import { frenchTypography } from '../output/localeFormat.js';

const WIDTH = 30;

/** The phases the import (src/importing/importFile.ts) and the demo report, in French. */
const FRENCH_PHASES: Readonly<Record<string, string>> = { reading: 'Lecture', 'listing problems': 'Relevé des lignes invalides', writing: 'Écriture' };

/** A phase as reported, in `language`: the import's and the demo's phases in French, any other as it is. */
export function phaseIn(phase: string, language: Language): string {
  if (language !== 'fr') return phase;
  const demo = /^importing demo (.+)$/.exec(phase);
  return demo ? frenchTypography(`Import de la démo : ${demo[1]}`) : (FRENCH_PHASES[phase] ?? phase);
}

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
      const bar =
        percent === null ? '' : ` [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${percent.toFixed(0)}${output.language === 'fr' ? '\u00A0%' : '%'}`;
      output.stderr.write(`\r\x1b[2K${phaseIn(phase, output.language)}…${bar}`);
      drawn = true;
    },
    done() {
      if (drawn) output.stderr.write('\r\x1b[2K');
    },
  };
}
