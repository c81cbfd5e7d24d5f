import { describe, expect, it } from 'vitest';
import { checkBudgets } from '../../src/build-time/budgets.ts';
import type { LighthouseFigures } from '../../scripts/bench/lighthouse.ts';
import { emptyTotals } from '../../scripts/bench/lib/sizes.ts';
import { medianLighthouse, medianScroll, qualityBars, renderReport, scaleTargets } from '../../scripts/bench/report.ts';
import type { BenchResult, BuildRun, BytesResult, ComparedPage, LoadAround } from '../../scripts/bench/results.ts';
import type { ScrollFigures } from '../../scripts/bench/scroll.ts';

const lighthouse = (performance: number, tbt: number, extra: Partial<LighthouseFigures> = {}): LighthouseFigures => ({
  scores: { performance, accessibility: 1, 'best-practices': 1, seo: 1 },
  lcp: 1500,
  tbt,
  cls: 0,
  speedIndex: 1200,
  failedAudits: [],
  warnings: [],
  ...extra,
});

const scroll = (longFrames: number, layouts = 0, longTasks = 0): ScrollFigures => ({
  frames: 600,
  over16: 3,
  over33: 1,
  longestMs: 40,
  p95Ms: 16.8,
  longFrames,
  blockingMs: longFrames * 20,
  longestLongFrameMs: longFrames ? 70 : 0,
  distance: 20_000,
  speed: 2000,
  durationMs: 10_000,
  reachedEnd: true,
  layouts,
  styleRecalcs: 10,
  layoutMs: 0,
  scriptMs: 300,
  layoutShift: 0,
  attribution: {
    scriptMs: longFrames * 40,
    forcedLayoutMs: longFrames * 25,
    renderMs: longFrames * 20,
    topScripts: longFrames ? [{ name: '#document.onscroll → index.js Is', ms: longFrames * 40, count: longFrames }] : [],
  },
  mainThread: {
    cpuMs: 1200,
    tasks: 800,
    longTasks,
    longestTaskMs: longTasks ? 80 : 30,
    byKind: { script: 500, style: 300, layout: 100, paint: 200, other: 100 },
  },
});

function bytes(kind: 'journey' | 'embed', js: number, otherOrigins: string[] = []): BytesResult {
  const totals = emptyTotals();
  totals.js = { count: 1, raw: js * 3, gzip: js };
  totals.css = { count: 1, raw: 30_000, gzip: 6000 };
  totals.html = { count: 1, raw: 90_000, gzip: 14_000 };
  const path = kind === 'journey' ? '/' : '/embed/2022/';
  return {
    page: { kind, path, label: path },
    viewport: 'desktop',
    onLoad: totals,
    afterScroll: totals,
    onLoadTransfer: { count: 3, raw: 0, gzip: js + 20_000 },
    afterScrollTransfer: { count: 3, raw: 0, gzip: js + 20_000 },
    otherOrigins,
    budgets: checkBudgets(kind, { js, css: 6000, html: 14_000 }),
  };
}

/** Lighthouse runs of a compared page: TBT and LCP of each run (ms), and the load average around them all. */
const runs = (figures: readonly [tbt: number, lcp: number, cls?: number][], load: LoadAround = [1, 2]) =>
  figures.map(([tbt, lcp, cls = 0]) => ({ ...lighthouse(0.9, tbt, { lcp, cls }), load }));

/**
 * The comparison at scale: the journey (TBT 150 ms, LCP 1.6 s, 30 kB), its plain page (LCP 1.0 s),
 * the baseline commit's journey (TBT 170 ms), 1,000 milestones within every target and 4,000 over
 * 400 years outside most.
 */
