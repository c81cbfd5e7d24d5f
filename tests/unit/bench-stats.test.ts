import { describe, expect, it } from 'vitest';
import { difference, growth, growthExponent, marginalCost, median, ratio } from '../../scripts/bench/lib/stats.ts';

describe('median', () => {
  it('takes the middle of an odd count and the mean of the two middles of an even count', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('ignores missing figures and has none for no runs', () => {
    expect(median([Number.NaN, 5, Number.POSITIVE_INFINITY])).toBe(5);
    expect(median([])).toBeUndefined();
  });
});

describe('comparisons with the baseline', () => {
  it('gives a ratio only when both figures exist and the baseline is not zero', () => {
    expect(ratio(300, 200)).toBe(1.5);
    expect(ratio(10, 0)).toBeUndefined();
    expect(ratio(undefined, 2)).toBeUndefined();
  });
  it('gives a signed difference', () => {
    expect(difference(0.95, 0.98)).toBeCloseTo(-0.03);
    expect(difference(1, undefined)).toBeUndefined();
  });
});

describe('growth with size', () => {
  const sizes = [250, 1000, 4000];
  const series = (cost: (n: number) => number) => sizes.map((size) => ({ size, cost: cost(size) }));

  it('reads k = 1 for a cost proportional to size and k = 2 for a quadratic one', () => {
    expect(growthExponent({ size: 1000, cost: 10 }, { size: 4000, cost: 40 })).toBeCloseTo(1);
    expect(growthExponent({ size: 1000, cost: 10 }, { size: 4000, cost: 160 })).toBeCloseTo(2);
  });

  it('gives the cost of each added item between two sizes', () => {
    expect(marginalCost({ size: 250, cost: 10_000 }, { size: 1000, cost: 25_000 })).toBe(20);
  });

  it('calls a linear cost with a large fixed part linear', () => {
    const result = growth(series((n) => 8000 + 12 * n))!;
    expect(result.marginal).toEqual([12, 12]);
    expect(result.ratios).toEqual([1]);
    expect(result.linearOrBetter).toBe(true);
  });

  it('calls n·log n linear enough and a quadratic cost hidden behind a fixed part worse than linear', () => {
    expect(growth(series((n) => 5000 + n * Math.log(n)))!.linearOrBetter).toBe(true);
    const quadratic = growth(series((n) => 60_000 + 0.001 * n * n))!;
    expect(quadratic.exponents.every((k) => k! < 1)).toBe(true);
    expect(quadratic.ratios[0]).toBeCloseTo(4);
    expect(quadratic.linearOrBetter).toBe(false);
  });

  it('judges a step after a flat one against the average cost per item', () => {
    expect(growth([{ size: 250, cost: 9000 }, { size: 1000, cost: 8900 }, { size: 4000, cost: 20_000 }])!.linearOrBetter).toBe(true);
    expect(growth([{ size: 250, cost: 9000 }, { size: 1000, cost: 8900 }, { size: 4000, cost: 200_000 }])!.linearOrBetter).toBe(false);
  });

  it('uses the growth exponent when only two sizes were measured', () => {
    expect(growth([{ size: 1000, cost: 10 }, { size: 4000, cost: 30 }])!.linearOrBetter).toBe(true);
    expect(growth([{ size: 1000, cost: 10 }, { size: 4000, cost: 80 }])!.linearOrBetter).toBe(false);
  });

  it('needs two different sizes', () => {
    expect(growth([{ size: 1000, cost: 10 }])).toBeUndefined();
    expect(growth([{ size: 1000, cost: 10 }, { size: 1000, cost: 11 }])).toBeUndefined();
  });
});
