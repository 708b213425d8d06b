import { ENPS_MIN_RESPONDENTS } from '../recommendation/enps.js';

/**
 * Why an employee figure is hidden (docs/indicators.md, "Anonymity"): `small`, 1 to 4
 * respondents; `complement`, shown beside its total and the other groups it would reveal a
 * small group by subtraction; `filter`, the --where leaves out 1 to 4 respondents of the
 * unfiltered figure, which subtraction would reveal.
 */
export type SuppressionReason = 'small' | 'complement' | 'filter';

/** Whether `n` respondents are too few to show: 1 to 4 (0 has no one to protect). */
export function isSmallGroup(n: number): boolean {
  return n > 0 && n < ENPS_MIN_RESPONDENTS;
}

/**
 * Whether a filtered figure of `filtered` respondents must be hidden because the unfiltered one
 * (`unfiltered` respondents, same period and split) differs from it by 1 to 4 respondents:
 * shown together, their difference would be a group under 5.
 *
 * @example filterRevealsFew(20, 23) // true: the 3 left out could be read off
 */
export function filterRevealsFew(filtered: number, unfiltered: number): boolean {
  return filtered > 0 && isSmallGroup(unfiltered - filtered);
}

/**
 * Which groups of a split to hide so that no group under 5 respondents can be read, neither
 * on its own nor by subtracting the shown groups from the shown total: the groups of 1 to 4
 * (and those `alreadyHidden`, e.g. by {@link filterRevealsFew}), then — while the hidden
 * groups together hold 1 to 4 respondents — the smallest shown group with respondents too
 * (secondary suppression, as statistical offices do for tables: Hundepool et al., "Statistical
 * Disclosure Control", Wiley 2012, §4.2). Returns, per group, null when shown or the reason.
 *
 * @example groupsToHide([30, 3, 12, 0]) // [null, 'small', 'complement', null]
 */
export function groupsToHide(counts: readonly number[], alreadyHidden: readonly (SuppressionReason | null)[] = []): (SuppressionReason | null)[] {
  const hidden = counts.map((n, index) => alreadyHidden[index] ?? (isSmallGroup(n) ? 'small' : null));
  const hiddenTotal = () => counts.reduce((sum, n, index) => sum + (hidden[index] === null ? 0 : n), 0);
  while (isSmallGroup(hiddenTotal())) {
    let smallest = -1;
    counts.forEach((n, index) => {
      if (hidden[index] === null && n > 0 && (smallest < 0 || n < counts[smallest]!)) smallest = index;
    });
    if (smallest < 0) break;
    hidden[smallest] = 'complement';
  }
  return hidden;
}
