/**
 * A confidence interval as `[low, high]`, in the unit of the value it brackets (percent for
 * proportions, NPS points for NPS, scale units for a mean). `low ≤ high` always.
 */
export type Interval = [low: number, high: number];
