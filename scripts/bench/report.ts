import { BUDGETS, PAGE_KIND_NAMES } from '../../src/build-time/budgets.ts';
import { VIEWPORTS } from './bytes.ts';
import { CATEGORIES, type FormFactor, type LighthouseFigures } from './lighthouse.ts';
import { count, duration, fixed, kB, score, seconds, signed, table, times } from './lib/markdown.ts';
import { RESOURCE_TYPES, type ResourceType, type TypeTotals } from './lib/sizes.ts';
import { WORK_KINDS, type MainThreadWork } from './lib/trace.ts';
import { difference, growth, marginalCost, median, ratio } from './lib/stats.ts';
import type { BenchResult, BuildComparison, BuildRun, BytesResult, ComparedPage, LoadAround, ScaleResult, StepTime } from './results.ts';
import { MAX_SCROLL_MS, SCROLL_SPEED, type ScrollFigures } from './scroll.ts';
import { AT_SCALE, COLD_BUILD_MS, CONTENT_CHECK_MS, JOURNEY_VS, MAX_LAYOUT_SHIFT, PERFORMANCE_GAP, SCALE_TARGETS, SCROLL_AT_SCALE } from './targets.ts';
import { GENERATED_YEARS } from './lib/generate.ts';
import { scaleSizeName } from './lib/scale-size.ts';

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
  const tenThousand = result.scale.find((entry) => entry.milestones === 10_000 && entry.years === GENERATED_YEARS && entry.build.ok);
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

/** Generated journeys spread over the journey's own years: the ones whose costs are compared by count. */
const byCount = (scale: readonly ScaleResult[]) => scale.filter((entry) => entry.years === GENERATED_YEARS);

function scaleSection(scale: readonly ScaleResult[]): string[] {
  if (scale.length === 0) return [];
  const rows = scale.map((entry) => [
    scaleSizeName(entry),
    count(entry.pictures),
    stepTime(entry.contentCheck),
    stepTime(entry.build),
    entry.build.ok ? `${fixed(entry.build.ms / entry.milestones, 1)} ms` : '–',
    entry.html ? `${kB(entry.html.gzip)} / ${kB(entry.html.raw)}` : '–',
    count(entry.elements),
    entry.buildOnly ? 'built only' : 'measured',
  ]);
  const ok = byCount(scale).filter((entry) => entry.build.ok);
  const growthRows = [
    growthRow('Build time', ok.map((entry) => ({ size: entry.milestones, cost: entry.build.ms })), (ms) => `${fixed(ms, 1)} ms`),
    growthRow(
      'First document (gzip)',
      ok.filter((entry) => entry.html).map((entry) => ({ size: entry.milestones, cost: entry.html!.gzip })),
      (bytes) => `${fixed(bytes, 0)} B`,
    ),
  ].filter((row): row is string[] => row !== undefined);
  const errors = scale.filter((entry) => entry.error || entry.build.error);
  return [
    '## Scale: generated milestones, built and weighed',
    '',
    'Copies of the project whose timeline is replaced by generated milestones in the scaffolder’s format,',
    `spread over the years named (the last ${GENERATED_YEARS} years are the journey’s own) and both tracks, their pictures standing in`,
    'from the project’s encoded art (encoding is `npm run art`’s one-off job, not the build’s). Each built cold;',
    'the first document is the journey page as served (dist/index.html), its elements counted before any script runs.',
    '',
    table(['Generated journey', 'Pictures', 'Content check', 'Cold build', 'Build per milestone', 'First document gzip / raw', 'Elements', 'In a browser'], rows),
    '',
    ...(growthRows.length
      ? [
          `How the cost grows over ${GENERATED_YEARS} years: the cost of each added milestone between consecutive sizes, the ratio of`,
          'consecutive steps (about 1 for a straight line, 4 for a quadratic cost), and k in cost ∝ size^k.',
          '',
          table(['Cost', 'Per added milestone', 'Step ratio', 'k', 'Verdict'], growthRows, ['left', 'right', 'right', 'right', 'left']),
          '',
        ]
      : []),
    ...errors.flatMap((entry) => [`${scaleSizeName(entry)}: ${entry.error ?? 'the build failed'}`, '', ...(entry.build.error ? ['```text', entry.build.error, '```', ''] : [])]),
  ];
}

