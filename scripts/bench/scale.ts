import type { Browser } from '@playwright/test';
import { loadavg } from 'node:os';
import { standInArt } from './art.ts';
import { BASELINE_PATH } from './baseline.ts';
import { baselineTree } from './builds.ts';
import { GENERATED_LAST_YEAR, GENERATED_YEARS, generateMilestones } from './lib/generate.ts';
import { sameScaleSize, scaleSizeName, type ScaleSize } from './lib/scale-size.ts';
import { firstDocument } from './lib/first-document.ts';
import { runLighthouse } from './lighthouse.ts';
import { astroBuild, contentCheck, copyProject, type ProjectCopy, type Timed } from '../lib/project-copy.ts';
import type { ComparedPage, LoadAround, ScaleComparison, ScaleResult, StepTime } from './results.ts';
import { measureScroll } from './scroll.ts';
import { startStaticServer, type StaticServer } from './server.ts';
import { SCROLL_AT_SCALE } from './targets.ts';

/**
 * The journey at scale, point by point beside the project's own: the baseline commit's journey
 * (`--page-baseline`) and copies of the project with generated milestones (stand-in pictures, as
 * the real page has them), each built cold and weighed, then measured with the project's journey
 * and its plain-HTML page alternately, in one run: Lighthouse mobile (performance), and an end-to-end
 * scroll of the journey and of the generated journey `SCROLL_AT_SCALE` names, at the same speed.
 * The largest sizes are only built and weighed.
 */

/** A scale build that takes longer than this is stopped and reported as too slow. */
const BUILD_TIMEOUT_MS = 30 * 60_000;
/** Thousands of milestones make a long page: give it time to load before calling it broken. */
const LOAD_TIMEOUT_MS = 180_000;

const step = (timed: Timed): StepTime => (timed.ok ? { ok: true, ms: timed.ms } : { ok: false, ms: timed.ms, error: timed.output });
const load = () => Number(loadavg()[0]!.toFixed(2));

/** A generated journey, built cold and weighed; its copy is kept to be served unless it is only built. */
async function buildGenerated(root: string, size: ScaleSize, buildOnly: boolean, tools: Pick<CompareTools, 'log' | 'track'>): Promise<{ result: ScaleResult; copy?: ProjectCopy }> {
  const { log, track } = tools;
  const copy = copyProject(root, `scale-${size.milestones}-${size.years}`, {
    timeline: generateMilestones(size.milestones, { firstYear: GENERATED_LAST_YEAR - size.years + 1, lastYear: GENERATED_LAST_YEAR }),
  });
  track(copy.dir);
  let keep = false;
  try {
    const result: ScaleResult = { ...size, build: { ok: false, ms: 0 }, ...(buildOnly ? { buildOnly: true } : {}) };
    result.pictures = standInArt(copy.dir);
    const check = contentCheck(copy);
    if (check) result.contentCheck = step(await check);
    log(`  cold build`);
    result.build = step(await astroBuild(copy, BUILD_TIMEOUT_MS));
    log(`  ${(result.build.ms / 1000).toFixed(1)} s`);
    const document = result.build.ok ? firstDocument(copy.dist) : undefined;
    if (!document) {
      result.error = result.build.ok ? 'the build has no journey page' : 'the build failed';
      return { result };
    }
    Object.assign(result, document);
    keep = !buildOnly;
    return { result, ...(keep ? { copy } : {}) };
  } finally {
    if (!keep) copy.remove();
  }
}

export interface CompareOptions {
  /** The project's journey, built: its dist/ folder and milestones. */
  journey: { dist: string; milestones: number };
  /** The plain-HTML page with the journey's milestones: its folder. */
  plainDir: string;
  /** The commit whose journey is measured beside this checkout's. */
  pageBaseline?: string;
  sizes: readonly ScaleSize[];
  buildOnlySizes: readonly ScaleSize[];
  runs: number;
  maxScrollMs: number;
}

export interface CompareTools {
  browser: Browser;
  log: (message: string) => void;
  /** One measurement; when it fails, the report says why and the run goes on. */
  attempt: <T>(what: string, measure: () => Promise<T>) => Promise<T | undefined>;
  note: (text: string) => void;
  /** A temporary folder to remove should the run be stopped. */
  track: (dir: string) => void;
}

/** Which page of the comparison a label names, for the log. */
function pageName(page: ComparedPage): string {
  if (page.kind === 'journey') return `the journey (${page.milestones})`;
  if (page.kind === 'plain') return 'the plain page';
  if (page.kind === 'previous') return `the journey at ${page.commit}`;
  return scaleSizeName({ milestones: page.milestones, years: page.years! });
}

