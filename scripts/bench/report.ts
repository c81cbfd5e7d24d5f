import { BUDGETS, PAGE_KIND_NAMES } from '../../src/build-time/budgets.ts';
import { VIEWPORTS } from './bytes.ts';
import { CATEGORIES, type FormFactor, type LighthouseFigures } from './lighthouse.ts';
import { count, duration, fixed, kB, score, seconds, signed, table, times } from './lib/markdown.ts';
import { RESOURCE_TYPES, type ResourceType, type TypeTotals } from './lib/sizes.ts';
import { WORK_KINDS, type MainThreadWork } from './lib/trace.ts';
import { difference, growth, marginalCost, median, ratio } from './lib/stats.ts';
import type { BenchResult, BuildComparison, BuildRun, BytesResult, ScaleResult, StepTime } from './results.ts';
import { MAX_SCROLL_MS, SCROLL_SPEED, type ScrollFigures } from './scroll.ts';
import { COLD_BUILD_MS, CONTENT_CHECK_MS, PERFORMANCE_GAP, SCALE_TARGETS } from './targets.ts';

/** The markdown report of one benchmark run. Wall-clock figures are shown, never judged by tests. */

const TYPE_NAMES: Record<ResourceType, string> = {
  html: 'HTML',
  css: 'CSS',
  js: 'JS',
  image: 'Images',
  font: 'Fonts',
  other: 'Other',
};

const CATEGORY_NAMES: Record<(typeof CATEGORIES)[number], string> = {
  performance: 'Performance',
  accessibility: 'Accessibility',
  'best-practices': 'Best practices',
  seo: 'SEO',
};

export interface LighthouseMedian {
  scores: Record<(typeof CATEGORIES)[number], number | undefined>;
  lcp?: number;
  tbt?: number;
  cls?: number;
  speedIndex?: number;
}

export function medianLighthouse(runs: readonly LighthouseFigures[]): LighthouseMedian {
  const of = (pick: (run: LighthouseFigures) => number | undefined) =>
    median(runs.map(pick).filter((value): value is number => value !== undefined));
  return {
    scores: Object.fromEntries(CATEGORIES.map((id) => [id, of((run) => run.scores[id])])) as LighthouseMedian['scores'],
    lcp: of((run) => run.lcp),
    tbt: of((run) => run.tbt),
    cls: of((run) => run.cls),
    speedIndex: of((run) => run.speedIndex),
  };
}

type ScrollNumbers = Omit<ScrollFigures, 'reachedEnd' | 'attribution' | 'mainThread'>;

export type ScrollMedian = ScrollNumbers & {
  reachedEnd: boolean;
  worstLongFrames: number;
  worstLongTasks: number;
  mainThread: MainThreadWork;
};

export function medianScroll(runs: readonly ScrollFigures[]): ScrollMedian | undefined {
  if (runs.length === 0) return undefined;
  const keys = Object.keys(runs[0]!).filter((key) => typeof runs[0]![key as keyof ScrollFigures] === 'number') as (keyof ScrollNumbers)[];
  const result = Object.fromEntries(keys.map((key) => [key, median(runs.map((run) => run[key])) ?? 0])) as ScrollNumbers;
  const of = (pick: (work: MainThreadWork) => number) => median(runs.map((run) => pick(run.mainThread))) ?? 0;
  return {
    ...result,
    reachedEnd: runs.every((run) => run.reachedEnd),
    worstLongFrames: Math.max(...runs.map((run) => run.longFrames)),
    worstLongTasks: Math.max(...runs.map((run) => run.mainThread.longTasks)),
    mainThread: {
      cpuMs: of((work) => work.cpuMs),
      tasks: of((work) => work.tasks),
      longTasks: of((work) => work.longTasks),
      longestTaskMs: of((work) => work.longestTaskMs),
      byKind: Object.fromEntries(WORK_KINDS.map((kind) => [kind, of((work) => work.byKind[kind])])) as MainThreadWork['byKind'],
    },
  };
}

const both = (totals: TypeTotals) => (totals.count === 0 ? '–' : `${kB(totals.gzip)} / ${kB(totals.raw)}`);
/** Pictures and fonts travel as they are: their size, and how many. */
const asIs = (totals: TypeTotals) => (totals.count === 0 ? '–' : `${kB(totals.raw)} (${totals.count})`);

function pageLabel(entry: BytesResult): string {
  return `${entry.page.label} (${PAGE_KIND_NAMES[entry.page.kind]})`;
}