/** What a compared page is called in the report. */
export function comparedName(page: ComparedPage): string {
  switch (page.kind) {
    case 'journey':
      return `The journey (${count(page.milestones)} milestones)`;
    case 'plain':
      return `Its plain page (${count(page.milestones)} milestones)`;
    case 'previous':
      return `The journey at \`${page.commit}\` (${count(page.milestones)} milestones)`;
    case 'generated':
      return scaleSizeName({ milestones: page.milestones, years: page.years ?? GENERATED_YEARS });
  }
}

/** The lowest and highest 1-minute load average around some measurements. */
function loadAround(...runs: readonly { load: LoadAround }[][]): string {
  const loads = runs.flat().flatMap((run) => run.load);
  return loads.length ? `${fixed(Math.min(...loads))}–${fixed(Math.max(...loads))}` : '–';
}

const maxOf = (values: readonly (number | undefined)[]) => {
  const known = values.filter((value): value is number => value !== undefined);
  return known.length ? Math.max(...known) : undefined;
};

/** A scroll's cost per 1,000 px of travel, median over the runs. */
function perThousandPx(page: ComparedPage, pick: (run: ComparedPage['scroll'][number]) => number): number | undefined {
  return median(page.scroll.filter((run) => run.distance > 0).map((run) => (pick(run) / run.distance) * 1000));
}

/** `ours` against `theirs` as "1.05 s vs 870 ms (×1.21)". */
function against(ours: number | undefined, theirs: number | undefined, format: (value: number | undefined) => string): string {
  if (ours === undefined) return 'not measured';
  return `${format(ours)} vs ${format(theirs)}${ratio(ours, theirs) === undefined ? '' : ` (${times(ratio(ours, theirs))})`}`;
}

/** Whether `ours` is within `limit` times `theirs` (two zeros are equal, a cost against none is not within). */
function within(ours: number | undefined, theirs: number | undefined, limit: number): boolean | undefined {
  if (ours === undefined || theirs === undefined) return undefined;
  return ours <= theirs * limit + 1e-9;
}

const multiple = (limit: number) => (limit === 1 ? '≤ ×1 (no worse)' : `≤ ×${limit}`);
const shift = (value: number | undefined) => fixed(value, 3);

/**
 * The targets of a journey of any length against this run's figures: each line the figure measured,
 * the target, the verdict and the load average around the runs it comes from. Columns: figure,
 * measured, target, verdict, load average.
 */
