/** A measured cost at one data size. */
export interface SizedCost {
  size: number;
  cost: number;
}

/** How a cost grows between two sizes: cost ∝ size^slope on that stretch. */
export interface GrowthStretch {
  fromSize: number;
  toSize: number;
  slope: number;
}

/**
 * The log–log slope between each point and the next (points taken in order of size):
 * ln(cost₂ ÷ cost₁) ÷ ln(size₂ ÷ size₁), the exponent b of cost ∝ size^b on that stretch
 * (1: linear, 0: flat, below 1: less than proportional). Points of equal size, or with a
 * size or cost that is not positive, have no logarithm and are left out.
 *
 * @example logLogSlopes([{ size: 1e6, cost: 2 }, { size: 1e7, cost: 20 }])[0].slope // 1
 */
export function logLogSlopes(points: readonly SizedCost[]): GrowthStretch[] {
  const usable = points.filter((point) => point.size > 0 && point.cost > 0).sort((a, b) => a.size - b.size);
  const stretches: GrowthStretch[] = [];
  for (let index = 1; index < usable.length; index++) {
    const [from, to] = [usable[index - 1]!, usable[index]!];
    if (from.size === to.size) continue;
    stretches.push({ fromSize: from.size, toSize: to.size, slope: Math.log(to.cost / from.cost) / Math.log(to.size / from.size) });
  }
  return stretches;
}
