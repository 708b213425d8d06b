import type { Change } from '../api/types.js';
import type { ValueKind } from '../indicators/catalogue.js';
import { formatDelta } from '../indicators/formatValue.js';
import { COMMON, say, useLanguage } from '../i18n/words.js';

/** Whether a change is good, bad or neither, for an indicator where a rise is good (`true`), bad (`false`) or neither (`null`). */
export function changeTone(change: Change, higherIsBetter: boolean | null): 'good' | 'bad' | 'neutral' {
  if (change.significant !== true || change.delta === null || change.delta === 0 || higherIsBetter === null) return 'neutral';
  return change.delta > 0 === higherIsBetter ? 'good' : 'bad';
}

/**
 * The change of an indicator against the comparison period: its size, and whether the test
 * (docs/indicators.md) finds it real, or not distinguishable from noise, or has no test.
 */
export function ChangeBadge({ change, kind, higherIsBetter }: { change: Change; kind: ValueKind; higherIsBetter: boolean | null }) {
  const language = useLanguage();
  if (change.delta === null) return null;
  const verdict = change.significant === null ? COMMON.untested : change.significant ? COMMON.realChange : COMMON.noise;
  const tone = changeTone(change, higherIsBetter);
  return (
    <p class={`change change-${tone}`}>
      <strong>{formatDelta(change.delta, kind, language)}</strong> <span class="verdict">{say(verdict, language)}</span>
    </p>
  );
}