export function scaleTargets(result: BenchResult): string[][] {
  const pages = result.comparison?.pages ?? [];
  const journey = pages.find((page) => page.kind === 'journey');
  if (!journey) return [];
  const plain = pages.find((page) => page.kind === 'plain');
  const previous = pages.find((page) => page.kind === 'previous');
  const generated = pages.filter((page) => page.kind === 'generated');
  const lh = (page: ComparedPage | undefined) => (page && page.lighthouse.length ? medianLighthouse(page.lighthouse) : undefined);
  const ours = lh(journey);
  const rows: string[][] = [];
  const clsRow = (page: ComparedPage) => {
    const worst = maxOf(page.lighthouse.map((run) => run.cls));
    rows.push([`${comparedName(page)}: CLS on load (worst run)`, shift(worst), `${MAX_LAYOUT_SHIFT}`, verdict(worst === undefined ? undefined : worst <= MAX_LAYOUT_SHIFT), loadAround(page.lighthouse)]);
  };
  for (const page of generated) {
    const theirs = lh(page);
    const name = comparedName(page);
    rows.push([`${name}: TBT against the journey’s`, against(theirs?.tbt, ours?.tbt, duration), multiple(AT_SCALE.tbt), verdict(within(theirs?.tbt, ours?.tbt, AT_SCALE.tbt)), loadAround(page.lighthouse, journey.lighthouse)]);
    rows.push([`${name}: LCP against the journey’s`, against(theirs?.lcp, ours?.lcp, duration), multiple(AT_SCALE.lcp), verdict(within(theirs?.lcp, ours?.lcp, AT_SCALE.lcp)), loadAround(page.lighthouse, journey.lighthouse)]);
    rows.push([`${name}: first document (gzip) against the journey’s`, against(page.html?.gzip, journey.html?.gzip, kB), multiple(AT_SCALE.htmlGzip), verdict(within(page.html?.gzip, journey.html?.gzip, AT_SCALE.htmlGzip)), '–']);
    clsRow(page);
  }
  if (plain) {
    const theirs = lh(plain);
    rows.push([`${comparedName(journey)}: LCP against the plain page’s`, against(ours?.lcp, theirs?.lcp, duration), multiple(JOURNEY_VS.plainLcp), verdict(within(ours?.lcp, theirs?.lcp, JOURNEY_VS.plainLcp)), loadAround(journey.lighthouse, plain.lighthouse)]);
  }
  if (previous) {
    const theirs = lh(previous);
    rows.push([`${comparedName(journey)}: TBT against commit \`${previous.commit}\``, against(ours?.tbt, theirs?.tbt, duration), multiple(JOURNEY_VS.previousTbt), verdict(within(ours?.tbt, theirs?.tbt, JOURNEY_VS.previousTbt)), loadAround(journey.lighthouse, previous.lighthouse)]);
  }
  clsRow(journey);
  const scrolled = generated.find((page) => page.scroll.length > 0);
  if (scrolled && journey.scroll.length) {
    const name = `Scrolling ${scaleSizeName({ milestones: scrolled.milestones, years: scrolled.years ?? GENERATED_YEARS })} end to end`;
    const cpu = [perThousandPx(scrolled, (run) => run.mainThread.cpuMs), perThousandPx(journey, (run) => run.mainThread.cpuMs)] as const;
    const frames = [perThousandPx(scrolled, (run) => run.longFrames), perThousandPx(journey, (run) => run.longFrames)] as const;
    const load = loadAround(scrolled.scroll, journey.scroll);
    rows.push([`${name}: main-thread CPU per 1,000 px against the journey’s`, against(cpu[0], cpu[1], (value) => (value === undefined ? '–' : `${fixed(value, 1)} ms`)), multiple(SCROLL_AT_SCALE.ratio), verdict(within(cpu[0], cpu[1], SCROLL_AT_SCALE.ratio)), load]);
    rows.push([`${name}: long animation frames per 1,000 px against the journey’s`, against(frames[0], frames[1], (value) => fixed(value, 2)), multiple(SCROLL_AT_SCALE.ratio), verdict(within(frames[0], frames[1], SCROLL_AT_SCALE.ratio)), load]);
    for (const page of [journey, scrolled]) {
      const worst = maxOf(page.scroll.map((run) => run.layoutShift));
      rows.push([`${comparedName(page)}: layout shift while scrolling (worst run)`, shift(worst), `${MAX_LAYOUT_SHIFT}`, verdict(worst === undefined ? undefined : worst <= MAX_LAYOUT_SHIFT), loadAround(page.scroll)]);
    }
  }
  return rows;
}

/** A median and, over several runs, the fastest and slowest: "466 ms (446 ms–1472 ms)". */
function withRange(middle: number | undefined, values: readonly (number | undefined)[]): string {
  const known = values.filter((value): value is number => value !== undefined);
  if (middle === undefined || known.length < 2) return duration(middle);
  return `${duration(middle)} (${duration(Math.min(...known))}–${duration(Math.max(...known))})`;
}