function bytesSection(result: BenchResult): string[] {
  if (result.bytes.length === 0) return ['## Bytes per page', '', 'No page was measured.', ''];
  const headers = ['Page', 'Screen', ...RESOURCE_TYPES.map((type) => TYPE_NAMES[type]), 'Sent (requests)'];
  const rows = (which: 'onLoad' | 'afterScroll') =>
    result.bytes.map((entry) => [
      pageLabel(entry),
      VIEWPORTS[entry.viewport].label,
      ...RESOURCE_TYPES.map((type) => (type === 'image' || type === 'font' ? asIs(entry[which][type]) : both(entry[which][type]))),
      `${kB(entry[which === 'onLoad' ? 'onLoadTransfer' : 'afterScrollTransfer'].gzip)} (${entry[which === 'onLoad' ? 'onLoadTransfer' : 'afterScrollTransfer'].count})`,
    ]);
  const budgetRows = result.bytes.map((entry) => [
    pageLabel(entry),
    VIEWPORTS[entry.viewport].label,
    ...entry.budgets.map((check) => `${kB(check.actual)} of ${kB(check.budget, 0)} ${check.within ? '✓' : '✗ over'}`),
    entry.otherOrigins.length === 0 ? '0 ✓' : `${entry.otherOrigins.length} ✗`,
  ]);
  return [
    '## Bytes per page',
    '',
    'What Chromium loads: text as gzip / raw, pictures and fonts as they are (and how many). JS and CSS',
    'include inline scripts and styles (also counted inside their HTML); "Sent" is what travels: every',
    'response once, text gzip-compressed.',
    '',
    '### On load',
    '',
    table(headers, rows('onLoad')),
    '',
    '### After scrolling to the end (lazy images included)',
    '',
    table(headers, rows('afterScroll')),
    '',
    '### Budgets (gzip, on load)',
    '',
    table(['Page', 'Screen', 'JS', 'CSS', 'HTML', 'Requests to other origins'], budgetRows),
    '',
  ];
}

function lighthouseSection(result: BenchResult): string[] {
  const formFactors = (['mobile', 'desktop'] as FormFactor[]).filter((formFactor) => result.lighthouse[formFactor]);
  if (formFactors.length === 0) return [];
  const medians = Object.fromEntries(
    formFactors.map((formFactor) => [
      formFactor,
      {
        journey: medianLighthouse(result.lighthouse[formFactor]!.journey),
        baseline: medianLighthouse(result.lighthouse[formFactor]!.baseline),
      },
    ]),
  ) as Record<FormFactor, { journey: LighthouseMedian; baseline: LighthouseMedian }>;
  const headers = ['', ...formFactors.flatMap((formFactor) => [`Journey, ${formFactor}`, `Plain HTML, ${formFactor}`, 'Journey vs plain'])];
  const rows: string[][] = [];
  for (const id of CATEGORIES) {
    rows.push([
      CATEGORY_NAMES[id],
      ...formFactors.flatMap((formFactor) => {
        const { journey, baseline } = medians[formFactor];
        const diff = difference(journey.scores[id], baseline.scores[id]);
        return [score(journey.scores[id]), score(baseline.scores[id]), signed(diff === undefined ? undefined : diff * 100)];
      }),
    ]);
  }
  const timing = (name: string, pick: (figures: LighthouseMedian) => number | undefined) =>
    rows.push([
      name,
      ...formFactors.flatMap((formFactor) => {
        const { journey, baseline } = medians[formFactor];
        return [duration(pick(journey)), duration(pick(baseline)), `${times(ratio(pick(journey), pick(baseline)))}, ${signed(difference(pick(journey), pick(baseline)), ' ms')}`];
      }),
    ]);
  timing('Largest Contentful Paint', (figures) => figures.lcp);
  timing('Total Blocking Time', (figures) => figures.tbt);
  timing('Speed Index', (figures) => figures.speedIndex);
  rows.push([
    'Cumulative Layout Shift',
    ...formFactors.flatMap((formFactor) => {
      const { journey, baseline } = medians[formFactor];
      return [fixed(journey.cls, 3), fixed(baseline.cls, 3), signed(difference(journey.cls, baseline.cls), '', 3)];
    }),
  ]);
  const failed = new Set(formFactors.flatMap((formFactor) => result.lighthouse[formFactor]!.journey.flatMap((run) => run.failedAudits)));
  return [
    `## Lighthouse ${result.meta.lighthouse} on the journey page (median of ${result.meta.runs} run${result.meta.runs === 1 ? '' : 's'})`,
    '',
    'Beside a plain-HTML page with the same milestones (semantic lists, no script, no style, no image),',
    'served by the same local server and measured in the same run, alternating with it. Mobile is',
    "Lighthouse's simulated mid-range phone on slow 4G; desktop its desktop preset. Scores 0–100;",
    'the last column of each pair is the difference in points, or the ratio and difference in time.',
    '',
    table(headers, rows),
    '',
    ...(failed.size ? ['Audits the journey page failed in accessibility, best practices or SEO:', '', ...[...failed].map((audit) => `- ${audit}`), ''] : []),
  ];
}

