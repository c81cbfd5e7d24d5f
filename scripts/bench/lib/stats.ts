/** Small numeric helpers for the benchmark: medians of repeated runs and comparisons between them. */

/** The middle value (mean of the two middle values for an even count); `undefined` for no values. */
export function median(values: readonly number[]): number | undefined {
  const finite = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (finite.length === 0) return undefined;
  const middle = Math.floor(finite.length / 2);
  return finite.length % 2 === 1 ? finite[middle]! : (finite[middle - 1]! + finite[middle]!) / 2;
}

/** `ours / baseline`, or `undefined` when it has no meaning (a missing figure or a zero baseline). */
export function ratio(ours: number | undefined, baseline: number | undefined): number | undefined {
  if (ours === undefined || baseline === undefined || baseline === 0) return undefined;
  return ours / baseline;
}

export function difference(ours: number | undefined, baseline: number | undefined): number | undefined {
  if (ours === undefined || baseline === undefined) return undefined;
  return ours - baseline;
}

/**
 * How a cost grows with size: k in cost ∝ size^k between two measurements. k = 1 is linear,
 * k < 1 means a fixed part dominates, k > 1 means each added item costs more than the last.
 */
export function growthExponent(
  small: { size: number; cost: number },
  large: { size: number; cost: number },
): number | undefined {
  if (small.size <= 0 || large.size <= small.size || small.cost <= 0 || large.cost <= 0) return undefined;
  return Math.log(large.cost / small.cost) / Math.log(large.size / small.size);
}

/** Cost of each added item between two sizes: (cost₂ − cost₁) / (size₂ − size₁). */
export function marginalCost(
  small: { size: number; cost: number },
  large: { size: number; cost: number },
): number | undefined {
  if (large.size === small.size) return undefined;
  return (large.cost - small.cost) / (large.size - small.size);
}

/** Consecutive (size, cost) measurements and what they say about growth. */
export interface Growth {
  /** Cost of each added item between consecutive sizes. */
  marginal: number[];
  /** k in cost ∝ size^k between consecutive sizes. */
  exponents: (number | undefined)[];
  /** Each step's marginal cost divided by the step before's: 1 for a straight line. */
  ratios: (number | undefined)[];
  /** True when no step costs more per added item than `tolerance` times the step before. */
  linearOrBetter: boolean;
}

/**
 * Whether a cost grows no worse than linearly. A linear cost with a fixed part, a + b·n, adds the
 * same b per item at every size, so consecutive marginal costs keep a ratio of about 1; a quadratic
 * cost quadruples it when the sizes grow fourfold. `tolerance` absorbs the noise of a shared machine
 * (n·log n stays under 1.2 for the sizes measured here). When the previous step added nothing
 * measurable, the step is compared with the average cost per item instead, which a linear cost
 * never exceeds.
 */
export function growth(points: readonly { size: number; cost: number }[], tolerance = 1.3): Growth | undefined {
  const sorted = [...points].sort((a, b) => a.size - b.size);
  if (sorted.length < 2 || sorted.some((point, index) => index > 0 && point.size === sorted[index - 1]!.size)) {
    return undefined;
  }
  const marginal: number[] = [];
  const exponents: (number | undefined)[] = [];
  for (let index = 1; index < sorted.length; index++) {
    marginal.push(marginalCost(sorted[index - 1]!, sorted[index]!)!);
    exponents.push(growthExponent(sorted[index - 1]!, sorted[index]!));
  }
  const ratios: (number | undefined)[] = [];
  let linearOrBetter = true;
  for (let index = 1; index < marginal.length; index++) {
    const before = marginal[index - 1]!;
    const now = marginal[index]!;
    if (before > 0) {
      ratios.push(now / before);
      if (now > before * tolerance) linearOrBetter = false;
    } else {
      ratios.push(undefined);
      const point = sorted[index]!;
      if (now > (point.cost / point.size) * tolerance) linearOrBetter = false;
    }
  }
  if (marginal.length === 1) {
    // Two sizes only: a linear cost with a fixed part never grows faster than the size itself.
    const k = exponents[0];
    linearOrBetter = k === undefined || k <= 1 + (tolerance - 1) / 3;
  }
  return { marginal, exponents, ratios, linearOrBetter };
}