function comparedPages(): ComparedPage[] {
  return [
    { kind: 'journey', milestones: 120, html: { raw: 300_000, gzip: 30_000 }, elements: 2000, lighthouse: runs([[150, 1600], [120, 1500], [200, 1700]]), scroll: [] },
    { kind: 'plain', milestones: 120, html: { raw: 40_000, gzip: 8000 }, elements: 600, lighthouse: runs([[0, 1000], [10, 1000], [0, 1100]]), scroll: [] },
    { kind: 'previous', milestones: 120, commit: 'abc1234', html: { raw: 330_000, gzip: 33_000 }, elements: 2100, lighthouse: runs([[160, 1600], [170, 1600], [180, 1600]]), scroll: [] },
    { kind: 'generated', milestones: 1000, years: 21, html: { raw: 310_000, gzip: 33_000 }, elements: 2050, lighthouse: runs([[170, 1700], [180, 1750], [175, 1800]], [2.5, 3]), scroll: [] },
    { kind: 'generated', milestones: 4000, years: 400, html: { raw: 400_000, gzip: 36_000 }, elements: 2400, lighthouse: runs([[400, 1800], [390, 1800], [410, 1800, 0.02]], [0.5, 4]), scroll: [] },
  ];
}

function fixture(overrides: Partial<BenchResult> = {}): BenchResult {
  return {
    meta: {
      date: '2026-05-01T10:00:00.000Z',
      machine: { cpu: 'Test CPU', cores: 2, memoryGiB: 24, os: 'Linux', loadAverage: [0.5, 0.4, 0.3] },
      node: 'v24.21.0',
      chromium: '156.0',
      lighthouse: '13.5.0',
      astro: '7.3.5',
      runs: 3,
      milestones: 120,
    },
    build: { contentCheck: { ok: true, ms: 1200 }, cold: { ok: true, ms: 60_000 }, warm: { ok: true, ms: 20_000 } },
    pages: { found: [], missing: [] },
    bytes: [bytes('journey', 52_000), bytes('embed', 4000)],
    lighthouse: {
      mobile: { journey: [lighthouse(0.97, 90), lighthouse(0.99, 60), lighthouse(0.98, 70)], baseline: [lighthouse(1, 0), lighthouse(1, 10), lighthouse(1, 0)] },
      desktop: { journey: [lighthouse(1, 0)], baseline: [lighthouse(1, 0)] },
    },
    scroll: { journey: [scroll(0), scroll(0), scroll(0)], baseline: [scroll(0), scroll(0), scroll(0)] },
    scale: [
      { milestones: 1000, years: 21, build: { ok: true, ms: 45_000 }, html: { raw: 310_000, gzip: 33_000 }, elements: 2050 },
      { milestones: 4000, years: 21, build: { ok: true, ms: 105_000 }, html: { raw: 390_000, gzip: 35_000 }, elements: 2300 },
      { milestones: 4000, years: 400, build: { ok: true, ms: 110_000 }, html: { raw: 400_000, gzip: 36_000 }, elements: 2400 },
      { milestones: 10_000, years: 21, build: { ok: true, ms: 165_000 }, html: { raw: 8_000_000, gzip: 800_000 }, buildOnly: true },
    ],
    comparison: { previous: { commit: 'abc1234', build: { ok: true, ms: 20_000 } }, pages: comparedPages() },
    notes: ['Not measured: the blog post (the build has no blog/embedding-a-year/index.html).'],
    ...overrides,
  };
}

const bar = (result: BenchResult, name: string) => qualityBars(result).find((row) => row[0]!.startsWith(name));

describe('medians', () => {
  it('takes each Lighthouse figure’s median over the runs', () => {
    const median = medianLighthouse([lighthouse(0.97, 90), lighthouse(0.99, 60), lighthouse(0.98, 70)]);
    expect(median.scores.performance).toBe(0.98);
    expect(median.tbt).toBe(70);
  });
  it('takes scroll medians, and the worst run’s long frames', () => {
    const median = medianScroll([scroll(0), scroll(4), scroll(1)])!;
    expect(median.longFrames).toBe(1);
    expect(median.worstLongFrames).toBe(4);
    expect(medianScroll([])).toBeUndefined();
  });
});

