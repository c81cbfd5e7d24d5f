import { describe, expect, it } from 'vitest';
import { DEFAULT_BUILD_ONLY_SIZES, DEFAULT_BUILD_SIZES, DEFAULT_SCALE_SIZES, DEFAULT_SCROLL_SECONDS, parseArgs, UsageError } from '../../scripts/bench/lib/args.ts';
import { BUILD_BASELINE, PAGE_BASELINE } from '../../scripts/bench/targets.ts';

describe('parseArgs', () => {
  it('runs everything three times by default', () => {
    expect(parseArgs([])).toEqual({
      runs: 3,
      scaleSizes: DEFAULT_SCALE_SIZES,
      buildOnlySizes: DEFAULT_BUILD_ONLY_SIZES,
      pageBaseline: PAGE_BASELINE,
      builds: true,
      buildSizes: DEFAULT_BUILD_SIZES,
      buildBaseline: BUILD_BASELINE,
      outDir: 'bench-results',
      scrollSeconds: DEFAULT_SCROLL_SECONDS,
      help: false,
    });
  });
  it('measures 1,000 and 4,000 milestones over the journey’s 21 years and 4,000 over 400 by default, and builds 10,000', () => {
    expect(DEFAULT_SCALE_SIZES).toEqual([
      { milestones: 1000, years: 21 },
      { milestones: 4000, years: 21 },
      { milestones: 4000, years: 400 },
    ]);
    expect(DEFAULT_BUILD_ONLY_SIZES).toEqual([{ milestones: 10_000, years: 21 }]);
  });
  it('makes --quick one run without the scale step or the baseline commit’s page, unless told otherwise', () => {
    expect(parseArgs(['--quick'])).toMatchObject({ runs: 1, scaleSizes: [], buildOnlySizes: [] });
    expect(parseArgs(['--quick']).pageBaseline).toBeUndefined();
    expect(parseArgs(['--quick', '--runs', '2', '--scale=1000'])).toMatchObject({ runs: 2, scaleSizes: [{ milestones: 1000, years: 21 }] });
    expect(parseArgs(['--quick', '--page-baseline', 'main']).pageBaseline).toBe('main');
    expect(parseArgs(['--no-page-baseline']).pageBaseline).toBeUndefined();
    expect(() => parseArgs(['--page-baseline='])).toThrow(/--page-baseline needs a commit/);
  });
  it('compares builds with the baseline commit unless told not to, and not in a quick run unless asked', () => {
    expect(parseArgs(['--no-builds']).builds).toBe(false);
    expect(parseArgs(['--quick'])).toMatchObject({ builds: false });
    expect(parseArgs(['--quick', '--builds', '1000,120'])).toMatchObject({ builds: true, buildSizes: [120, 1000] });
    expect(parseArgs(['--quick', '--build-baseline', 'main'])).toMatchObject({ builds: true, buildSizes: [], buildBaseline: 'main' });
    expect(() => parseArgs(['--build-baseline='])).toThrow(/--build-baseline needs a commit/);
  });
  it('reads sizes in any order, once each', () => {
    expect(parseArgs(['--scale', '4000,250, 1000,250']).scaleSizes.map((size) => size.milestones)).toEqual([250, 1000, 4000]);
    expect(parseArgs(['--build-only', '20000,10000']).buildOnlySizes.map((size) => size.milestones)).toEqual([10_000, 20_000]);
    expect(parseArgs(['--no-scale'])).toMatchObject({ scaleSizes: [], buildOnlySizes: [] });
    expect(parseArgs(['--out', 'tmp/bench']).outDir).toBe('tmp/bench');
  });
  it('reads a generated journey’s years after a slash', () => {
    expect(parseArgs(['--scale', '4000/400,1000,4000, 4000/400']).scaleSizes).toEqual([
      { milestones: 1000, years: 21 },
      { milestones: 4000, years: 21 },
      { milestones: 4000, years: 400 },
    ]);
    expect(parseArgs(['--scale', '1000/21']).scaleSizes).toEqual([{ milestones: 1000, years: 21 }]);
    expect(() => parseArgs(['--scale', '4000/0'])).toThrow(/--scale needs milestone counts such as 1000 or 4000\/400 \(milestones\/years\), not "4000\/0"/);
    expect(() => parseArgs(['--scale', '4000/many'])).toThrow(UsageError);
  });
  it('lets a long page be scrolled for longer instead of faster', () => {
    expect(parseArgs(['--scroll-time', '130']).scrollSeconds).toBe(130);
    expect(() => parseArgs(['--scroll-time', '-5'])).toThrow(/--scroll-time needs a whole number/);
  });
  it('refuses what it does not understand, saying what it expected', () => {
    expect(() => parseArgs(['--runs', '0'])).toThrow(UsageError);
    expect(() => parseArgs(['--runs', 'three'])).toThrow(/whole number/);
    expect(() => parseArgs(['--scale', ''])).toThrow(UsageError);
    expect(() => parseArgs(['--build-only', 'many'])).toThrow(/--build-only needs milestone counts/);
    expect(() => parseArgs(['--fast'])).toThrow(/unknown option "--fast"/);
  });
});
