import type { GrowthPoint } from './growthFigures.js';

/** One bench figure as bench/run.ts prints it beside its target and writes it to bench/results.json. */
export interface Figure {
  /** Identifies the figure across runs (a partial run replaces the figures of the same name). */
  name: string;
  value: number;
  unit: string;
  /** The target as written (e.g. "≤ 2"), or "reference" for a figure without one. */
  target: string;
  /** Whether the target is met; null for a reference figure. */
  ok: boolean | null;
  /** Its place in the growth series, for bench/growthChart.ts. */
  growth?: GrowthPoint;
  /** What the figure was made of (e.g. both sides of a ratio), printed after it; kept out of the name. */
  detail?: string;
}