describe('quality bars', () => {
  it('hold when the figures are within the brief', () => {
    const result = fixture();
    expect(bar(result, 'Lighthouse mobile performance within 0.03')).toEqual(['Lighthouse mobile performance within 0.03 of the plain page', '98 vs 100', 'holds']);
    expect(bar(result, 'JS on the journey page')?.[2]).toBe('holds');
    expect(bar(result, 'JS on the embed page')?.[2]).toBe('holds');
    expect(bar(result, 'Zero third-party')?.[2]).toBe('holds');
    expect(bar(result, 'Build cost grows linearly')?.[2]).toBe('holds');
  });

  it('do not hold when a figure misses', () => {
    const result = fixture({
      bytes: [bytes('journey', 61_000, ['https://fonts.example/a.woff2']), bytes('embed', 15_500)],
      lighthouse: { mobile: { journey: [lighthouse(0.96, 200, { scores: { performance: 0.96, accessibility: 0.98, 'best-practices': 1, seo: 1 } })], baseline: [lighthouse(1, 0)] } },
      scroll: { journey: [scroll(0), scroll(3)], baseline: [scroll(0)] },
    });
    expect(bar(result, 'Lighthouse mobile performance within 0.03')?.[2]).toBe('does not hold');
    expect(bar(result, 'Lighthouse mobile accessibility')?.slice(1)).toEqual(['98', 'does not hold']);
    expect(bar(result, 'JS on the journey page')?.slice(1)).toEqual(['61.0 kB', 'does not hold']);
    expect(bar(result, 'JS on the embed page')?.[2]).toBe('does not hold');
    expect(bar(result, 'Zero third-party')?.slice(1)).toEqual(['1', 'does not hold']);
    expect(bar(result, 'No main-thread frame over 50 ms')?.slice(1)).toEqual([
      '3 long frames, 0 tasks over 50 ms CPU (worst run)',
      'does not hold (no task over 50 ms of main-thread CPU: the frames waited for rendering)',
    ]);
  });

  it('fail long frames even on a busy machine, and tell a long task from a wait for rendering', () => {
    const result = fixture({ scroll: { journey: [scroll(3)], baseline: [scroll(0)] } });
    result.meta.machine.loadAverage = [9, 8, 7];
    expect(bar(result, 'No main-thread frame over 50 ms')?.[2]).toBe('does not hold (no task over 50 ms of main-thread CPU: the frames waited for rendering)');
    result.scroll!.journey = [scroll(3, 0, 2)];
    expect(bar(result, 'No main-thread frame over 50 ms')?.[2]).toBe('does not hold');
    result.scroll!.journey = [scroll(0)];
    expect(bar(result, 'No main-thread frame over 50 ms')?.[2]).toBe('holds');
  });

  it('hold the generated journeys’ single cold builds to their targets', () => {
    const result = fixture();
    expect(bar(result, '1,000 milestones build within 60 s')?.slice(1)).toEqual(['45.0 s', 'holds']);
    expect(bar(result, '10,000 milestones build within 5 minutes')?.slice(1)).toEqual(['165.0 s', 'holds']);
    result.scale[3]!.build.ms = 301_000;
    expect(bar(result, '10,000 milestones build within 5 minutes')?.[2]).toBe('does not hold');
  });

  it('call a build time that grows quadratically worse than linear', () => {
    const result = fixture();
    // 20 ms per milestone from 1,000 to 4,000, then 60 ms from 4,000 to 10,000.
    result.scale[3]!.build.ms = 105_000 + 6000 * 60;
    expect(bar(result, 'Build cost grows linearly')?.[2]).toBe('does not hold');
  });
});

const target = (result: BenchResult, name: string) => scaleTargets(result).find((row) => row[0] === name);