function scrollRow(name: string, figures: ScrollMedian | undefined): string[] {
  if (!figures) return [name, ...Array(SCROLL_HEADERS.length - 1).fill('–')];
  return [
    name,
    `${count(figures.distance)} px`,
    `${count(figures.speed)} px/s`,
    count(figures.frames),
    count(figures.over16),
    count(figures.over33),
    duration(figures.longestMs),
    count(figures.longFrames),
    duration(figures.blockingMs),
    duration(figures.mainThread.cpuMs),
    count(figures.mainThread.longTasks),
    count(figures.layouts),
    count(figures.styleRecalcs),
    figures.reachedEnd ? 'yes' : 'no',
  ];
}

/** Where the main thread's CPU time went over the scroll. */
export function cpuSummary(name: string, figures: ScrollMedian | undefined): string[] {
  if (!figures || figures.mainThread.cpuMs === 0) return [];
  const { byKind, cpuMs } = figures.mainThread;
  const parts = WORK_KINDS.map((kind) => `${kind} ${duration(byKind[kind])}`).join(', ');
  return [
    `${name}: ${duration(cpuMs)} of main-thread CPU over the scroll (${parts}); ${fixed(cpuMs / Math.max(1, figures.frames), 1)} ms per painted frame, ${fixed((cpuMs / Math.max(1, figures.distance)) * 1000, 1)} ms per 1,000 px.`,
    '',
  ];
}

const SCROLL_HEADERS = [
  'Page',
  'Distance',
  'Speed',
  'Frames',
  'Frames > 16.7 ms',
  'Frames > 33 ms',
  'Longest frame',
  'Long animation frames (> 50 ms)',
  'Their blocking time',
  'Main-thread CPU',
  'Tasks > 50 ms CPU',
  'Layouts',
  'Style recalcs',
  'Reached end',
];

/** Where the worst run's long frames spent their time: the lead to what makes a page stutter. */
export function longFrameSummary(name: string, runs: readonly ScrollFigures[]): string[] {
  const worst = [...runs].sort((a, b) => b.blockingMs - a.blockingMs || b.longFrames - a.longFrames)[0];
  if (!worst || worst.longFrames === 0) return [];
  const { attribution } = worst;
  return [
    `${name}: the worst run's ${count(worst.longFrames)} long frame${worst.longFrames === 1 ? '' : 's'} (longest ${duration(worst.longestLongFrameMs)}) spent ${duration(attribution.scriptMs)} in scripts (${duration(attribution.forcedLayoutMs)} of it in style and layout the scripts forced) and ${duration(attribution.renderMs)} rendering (rAF callbacks, style, layout, paint).`,
    ...(attribution.topScripts.length
      ? ['Longest-running scripts:', '', ...attribution.topScripts.map((script) => `- ${script.name}: ${duration(script.ms)} in ${count(script.count)} call${script.count === 1 ? '' : 's'}`)]
      : []),
    '',
  ];
}

/** How the scroll speed was chosen: longer pages go faster to fit the run's time limit. */
function speedNote(maxScrollMs: number | undefined): string {
  return `faster for pages that would take over ${seconds(maxScrollMs ?? MAX_SCROLL_MS, 0)}: see the speed`;
}

function scrollSection(result: BenchResult): string[] {
  if (!result.scroll) return [];
  return [
    `## Scrolling end to end (1440×900, median of ${result.meta.runs} run${result.meta.runs === 1 ? '' : 's'})`,
    '',
    `A synthetic mouse-wheel gesture from the top of the page to its end in Chromium, ${count(SCROLL_SPEED)} px/s (${speedNote(result.meta.maxScrollMs)}). Frames are`,
    'requestAnimationFrame gaps (a gap over 16.7 ms is a dropped frame); long animation frames are',
    "Chromium's long-animation-frame entries (wall time); main-thread CPU and tasks over 50 ms of CPU",
    "come from a trace of the scroll and do not grow when other work slows the machine; layouts and",
    "style recalculations are DevTools' counters over the scroll.",
    '',
    table(SCROLL_HEADERS, [scrollRow('Journey', medianScroll(result.scroll.journey)), scrollRow('Plain HTML', medianScroll(result.scroll.baseline))]),
    '',
    ...cpuSummary('Journey', medianScroll(result.scroll.journey)),
    ...cpuSummary('Plain HTML', medianScroll(result.scroll.baseline)),
    ...longFrameSummary('Journey', result.scroll.journey),
    ...longFrameSummary('Plain HTML', result.scroll.baseline),
  ];
}