function comparisonSection(result: BenchResult): string[] {
  const comparison = result.comparison;
  if (!comparison || comparison.pages.length === 0) return [];
  const runs = Math.max(...comparison.pages.map((page) => page.lighthouse.length));
  const rows = comparison.pages.map((page) => {
    const figures = page.lighthouse.length ? medianLighthouse(page.lighthouse) : undefined;
    return [
      comparedName(page),
      page.html ? `${kB(page.html.gzip)} / ${kB(page.html.raw)}` : '–',
      count(page.elements),
      score(figures?.scores.performance),
      withRange(figures?.tbt, page.lighthouse.map((run) => run.tbt)),
      withRange(figures?.lcp, page.lighthouse.map((run) => run.lcp)),
      shift(maxOf(page.lighthouse.map((run) => run.cls))),
      `${page.lighthouse.length}`,
      loadAround(page.lighthouse),
    ];
  });
  const scrolled = comparison.pages.filter((page) => page.scroll.length);
  const scrollRows = scrolled.map((page) => {
    const figures = medianScroll(page.scroll)!;
    return [
      comparedName(page),
      `${count(figures.distance)} px`,
      `${count(figures.speed)} px/s`,
      `${duration(figures.mainThread.cpuMs)} (${fixed(perThousandPx(page, (run) => run.mainThread.cpuMs), 1)} ms)`,
      `${count(figures.longFrames)} (${fixed(perThousandPx(page, (run) => run.longFrames), 2)})`,
      `${count(figures.over33)} (${fixed(perThousandPx(page, (run) => run.over33), 2)})`,
      count(figures.mainThread.longTasks),
      shift(maxOf(page.scroll.map((run) => run.layoutShift))),
      figures.reachedEnd ? 'yes' : 'no',
      `${page.scroll.length}`,
      loadAround(page.scroll),
    ];
  });
  const previous = comparison.previous;
  return [
    `## A journey of any length, beside the journey (Lighthouse mobile, median of ${runs} run${runs === 1 ? '' : 's'})`,
    '',
    'Every page served by the same local server code and measured in turn in each round, so the machine’s',
    'noise falls on all alike: this checkout’s journey, its plain-HTML page, the baseline commit’s journey',
    '(built cold from its own files), and each generated journey (stand-in pictures, as the real page has them).',
    'Lighthouse mobile, performance only: medians (fastest–slowest); CLS is the worst run’s. The first document is the page as served,',
    'before any script runs or any fragment arrives.',
    ...(previous ? ['', `The journey at \`${previous.commit}\` built cold in ${stepTime(previous.build)}.`, ...(previous.build.error ? ['', '```text', previous.build.error, '```'] : [])] : []),
    '',
    table(['Page', 'First document gzip / raw', 'Elements', 'Perf', 'TBT', 'LCP', 'CLS', 'Runs', 'Load average'], rows),
    '',
    'Total blocking time moves most with other work on the machine (Lighthouse scales up the long tasks it sees):',
    'read it with its fastest–slowest range and the load average.',
    '',
    ...(scrollRows.length
      ? [
          'Scrolled end to end at 1440×900 in Chromium, both at the speed the longer page needs to finish in time',
          '(medians; per 1,000 px of travel in brackets). Layout shift is every layout-shift entry’s score over the scroll.',
          '',
          table(['Page', 'Distance', 'Speed', 'Main-thread CPU', 'Long animation frames', 'Frames > 33 ms', 'Tasks > 50 ms CPU', 'Layout shift', 'Reached end', 'Runs', 'Load average'], scrollRows),
          '',
          ...scrolled.flatMap((page) => longFrameSummary(comparedName(page), page.scroll)),
        ]
      : []),
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
  const built = byCount(result.scale).filter((entry) => entry.build.ok);
  if (built.length >= 2) {
    const build = growth(built.map((entry) => ({ size: entry.milestones, cost: entry.build.ms })));
    rows.push(['Build cost grows linearly', build ? `k = ${build.exponents.map((value) => fixed(value)).join(', ')}` : '–', verdict(build?.linearOrBetter)]);
  }
  const compared = result.builds?.comparisons ?? [];
  rows.push(...buildBars(compared));
  rows.push(...scaleBuildBars(result.scale, new Set(compared.filter((entry) => entry.current.length > 0).map((entry) => entry.size))));
  return rows;
}

/** A time limit as it is said: "60 s", "5 minutes". */
const minutes = (ms: number) => (ms >= 120_000 && ms % 60_000 === 0 ? `${ms / 60_000} minutes` : seconds(ms, 0));

/** The scale step's single cold builds against SCALE_TARGETS, where the build comparison did not judge that size. */
function scaleBuildBars(scale: readonly ScaleResult[], buildsJudged: ReadonlySet<number>): string[][] {
  const rows: string[][] = [];
  for (const target of SCALE_TARGETS) {
    const entry = byCount(scale).find((candidate) => candidate.milestones === target.size);
    if (!entry || buildsJudged.has(target.size)) continue;
    const built = entry.build.ok ? entry.build.ms : undefined;
    rows.push([`${count(target.size)} milestones build within ${minutes(target.buildMs)}`, built === undefined ? 'build failed' : seconds(built), verdict(built !== undefined && built <= target.buildMs)]);
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
  const targets = scaleTargets(result);
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
    ...(targets.length
      ? [
          '## Targets of a journey of any length',
          '',
          'Against the journey, its plain page and the baseline commit’s journey, measured alternately in this run',
          '(details below); the load average is the 1-minute one before and after each run the line draws on.',
          '',
          table(['Figure', 'This run', 'Target', 'Verdict', 'Load average'], targets, ['left', 'right', 'right', 'left', 'right']),
          '',
        ]
      : []),
    ...bytesSection(result),
    ...lighthouseSection(result),
    ...scrollSection(result),
    ...buildSection(result),
    ...buildComparisonSection(result),
    ...comparisonSection(result),
    ...scaleSection(result.scale),
    ...(result.notes.length ? ['## Notes', '', ...result.notes.map((note) => `- ${note}`), ''] : []),
  ];
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