describe('the targets of a journey of any length', () => {
  it('hold each generated journey to the journey’s own TBT, LCP and first document, with the load average around the runs', () => {
    const result = fixture();
    // TBT 175 ms against 150 ms, LCP 1.75 s against 1.6 s, 33 kB against 30 kB.
    expect(target(result, '1,000 milestones over 21 years: TBT against the journey’s')).toEqual(['1,000 milestones over 21 years: TBT against the journey’s', '175 ms vs 150 ms (×1.17)', '≤ ×1.2', 'holds', '1.00–3.00']);
    expect(target(result, '1,000 milestones over 21 years: LCP against the journey’s')?.slice(1)).toEqual(['1750 ms vs 1600 ms (×1.09)', '≤ ×1.1', 'holds', '1.00–3.00']);
    expect(target(result, '1,000 milestones over 21 years: first document (gzip) against the journey’s')?.slice(1)).toEqual(['33.0 kB vs 30.0 kB (×1.10)', '≤ ×1.2', 'holds', '–']);
    expect(target(result, '1,000 milestones over 21 years: CLS on load (worst run)')?.slice(1)).toEqual(['0.000', '0', 'holds', '2.50–3.00']);
    // 400 ms, 1.8 s (×1.125), exactly ×1.2 the bytes, and one run that shifted.
    expect(target(result, '4,000 milestones over 400 years: TBT against the journey’s')?.slice(1)).toEqual(['400 ms vs 150 ms (×2.67)', '≤ ×1.2', 'does not hold', '0.50–4.00']);
    expect(target(result, '4,000 milestones over 400 years: LCP against the journey’s')?.slice(2, 4)).toEqual(['≤ ×1.1', 'does not hold']);
    expect(target(result, '4,000 milestones over 400 years: first document (gzip) against the journey’s')?.slice(1, 4)).toEqual(['36.0 kB vs 30.0 kB (×1.20)', '≤ ×1.2', 'holds']);
    expect(target(result, '4,000 milestones over 400 years: CLS on load (worst run)')?.slice(1, 4)).toEqual(['0.020', '0', 'does not hold']);
  });

  it('hold the journey’s LCP to its plain page’s and its TBT to the baseline commit’s', () => {
    const result = fixture();
    expect(target(result, 'The journey (120 milestones): LCP against the plain page’s')?.slice(1, 4)).toEqual(['1600 ms vs 1000 ms (×1.60)', '≤ ×1.2', 'does not hold']);
    expect(target(result, 'The journey (120 milestones): TBT against commit `abc1234`')?.slice(1, 4)).toEqual(['150 ms vs 170 ms (×0.88)', '≤ ×1 (no worse)', 'holds']);
    result.comparison!.pages[2]!.lighthouse = runs([[140, 1600]]);
    expect(target(result, 'The journey (120 milestones): TBT against commit `abc1234`')?.[3]).toBe('does not hold');
    expect(target(result, 'The journey (120 milestones): CLS on load (worst run)')?.slice(1, 4)).toEqual(['0.000', '0', 'holds']);
  });

  it('hold scrolling 1,000 milestones to the journey’s cost per 1,000 px, and to no layout shift', () => {
    const result = fixture();
    const [journey, , , thousand] = result.comparison!.pages;
    // The journey: 1,200 ms of CPU and 3 long frames over 20,000 px (60 ms and 0.15 per 1,000 px).
    journey!.scroll = [{ ...scroll(3), load: [1, 1.5] }];
    // 1,000 milestones: 5,400 ms and 12 long frames over 100,000 px (54 ms and 0.12 per 1,000 px).
    thousand!.scroll = [{ ...scroll(12), distance: 100_000, mainThread: { ...scroll(12).mainThread, cpuMs: 5400 }, load: [2, 2.5] }];
    expect(target(result, 'Scrolling 1,000 milestones over 21 years end to end: main-thread CPU per 1,000 px against the journey’s')?.slice(1)).toEqual(['54.0 ms vs 60.0 ms (×0.90)', '≤ ×1 (no worse)', 'holds', '1.00–2.50']);
    expect(target(result, 'Scrolling 1,000 milestones over 21 years end to end: long animation frames per 1,000 px against the journey’s')?.slice(1, 4)).toEqual(['0.12 vs 0.15 (×0.80)', '≤ ×1 (no worse)', 'holds']);
    expect(target(result, '1,000 milestones over 21 years: layout shift while scrolling (worst run)')?.slice(1, 4)).toEqual(['0.000', '0', 'holds']);
    // No long frame on the journey: any on the long page is worse.
    journey!.scroll = [{ ...scroll(0), load: [1, 1.5] }];
    thousand!.scroll[0]!.layoutShift = 0.004;
    expect(target(result, 'Scrolling 1,000 milestones over 21 years end to end: long animation frames per 1,000 px against the journey’s')?.slice(1, 4)).toEqual(['0.12 vs 0.00', '≤ ×1 (no worse)', 'does not hold']);
    expect(target(result, '1,000 milestones over 21 years: layout shift while scrolling (worst run)')?.slice(1, 4)).toEqual(['0.004', '0', 'does not hold']);
  });

  it('are left out when nothing was compared', () => {
    expect(scaleTargets(fixture({ comparison: undefined }))).toEqual([]);
    expect(renderReport(fixture({ comparison: undefined }))).not.toContain('## Targets of a journey of any length');
  });
});