const stepTime = (time: StepTime | undefined) => (time === undefined ? '–' : time.ok ? seconds(time.ms) : `failed after ${seconds(time.ms)}`);

function buildSection(result: BenchResult): string[] {
  const { build } = result;
  const rows = [
    ['Content check (`npm run check:content`)', stepTime(build.contentCheck)],
    ['Cold build (`astro build`, no caches)', stepTime(build.cold)],
    ['Warm build (`astro build` again)', stepTime(build.warm)],
  ];
  if (build.contentCheck?.ok && build.cold.ok) rows.push(['Cold, from a fresh clone (check + build)', seconds(build.contentCheck.ms + build.cold.ms)]);
  const failures = [build.contentCheck, build.cold, build.warm].filter((time) => time && !time.ok && time.error);
  return [
    `## Build (${count(result.meta.milestones)} milestones)`,
    '',
    table(['Step', 'Time'], rows),
    '',
    ...failures.flatMap((time) => ['```text', time!.error!, '```', '']),
  ];
}

const medianBuild = (runs: readonly BuildRun[]) => median(runs.filter((run) => run.ok).map((run) => run.ms));
const medianCpu = (runs: readonly BuildRun[]) => median(runs.filter((run) => run.ok && run.cpuMs !== undefined).map((run) => run.cpuMs!));
const loadRange = (runs: readonly BuildRun[]) => {
  const loads = runs.flatMap((run) => run.load);
  return loads.length ? `${fixed(Math.min(...loads))}–${fixed(Math.max(...loads))}` : '–';
};
const spread = (runs: readonly BuildRun[]) => {
  const times = runs.filter((run) => run.ok).map((run) => run.ms);
  if (times.length === 0) return runs.length ? 'failed' : '–';
  return `${seconds(median(times))}${times.length > 1 ? ` (${seconds(Math.min(...times))}–${seconds(Math.max(...times))})` : ''}${times.length < runs.length ? `, ${runs.length - times.length} failed` : ''}`;
};
const sizeName = (entry: BuildComparison) => `${count(entry.size)}${entry.generated ? '' : ' (the journey)'}`;

/**
 * A cold build's time at `size` milestones, worked out from the two largest generated sizes
 * measured (a fixed part and a cost per milestone), when it was not measured itself.
 */
export function estimateBuild(comparisons: readonly BuildComparison[], size: number): { ms: number; from: [number, number] } | undefined {
  const points = comparisons
    .map((entry) => ({ size: entry.size, cost: medianBuild(entry.current) }))
    .filter((point): point is { size: number; cost: number } => point.cost !== undefined)
    .sort((a, b) => a.size - b.size);
  if (points.length < 2) return undefined;
  const [small, large] = points.slice(-2) as [{ size: number; cost: number }, { size: number; cost: number }];
  const perMilestone = marginalCost(small, large);
  if (perMilestone === undefined || large.size >= size) return undefined;
  return { ms: large.cost + perMilestone * (size - large.size), from: [small.size, large.size] };
}

