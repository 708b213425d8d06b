import { type CustomerRow, type Segment, SEGMENTS } from '../../api/types.js';

/** The customers of one segment: how many and their share of all customers (0–100, null when there is nobody). */
export interface SegmentCount {
  segment: Segment;
  customers: number;
  share: number | null;
}

/** How many customers each segment holds, in the order of docs/customers.md, empty segments included. */
export function segmentCounts(customers: readonly Pick<CustomerRow, 'segment'>[]): SegmentCount[] {
  const counts = new Map<Segment, number>(SEGMENTS.map((segment) => [segment, 0]));
  for (const { segment } of customers) counts.set(segment, (counts.get(segment) ?? 0) + 1);
  return SEGMENTS.map((segment) => {
    const count = counts.get(segment) ?? 0;
    return { segment, customers: count, share: customers.length > 0 ? (100 * count) / customers.length : null };
  });
}

/** The segment a view names when it is one of docs/customers.md's, else `at-risk` (the list worth a call). */
export function segmentOfView(segment: string | undefined): Segment {
  return (SEGMENTS as readonly string[]).includes(segment ?? '') ? (segment as Segment) : 'at-risk';
}