/** A build of `seconds` that kept 1.5 cores busy. */
const run = (seconds: number, load: [number, number] = [0.5, 1.5]): BuildRun => ({ ok: true, ms: seconds * 1000, cpuMs: seconds * 1500, load });

/** Three cold builds of the journey and of 1,000 generated milestones, by this checkout and by the baseline, and a warm build of each. */
function withBuilds(cardsEncoded = 0): BenchResult {
  const warm = { ...run(6), cardsEncoded };
  return fixture({
    builds: {
      baseline: 'abc1234',
      comparisons: [
        { size: 120, generated: false, current: [run(14), run(15), run(13)], baseline: [run(26), run(28), run(27)], warm },
        { size: 1000, generated: true, current: [run(50), run(40, [0.2, 3.5]), run(45)], baseline: [run(150), run(170), run(160)], warm },
      ],
    },
  });
}

describe('the cold builds beside the baseline commit', () => {
  it('hold the medians to the targets, and a warm build to encoding no card', () => {
    expect(bar(withBuilds(), '1,000 milestones: cold build within 60 s')?.slice(1)).toEqual(['45.0 s (median of 3)', 'holds']);
    // The scale step's single build at that size is not judged a second time.
    expect(bar(withBuilds(), '1,000 milestones build within')).toBeUndefined();
    const slow = withBuilds();
    slow.builds!.comparisons[1]!.current = [run(61), run(70), run(50)];
    expect(bar(slow, '1,000 milestones: cold build within 60 s')?.slice(1)).toEqual(['61.0 s (median of 3)', 'does not hold']);
    expect(bar(withBuilds(), 'A warm build of an unchanged journey encodes no share card')?.slice(1)).toEqual(['0 encoded (the journey, 1,000 milestones)', 'holds']);
    expect(bar(withBuilds(3), 'A warm build of an unchanged journey encodes no share card')?.[2]).toBe('does not hold');
  });

  it('shows each size’s medians and their ratio, CPU times, the load average, and the warm build', () => {
    const report = renderReport(withBuilds());
    expect(report).toContain('## Cold builds beside commit `abc1234`');
    expect(report).toMatch(/\| 120 \(the journey\) +\| +14\.0 s \(13\.0 s–15\.0 s\) \| +27\.0 s \(26\.0 s–28\.0 s\) \| +×0\.52 \| +21\.0 s \/ 40\.5 s \(×0\.52\) \| +0\.50–1\.50 \| +6\.0 s, 0 cards encoded \|/);
    expect(report).toMatch(/\| 1,000 +\| +45\.0 s \(40\.0 s–50\.0 s\) \| +160\.0 s \(150\.0 s–170\.0 s\) \| +×0\.28 \| +67\.5 s \/ 240\.0 s \(×0\.28\) \| +0\.20–3\.50 \|/);
    expect(report).toContain('10,000 milestones, built once in the scale step by this checkout: 165.0 s.');
  });

  it('estimates 10,000 milestones from the cost per milestone when they were not built', () => {
    const result = withBuilds();
    result.scale = result.scale.slice(0, 3);
    // 45 s at 1,000 and 14 s at 120: 31 s for 880 milestones, so 9,000 more add 317 s.
    expect(renderReport(result)).toContain('10,000 milestones were not built: about 362 s by the cost per milestone between 120 and 1,000 (an estimate).');
  });
});