function buildComparisonSection(result: BenchResult): string[] {
  const builds = result.builds;
  if (!builds || builds.comparisons.length === 0) return [];
  const runs = Math.max(...builds.comparisons.map((entry) => entry.current.length));
  const rows = builds.comparisons.map((entry) => [
    sizeName(entry),
    spread(entry.current),
    spread(entry.baseline),
    times(ratio(medianBuild(entry.current), medianBuild(entry.baseline))),
    `${seconds(medianCpu(entry.current))} / ${seconds(medianCpu(entry.baseline))} (${times(ratio(medianCpu(entry.current), medianCpu(entry.baseline)))})`,
    loadRange([...entry.current, ...entry.baseline]),
    entry.warm ? `${entry.warm.ok ? seconds(entry.warm.ms) : 'failed'}, ${count(entry.warm.cardsEncoded)} cards encoded` : '–',
  ]);
  const tenThousand = result.scale.find((entry) => entry.size === 10_000 && entry.build.ok);
  const estimate = tenThousand ? undefined : estimateBuild(builds.comparisons, 10_000);
  const failures = builds.comparisons.flatMap((entry) => [...entry.current, ...entry.baseline, ...(entry.warm ? [entry.warm] : [])]).filter((run) => !run.ok && run.error);
  return [
    `## Cold builds beside ${builds.baseline ? `commit \`${builds.baseline}\`` : 'no baseline'}`,
    '',
    `Each size built from empty caches (a fresh copy, no \`node_modules/.astro\`) by this checkout and by the baseline in turn, ${runs} time${runs === 1 ? '' : 's'}: median (fastest–slowest), the median CPU time of the build process (all its threads; steadier than wall-clock time on a shared machine), and the 1-minute load average before and after each build. Generated milestones have stand-in pictures, as in the scale step. Then this checkout’s copy is built again unchanged: the warm build, and the share cards it encoded.`,
    '',
    table(['Milestones', 'This checkout', builds.baseline ? `Baseline ${builds.baseline}` : 'Baseline', 'Ratio', 'CPU, this / baseline', 'Load average', 'Warm build'], rows),
    '',
    ...(tenThousand ? [`10,000 milestones, built once in the scale step by this checkout: ${seconds(tenThousand.build.ms)}.`, ''] : []),
    ...(estimate ? [`10,000 milestones were not built: about ${seconds(estimate.ms, 0)} by the cost per milestone between ${count(estimate.from[0])} and ${count(estimate.from[1])} (an estimate).`, ''] : []),
    ...failures.flatMap((run) => ['```text', run.error!, '```', '']),
  ];
}

/** The cold builds against SCALE_TARGETS (medians), and the warm builds against encoding nothing. */
function buildBars(comparisons: readonly BuildComparison[]): string[][] {
  const rows: string[][] = [];
  for (const target of SCALE_TARGETS) {
    const entry = comparisons.find((candidate) => candidate.size === target.size && candidate.current.length > 0);
    if (!entry || target.buildMs === undefined) continue;
    const built = medianBuild(entry.current);
    rows.push([
      `${count(target.size)} milestones: cold build within ${minutes(target.buildMs)}`,
      built === undefined ? 'build failed' : `${seconds(built)} (median of ${entry.current.length})`,
      verdict(built !== undefined && built <= target.buildMs),
    ]);
  }
  const warm = comparisons.filter((entry) => entry.warm);
  if (warm.length) {
    const encoded = warm.reduce((sum, entry) => sum + entry.warm!.cardsEncoded, 0);
    rows.push(['A warm build of an unchanged journey encodes no share card', `${count(encoded)} encoded (${warm.map((entry) => (entry.generated ? `${count(entry.size)} milestones` : 'the journey')).join(', ')})`, verdict(warm.every((entry) => entry.warm!.ok) && encoded === 0)]);
  }
  return rows;
}

function growthRow(name: string, points: { size: number; cost: number }[], format: (value: number) => string): string[] | undefined {
  const verdict = growth(points);
  if (!verdict) return undefined;
  return [
    name,
    verdict.marginal.map(format).join(' → '),
    verdict.ratios.length ? verdict.ratios.map((value) => fixed(value)).join(', ') : '–',
    verdict.exponents.map((value) => fixed(value)).join(', '),
    verdict.linearOrBetter ? 'linear or better' : 'worse than linear',
  ];
}