export async function compareAtScale(root: string, options: CompareOptions, tools: CompareTools): Promise<{ comparison: ScaleComparison; scale: ScaleResult[] }> {
  const { browser, log, attempt, note, track } = tools;
  const copies: ProjectCopy[] = [];
  const trees: { remove(): void }[] = [];
  const servers: StaticServer[] = [];
  const comparison: ScaleComparison = { pages: [] };
  const scale: ScaleResult[] = [];
  const urls = new Map<ComparedPage, string>();
  try {
    const site = await startStaticServer({ '/': options.journey.dist, [BASELINE_PATH]: options.plainDir });
    servers.push(site);
    const journey: ComparedPage = { kind: 'journey', milestones: options.journey.milestones, ...firstDocument(options.journey.dist), lighthouse: [], scroll: [] };
    const plain: ComparedPage = { kind: 'plain', milestones: options.journey.milestones, ...firstDocument(options.plainDir), lighthouse: [], scroll: [] };
    comparison.pages.push(journey, plain);
    urls.set(journey, `${site.origin}/`).set(plain, `${site.origin}${BASELINE_PATH}`);

    if (options.pageBaseline) {
      const tree = baselineTree(root, options.pageBaseline);
      if (typeof tree === 'string') note(`The baseline commit's journey was not measured: ${tree}.`);
      else {
        // The copy links the tree's packages through the tree: it stays until the copy is done with.
        trees.push(tree);
        track(tree.dir);
        log(`cold build of the journey at ${tree.commit}`);
        const copy = copyProject(tree.dir, `page-${tree.commit}`);
        copies.push(copy);
        track(copy.dir);
        const build = step(await astroBuild(copy, BUILD_TIMEOUT_MS));
        log(`  ${(build.ms / 1000).toFixed(1)} s`);
        comparison.previous = { commit: tree.commit, build };
        const document = build.ok ? firstDocument(copy.dist) : undefined;
        if (document) {
          const previous: ComparedPage = { kind: 'previous', milestones: options.journey.milestones, commit: tree.commit, ...document, lighthouse: [], scroll: [] };
          const server = await startStaticServer({ '/': copy.dist });
          servers.push(server);
          comparison.pages.push(previous);
          urls.set(previous, `${server.origin}/`);
        } else note(`The journey at ${tree.commit} was not measured: its build ${build.ok ? 'has no journey page' : 'failed'}.`);
      }
    }

    for (const size of options.sizes) {
      log(`scale: ${scaleSizeName(size)}`);
      const built = await attempt(`the journey with ${scaleSizeName(size)}`, () => buildGenerated(root, size, false, tools));
      if (!built) continue;
      scale.push(built.result);
      if (!built.copy) continue;
      copies.push(built.copy);
      track(built.copy.dir);
      const server = await startStaticServer({ '/': built.copy.dist });
      servers.push(server);
      const page: ComparedPage = { kind: 'generated', milestones: size.milestones, years: size.years, html: built.result.html, elements: built.result.elements, lighthouse: [], scroll: [] };
      comparison.pages.push(page);
      urls.set(page, `${server.origin}/`);
    }

    const around = async <T extends object>(measure: () => Promise<T>): Promise<T & { load: LoadAround }> => {
      const before = load();
      const figures = await measure();
      return { ...figures, load: [before, load()] };
    };
    for (let run = 1; run <= options.runs; run++) {
      // Every page in turn in each round spreads the machine's noise over all of them alike.
      for (const page of comparison.pages) {
        log(`Lighthouse mobile (performance), ${pageName(page)}, run ${run} of ${options.runs}`);
        // Performance only: the other categories are measured on the journey itself, and auditing
        // accessibility on a page of thousands of milestones takes minutes.
        const measure = () => around(() => runLighthouse(urls.get(page)!, 'mobile', ['performance']));
        // A page of thousands of milestones can keep the main thread from answering Lighthouse in
        // time on a busy machine: such a run is tried once more (the report notes the failure).
        const figures = (await attempt(`Lighthouse mobile on ${pageName(page)}, run ${run}`, measure)) ?? (await attempt(`Lighthouse mobile on ${pageName(page)}, run ${run}, tried again`, measure));
        if (figures) page.lighthouse.push(figures);
      }
    }

    const scrolled = comparison.pages.find((page) => page.kind === 'generated' && page.milestones === SCROLL_AT_SCALE.milestones && page.years === GENERATED_YEARS);
    if (scrolled) {
      // The longer page sets the speed (to fit the time a scroll may take); the journey is scrolled
      // at the same speed, so the two compare per pixel of travel.
      let speed: number | undefined;
      for (let run = 1; run <= options.runs; run++) {
        for (const page of [scrolled, journey]) {
          log(`scrolling ${pageName(page)} end to end, run ${run} of ${options.runs}`);
          const figures = await attempt(`scrolling ${pageName(page)}, run ${run}`, () =>
            around(() => measureScroll(browser, urls.get(page)!, { loadTimeoutMs: LOAD_TIMEOUT_MS, maxScrollMs: options.maxScrollMs, ...(speed ? { speed } : {}) })),
          );
          if (figures) {
            page.scroll.push(figures);
            speed ??= figures.speed;
          }
        }
      }
    } else if (options.sizes.length) {
      note(`Scrolling at scale was not measured: the sizes measured do not include ${SCROLL_AT_SCALE.milestones.toLocaleString('en-US')} milestones over ${GENERATED_YEARS} years.`);
    }
  } finally {
    for (const server of servers) await server.close();
    for (const copy of copies) copy.remove();
    for (const tree of trees) tree.remove();
  }

  for (const size of options.buildOnlySizes) {
    if (options.sizes.some((other) => sameScaleSize(other, size))) continue;
    log(`scale: ${scaleSizeName(size)}, build only`);
    const built = await attempt(`the journey with ${scaleSizeName(size)}`, () => buildGenerated(root, size, true, tools));
    if (built) scale.push(built.result);
  }
  return { comparison, scale };
}
