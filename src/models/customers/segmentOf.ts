/** The customer segments of `barometre customers`, rules in docs/customers.md. */
export const SEGMENTS = ['champions', 'loyal', 'promising', 'at-risk', 'hibernating', 'lost'] as const;
export type Segment = (typeof SEGMENTS)[number];

/** Below this probability of being alive, a customer is lost whatever their scores. */
export const LOST_P_ALIVE = 0.1;

export interface SegmentInput {
  /** Recency score 1–5 (5 = bought most recently). */
  r: number;
  /** Frequency score 1–5 (5 = most repeat purchases). */
  f: number;
  /** Probability that the customer is still active, from the purchase model; null when no model could be fitted. */
  pAlive: number | null;
}

/**
 * Puts a customer in one segment from their RFM recency and frequency scores and P(alive),
 * the rules tried in this order (docs/customers.md):
 * lost — P(alive) < 0.1, or R = 1 and F ≤ 2; champions — R ≥ 4 and F ≥ 4;
 * at-risk — R ≤ 2 and F ≥ 3 (bought often, not lately); loyal — F ≥ 3;
 * promising — R ≥ 4 (recent, few purchases yet); hibernating — everyone else.
 *
 * @example segmentOf({ r: 5, f: 5, pAlive: 0.9 }) // 'champions'
 * @example segmentOf({ r: 2, f: 4, pAlive: 0.6 }) // 'at-risk'
 */
export function segmentOf({ r, f, pAlive }: SegmentInput): Segment {
  if ((pAlive !== null && pAlive < LOST_P_ALIVE) || (r === 1 && f <= 2)) return 'lost';
  if (r >= 4 && f >= 4) return 'champions';
  if (r <= 2 && f >= 3) return 'at-risk';
  if (f >= 3) return 'loyal';
  if (r >= 4) return 'promising';
  return 'hibernating';
}

/** Narrows a user-given segment name, for a clear error on anything else. */
export function isSegment(name: string): name is Segment {
  return (SEGMENTS as readonly string[]).includes(name);
}