function scaleSection(scale: readonly ScaleResult[], maxScrollMs: number | undefined): string[] {
  if (scale.length === 0) return [];
  const rows = scale.map((entry) => {
    const journey = entry.lighthouse ? medianLighthouse(entry.lighthouse.journey) : undefined;
    const plain = entry.lighthouse ? medianLighthouse(entry.lighthouse.baseline) : undefined;
    return [
      count(entry.size),
      count(entry.pictures),
      stepTime(entry.contentCheck),
      stepTime(entry.build),
      entry.build.ok ? `${fixed(entry.build.ms / entry.size, 1)} ms` : '–',
      entry.html ? `${kB(entry.html.gzip)} / ${kB(entry.html.raw)}` : '–',
      journey ? `${score(journey.scores.performance)} / ${score(plain?.scores.performance)}` : '–',
      journey ? `${duration(journey.tbt)} / ${duration(plain?.tbt)}` : '–',
      journey ? `${duration(journey.lcp)} / ${duration(plain?.lcp)}` : '–',
      times(ratio(journey?.lcp, plain?.lcp)),
      entry.scroll ? `${count(entry.scroll.distance)} px at ${count(entry.scroll.speed)} px/s` : '–',
      count(entry.scroll?.over16),
      count(entry.scroll?.over33),
      count(entry.scroll?.longFrames),
      duration(entry.scroll?.blockingMs),
      entry.scroll ? `${duration(entry.scroll.mainThread.cpuMs)} (${count(entry.scroll.mainThread.longTasks)})` : '–',
      count(entry.scroll?.layouts),
    ];
  });
  const ok = scale.filter((entry) => entry.build.ok);
  const growthRows = [
    growthRow('Build time', ok.map((entry) => ({ size: entry.size, cost: entry.build.ms })), (ms) => `${fixed(ms, 1)} ms`),
    growthRow(
      'Journey HTML (gzip)',
      ok.filter((entry) => entry.html).map((entry) => ({ size: entry.size, cost: entry.html!.gzip })),
      (bytes) => `${fixed(bytes, 0)} B`,
    ),
    growthRow(
      'Lighthouse TBT (mobile)',
      ok.flatMap((entry) => {
        const tbt = entry.lighthouse ? medianLighthouse(entry.lighthouse.journey).tbt : undefined;
        return tbt === undefined ? [] : [{ size: entry.size, cost: tbt }];
      }),
      (ms) => `${fixed(ms, 2)} ms`,
    ),
    growthRow(
      'Scroll: main-thread CPU per 1,000 px',
      ok.filter((entry) => entry.scroll).map((entry) => ({ size: entry.size, cost: (entry.scroll!.mainThread.cpuMs / Math.max(1, entry.scroll!.distance)) * 1000 })),
      (ms) => `${fixed(ms * 1000, 1)} µs`,
    ),
  ].filter((row): row is string[] => row !== undefined);
  const errors = scale.filter((entry) => entry.error || entry.build.error);
  return [
    '## Scale: generated milestones',
    '',
    'Copies of the project whose timeline is replaced by generated milestones in the scaffolder’s format,',
    'spread over 2006–2026 and both tracks, their pictures standing in from the project’s encoded art',
    '(encoding is `npm run art`’s one-off job, not the build’s). Cold build; Lighthouse mobile (performance only)',
    'on the journey and on the plain-HTML page with the same milestones, alternately, medians of each (journey / plain);',
    `one scroll end to end (at ${count(SCROLL_SPEED)} px/s, ${speedNote(maxScrollMs)}). The largest counts are only built and weighed.`,
    '',
    table(
      ['Milestones', 'Pictures', 'Content check', 'Cold build', 'Build per milestone', 'Journey HTML gzip / raw', 'Perf', 'TBT', 'LCP', 'LCP vs plain', 'Scroll', '> 16.7 ms', '> 33 ms', 'Long frames', 'Blocking', 'Main-thread CPU (tasks > 50 ms)', 'Layouts'],
      rows,
    ),
    '',
    ...(growthRows.length
      ? [
          'How the cost grows: the cost of each added milestone between consecutive sizes, the ratio of',
          'consecutive steps (about 1 for a straight line, 4 for a quadratic cost), and k in cost ∝ size^k.',
          '',
          table(['Cost', 'Per added milestone', 'Step ratio', 'k', 'Verdict'], growthRows, ['left', 'right', 'right', 'right', 'left']),
          '',
        ]
      : []),
    ...scale.flatMap((entry) => (entry.scroll ? longFrameSummary(`${count(entry.size)} milestones`, [entry.scroll]) : [])),
    ...errors.flatMap((entry) => [`${count(entry.size)} milestones: ${entry.error ?? 'the build failed'}`, '', ...(entry.build.error ? ['```text', entry.build.error, '```', ''] : [])]),
  ];
}

/**
 * Smooth means no long frame. When no task took 50 ms of main-thread CPU, the long frames waited for
 * something else (the compositor and rasteriser, other processes): the verdict says so, but it is
 * still a fail, because the visitor sees the same dropped frames.
 */
function smoothVerdict(longFrames: number, longTasks: number): string {
  if (longTasks > 0) return verdict(false);
  if (longFrames === 0) return verdict(true);
  return 'does not hold (no task over 50 ms of main-thread CPU: the frames waited for rendering)';
}

function verdict(holds: boolean | undefined): string {
  if (holds === undefined) return 'not measured';
  return holds ? 'holds' : 'does not hold';
}

