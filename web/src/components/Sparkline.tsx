import { sparklinePath } from '../charts/sparklinePath.js';

/** A small line of an indicator's values over the series' periods; decorative (the card and the family page say the figures in words). */
export function Sparkline({ values }: { values: readonly (number | null)[] }) {
  const path = sparklinePath(values, 120, 28);
  if (path === '') return null;
  return (
    <svg class="sparkline" viewBox="0 0 120 28" width="120" height="28" aria-hidden="true">
      <path d={path} fill="none" stroke="currentColor" stroke-width="1.5" />
    </svg>
  );
}
