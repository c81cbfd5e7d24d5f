import { describe, expect, it } from 'vitest';
import { checkBudgets } from '../../src/build-time/budgets.ts';
import type { LighthouseFigures } from '../../scripts/bench/lighthouse.ts';
import { emptyTotals } from '../../scripts/bench/lib/sizes.ts';
import { medianLighthouse, medianScroll, qualityBars, renderReport } from '../../scripts/bench/report.ts';
import type { BenchResult, BuildRun, BytesResult } from '../../scripts/bench/results.ts';
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

/** One Lighthouse run on the journey and one on the plain page, as a scale step records them. */
const pair = (journey: LighthouseFigures, baseline: LighthouseFigures) => ({ journey: [journey], baseline: [baseline] });

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
      { size: 250, build: { ok: true, ms: 30_000 }, html: { raw: 200_000, gzip: 20_000 }, lighthouse: pair(lighthouse(0.99, 100), lighthouse(1, 0)), scroll: scroll(0) },
      { size: 1000, build: { ok: true, ms: 45_000 }, html: { raw: 800_000, gzip: 80_000 }, lighthouse: pair(lighthouse(0.98, 250), lighthouse(1, 120)), scroll: scroll(0, 2) },
      { size: 4000, build: { ok: true, ms: 105_000 }, html: { raw: 3_200_000, gzip: 320_000 }, lighthouse: pair(lighthouse(0.7, 900), lighthouse(0.95, 300)), scroll: scroll(2, 5) },
      { size: 10_000, build: { ok: true, ms: 165_000 }, html: { raw: 8_000_000, gzip: 800_000 }, buildOnly: true },
    ],
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
    expect(bar(result, '1,000 milestones build and scroll')?.[2]).toBe('holds');
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

  it('hold the scale step to its targets, beside the plain page with the same milestones', () => {
    const result = fixture();
    expect(bar(result, '1,000 milestones: Lighthouse mobile performance within 0.03')?.slice(1)).toEqual(['98 vs 100', 'holds']);
    expect(bar(result, '1,000 milestones: Lighthouse mobile TBT ≤ 300 ms')?.slice(1)).toEqual(['250 ms', 'holds']);
    expect(bar(result, '4,000 milestones: Lighthouse mobile performance within 0.03')?.slice(1)).toEqual(['70 vs 95', 'does not hold']);
    expect(bar(result, '4,000 milestones: Lighthouse mobile TBT ≤ 600 ms')?.slice(1)).toEqual(['900 ms', 'does not hold']);
    expect(bar(result, '1,000 milestones build within 60 s')?.slice(1)).toEqual(['45.0 s', 'holds']);
    expect(bar(result, '10,000 milestones build within 5 minutes')?.slice(1)).toEqual(['165.0 s', 'holds']);
    result.scale[3]!.build.ms = 301_000;
    expect(bar(result, '10,000 milestones build within 5 minutes')?.[2]).toBe('does not hold');
    expect(bar(result, '10,000 milestones: Lighthouse')).toBeUndefined();
  });

  it('call a build time that grows quadratically worse than linear', () => {
    const result = fixture();
    result.scale[2]!.build.ms = 45_000 + 16 * 15_000;
    expect(bar(result, 'Build cost grows linearly')?.[2]).toBe('does not hold');
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
    for (const heading of ['# Benchmark', '## Quality bars of the brief', '## Bytes per page', '### Budgets (gzip, on load)', '## Lighthouse 13.5.0 on the journey page (median of 3 runs)', '## Scrolling end to end', '## Build (120 milestones)', '## Scale: generated milestones', '## Notes']) {
      expect(report).toContain(heading);
    }
    expect(report).toMatch(/\| Performance +\| +98 \| +100 \| +−2 \|/);
    expect(report).toMatch(/\| Total Blocking Time +\| +70 ms \| +0 ms \| +–, \+70 ms \|/);
    expect(report).toContain('Journey: 1200 ms of main-thread CPU over the scroll (script 500 ms, style 300 ms, layout 100 ms, paint 200 ms, other 100 ms); 2.0 ms per painted frame, 60.0 ms per 1,000 px.');
    expect(report).toContain('52.0 kB of 60 kB ✓');
  });

  it('says where the long frames of a stuttering page went', () => {
    expect(report).toContain('4,000 milestones: the worst run\'s 2 long frames (longest 70 ms) spent 80 ms in scripts (50 ms of it in style and layout the scripts forced) and 40 ms rendering');
    expect(report).toContain('- #document.onscroll → index.js Is: 80 ms in 2 calls');
    expect(report).not.toContain('Journey: the worst run');
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
    expect(report).toMatch(/\| Build time +\| +20\.0 ms → 20\.0 ms → 10\.0 ms \| +1\.00, 0\.50 \|/);
    expect(report).toContain('linear or better');
  });

  it('shows a failed build’s output instead of figures', () => {
    const failed = renderReport(fixture({ build: { cold: { ok: false, ms: 5000, error: 'content/timeline/2022/x.mdx:3 date is required' } }, bytes: [], lighthouse: {}, scroll: undefined, scale: [] }));
    expect(failed).toContain('failed after 5.0 s');
    expect(failed).toContain('```text\ncontent/timeline/2022/x.mdx:3 date is required\n```');
  });
});