/** The brief's quality bars against this run's figures. */
export function qualityBars(result: BenchResult): string[][] {
  const rows: string[][] = [];
  const mobile = result.lighthouse.mobile;
  if (mobile) {
    const journey = medianLighthouse(mobile.journey);
    const baseline = medianLighthouse(mobile.baseline);
    const perfGap = difference(baseline.scores.performance, journey.scores.performance);
    for (const id of ['accessibility', 'best-practices', 'seo'] as const) {
      rows.push([`Lighthouse mobile ${CATEGORY_NAMES[id].toLowerCase()} 1.0`, score(journey.scores[id]), verdict(journey.scores[id] === undefined ? undefined : journey.scores[id] === 1)]);
    }
    rows.push([
      `Lighthouse mobile performance within ${PERFORMANCE_GAP} of the plain page`,
      `${score(journey.scores.performance)} vs ${score(baseline.scores.performance)}`,
      verdict(perfGap === undefined ? undefined : perfGap <= PERFORMANCE_GAP + 1e-9),
    ]);
  }
  for (const kind of ['journey', 'embed', 'post'] as const) {
    const entries = result.bytes.filter((entry) => entry.page.kind === kind);
    if (entries.length === 0) continue;
    for (const type of ['js', 'css'] as const) {
      const worst = Math.max(...entries.map((entry) => entry.onLoad[type].gzip));
      rows.push([`${type.toUpperCase()} on the ${PAGE_KIND_NAMES[kind]} ≤ ${kB(BUDGETS[kind][type], 0)} gzip`, kB(worst), verdict(worst <= BUDGETS[kind][type])]);
    }
  }
  if (result.bytes.length) {
    const other = result.bytes.reduce((sum, entry) => sum + entry.otherOrigins.length, 0);
    rows.push(['Zero third-party requests', count(other), verdict(other === 0)]);
  }
  const cls = [mobile, result.lighthouse.desktop].flatMap((runs) => runs?.journey.map((run) => run.cls) ?? []).filter((value) => value !== undefined);
  if (cls.length) rows.push(['No layout shift on load (CLS 0)', `max ${fixed(Math.max(...cls), 3)}`, verdict(Math.max(...cls) === 0)]);
  if (result.scroll?.journey.length) {
    const worst = Math.max(...result.scroll.journey.map((run) => run.longFrames));
    const worstCpu = Math.max(...result.scroll.journey.map((run) => run.mainThread.longTasks));
    rows.push([
      'No main-thread frame over 50 ms while scrolling',
      `${count(worst)} long frames, ${count(worstCpu)} tasks over 50 ms CPU (worst run)`,
      smoothVerdict(worst, worstCpu),
    ]);
  }
  if (result.build.cold.ok) {
    const total = result.build.cold.ms + (result.build.contentCheck?.ms ?? 0);
    rows.push([`Cold build ≤ ${minutes(COLD_BUILD_MS)}`, seconds(total), verdict(total <= COLD_BUILD_MS)]);
  }
  if (result.build.contentCheck) {
    rows.push([`Content check ≤ ${seconds(CONTENT_CHECK_MS, 0)}`, seconds(result.build.contentCheck.ms), verdict(result.build.contentCheck.ok && result.build.contentCheck.ms <= CONTENT_CHECK_MS)]);
  }
  const built = result.scale.filter((entry) => entry.build.ok);
  if (built.length >= 2) {
    const build = growth(built.map((entry) => ({ size: entry.size, cost: entry.build.ms })));
    rows.push(['Build cost grows linearly', build ? `k = ${build.exponents.map((value) => fixed(value)).join(', ')}` : '–', verdict(build?.linearOrBetter)]);
  }
  const compared = result.builds?.comparisons ?? [];
  rows.push(...buildBars(compared));
  rows.push(...scaleBars(result.scale, new Set(compared.filter((entry) => entry.current.length > 0).map((entry) => entry.size))));
  const thousand = result.scale.find((entry) => entry.size === 1000);
  if (thousand) {
    const scroll = thousand.scroll;
    rows.push([
      '1,000 milestones build and scroll smoothly',
      scroll
        ? `${thousand.build.ok ? 'built' : 'build failed'}, ${count(scroll.longFrames)} long frames, ${count(scroll.mainThread.longTasks)} tasks over 50 ms CPU`
        : thousand.build.ok
          ? 'built, not scrolled'
          : 'build failed',
      !thousand.build.ok ? verdict(false) : scroll ? smoothVerdict(scroll.longFrames, scroll.mainThread.longTasks) : verdict(undefined),
    ]);
  }
  return rows;
}

/** A time limit as it is said: "60 s", "5 minutes". */
const minutes = (ms: number) => (ms >= 120_000 && ms % 60_000 === 0 ? `${ms / 60_000} minutes` : seconds(ms, 0));

