/** One tenth of the customers ranked by predicted CLV: how many, their total CLV and its share of everyone's. */
export interface ClvDecile {
  /** 1 = the tenth with the highest values. */
  decile: number;
  customers: number;
  total: number;
  /** Percent of all customers' total CLV (0–100); null when that total is 0. */
  share: number | null;
}

/** The sum of the predicted values. */
export function clvTotal(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0);
}

/**
 * The customers ranked by predicted CLV, highest first, cut into ten groups as equal as
 * possible (the first ones one larger when the count is not a multiple of 10; empty groups
 * are left out when there are fewer than ten customers), each with its total and share.
 */
export function clvDeciles(values: readonly number[]): ClvDecile[] {
  const ranked = [...values].sort((a, b) => b - a);
  const total = clvTotal(ranked);
  const size = Math.floor(ranked.length / 10);
  const larger = ranked.length % 10;
  const deciles: ClvDecile[] = [];
  let start = 0;
  for (let decile = 1; decile <= 10; decile += 1) {
    const count = size + (decile <= larger ? 1 : 0);
    if (count === 0) continue;
    const sum = clvTotal(ranked.slice(start, start + count));
    deciles.push({ decile, customers: count, total: sum, share: total > 0 ? (100 * sum) / total : null });
    start += count;
  }
  return deciles;
}