describe('renderReport', () => {
  const report = renderReport(fixture());

  it('has every section, with the baseline beside the journey', () => {
    for (const heading of ['# Benchmark', '## Quality bars of the brief', '## Targets of a journey of any length', '## A journey of any length, beside the journey (Lighthouse mobile, median of 3 runs)', '## Scale: generated milestones, built and weighed', '## Bytes per page', '### Budgets (gzip, on load)', '## Lighthouse 13.5.0 on the journey page (median of 3 runs)', '## Scrolling end to end', '## Build (120 milestones)', '## Notes']) {
      expect(report).toContain(heading);
    }
    expect(report).toMatch(/\| Performance +\| +98 \| +100 \| +−2 \|/);
    expect(report).toMatch(/\| Total Blocking Time +\| +70 ms \| +0 ms \| +–, \+70 ms \|/);
    expect(report).toContain('Journey: 1200 ms of main-thread CPU over the scroll (script 500 ms, style 300 ms, layout 100 ms, paint 200 ms, other 100 ms); 2.0 ms per painted frame, 60.0 ms per 1,000 px.');
    expect(report).toContain('52.0 kB of 60 kB ✓');
    // The comparison at scale: medians with the fastest and slowest run, the worst CLS and the load average.
    expect(report).toMatch(/\| The journey \(120 milestones\) +\| +30\.0 kB \/ 300\.0 kB \| +2,000 \| +90 \| +150 ms \(120 ms–200 ms\) \| +1600 ms \(1500 ms–1700 ms\) \| 0\.000 \| +3 \| +1\.00–2\.00 \|/);
    expect(report).toMatch(/\| 4,000 milestones over 400 years +\| +36\.0 kB \/ 400\.0 kB \| +2,400 \| +90 \| +400 ms \(390 ms–410 ms\) \| +1800 ms \(1800 ms–1800 ms\) \| 0\.020 \|/);
  });

  it('says where the long frames of a stuttering page went', () => {
    const result = fixture();
    result.comparison!.pages[3]!.scroll = [{ ...scroll(2, 5), load: [1, 2] }];
    const scrolled = renderReport(result);
    expect(scrolled).toContain('1,000 milestones over 21 years: the worst run\'s 2 long frames (longest 70 ms) spent 80 ms in scripts (50 ms of it in style and layout the scripts forced) and 40 ms rendering');
    expect(scrolled).toContain('- #document.onscroll → index.js Is: 80 ms in 2 calls');
    expect(scrolled).not.toContain('Journey: the worst run');
  });

  it('warns when the machine was busy, and not otherwise', () => {
    expect(report).not.toContain('The machine was busy');
    const busy = fixture();
    busy.meta.machine.loadAverageEnd = [7.5, 6, 4];
    expect(renderReport(busy)).toContain('**The machine was busy** (load average above its 2 cores)');
  });

  it('says how long a scroll may take before a long page is scrolled faster', () => {
    expect(report).toContain('faster for pages that would take over 60 s: see the speed');
    const patient = fixture();
    patient.meta.maxScrollMs = 130_000;
    expect(renderReport(patient)).toContain('faster for pages that would take over 130 s: see the speed');
  });

  it('states how the scale costs grow', () => {
    // 1,000 to 4,000 milestones over 21 years: 20 ms each; 4,000 to 10,000: 10 ms each (4,000 over 400 years left out).
    expect(report).toMatch(/\| Build time +\| +20\.0 ms → 10\.0 ms \| +0\.50 \|/);
    expect(report).toContain('linear or better');
  });

  it('shows a failed build’s output instead of figures', () => {
    const failed = renderReport(fixture({ build: { cold: { ok: false, ms: 5000, error: 'content/timeline/2022/x.mdx:3 date is required' } }, bytes: [], lighthouse: {}, scroll: undefined, scale: [] }));
    expect(failed).toContain('failed after 5.0 s');
    expect(failed).toContain('```text\ncontent/timeline/2022/x.mdx:3 date is required\n```');
  });
});