/** The scale step's figures against SCALE_TARGETS, and each size's performance against its plain page. */
function scaleBars(scale: readonly ScaleResult[], buildsJudged: ReadonlySet<number>): string[][] {
  const rows: string[][] = [];
  for (const entry of scale) {
    if (!entry.lighthouse) continue;
    const journey = medianLighthouse(entry.lighthouse.journey);
    const plain = medianLighthouse(entry.lighthouse.baseline);
    const gap = difference(plain.scores.performance, journey.scores.performance);
    rows.push([
      `${count(entry.size)} milestones: Lighthouse mobile performance within ${PERFORMANCE_GAP} of the plain page`,
      `${score(journey.scores.performance)} vs ${score(plain.scores.performance)}`,
      verdict(gap === undefined ? undefined : gap <= PERFORMANCE_GAP + 1e-9),
    ]);
  }
  for (const target of SCALE_TARGETS) {
    const entry = scale.find((candidate) => candidate.size === target.size);
    if (!entry) continue;
    const name = `${count(target.size)} milestones`;
    const journey = entry.lighthouse ? medianLighthouse(entry.lighthouse.journey) : undefined;
    const plain = entry.lighthouse ? medianLighthouse(entry.lighthouse.baseline) : undefined;
    if (target.tbtMs !== undefined) {
      rows.push([`${name}: Lighthouse mobile TBT ≤ ${duration(target.tbtMs)}`, duration(journey?.tbt), verdict(journey?.tbt === undefined ? undefined : journey.tbt <= target.tbtMs)]);
    }
    if (target.lcpRatio !== undefined) {
      const lcpRatio = ratio(journey?.lcp, plain?.lcp);
      rows.push([
        `${name}: LCP ≤ ${target.lcpRatio}× the plain page’s`,
        journey ? `${duration(journey.lcp)} vs ${duration(plain?.lcp)} (${times(lcpRatio)})` : '–',
        verdict(lcpRatio === undefined ? undefined : lcpRatio <= target.lcpRatio + 1e-9),
      ]);
    }
    if (target.buildMs !== undefined && !buildsJudged.has(target.size)) {
      const built = entry.build.ok ? entry.build.ms : undefined;
      rows.push([`${name} build within ${minutes(target.buildMs)}`, built === undefined ? 'build failed' : seconds(built), verdict(built !== undefined && built <= target.buildMs)]);
    }
  }
  return rows;
}

/** More runnable work than cores at the start or the end of the run (1-minute load average). */
export function busy(machine: BenchResult['meta']['machine']): boolean {
  return [machine.loadAverage[0], machine.loadAverageEnd?.[0]].some((load) => load !== undefined && load > machine.cores);
}

export function renderReport(result: BenchResult): string {
  const { meta } = result;
  const bars = qualityBars(result);
  const lines = [
    '# Benchmark',
    '',
    `${meta.date.slice(0, 16).replace('T', ' ')} UTC · ${meta.machine.cpu}, ${meta.machine.cores} cores, ${meta.machine.memoryGiB} GiB · ${meta.machine.os}`,
    `Node ${meta.node} · Chromium ${meta.chromium} · Astro ${meta.astro} · Lighthouse ${meta.lighthouse}${meta.commit ? ` · commit ${meta.commit}` : ''}`,
    `${count(meta.milestones)} milestones · ${meta.runs} run${meta.runs === 1 ? '' : 's'} per figure · load average ${meta.machine.loadAverage[0]} at the start${meta.machine.loadAverageEnd ? `, ${meta.machine.loadAverageEnd[0]} at the end` : ''}${meta.totalMs ? ` · whole run ${seconds(meta.totalMs, 0)}` : ''}`,
    '',
    'Times depend on the machine and on whatever else runs on it: compare them within one report.',
    ...(busy(meta.machine)
      ? [
          '',
          `**The machine was busy** (load average above its ${meta.machine.cores} cores): every time, frame and`,
          'Lighthouse performance figure here is inflated, the plain page’s as well as the journey’s.',
        ]
      : []),
    '',
    ...(bars.length ? ['## Quality bars of the brief', '', table(['Bar', 'This run', 'Verdict'], bars, ['left', 'right', 'left']), ''] : []),
    ...bytesSection(result),
    ...lighthouseSection(result),
    ...scrollSection(result),
    ...buildSection(result),
    ...buildComparisonSection(result),
    ...scaleSection(result.scale, result.meta.maxScrollMs),
    ...(result.notes.length ? ['## Notes', '', ...result.notes.map((note) => `- ${note}`), ''] : []),
  ];
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
