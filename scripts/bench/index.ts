import { chromium, type Browser } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem, type } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { checkBudgets, PAGE_KIND_NAMES } from '../../src/build-time/budgets.ts';
import { BASELINE_PATH, writeBaselinePage } from './baseline.ts';
import { measurePageBytes, VIEWPORTS, type ViewportName } from './bytes.ts';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium.ts';
import { parseArgs, USAGE, UsageError } from './lib/args.ts';
import { findBenchPages } from './lib/pages.ts';
import { totalsByType, transferTotal } from './lib/sizes.ts';
import { runLighthouse, type FormFactor } from './lighthouse.ts';
import { astroBuild, contentCheck, copyProject, type ProjectCopy, type Timed } from '../lib/project-copy.ts';
import { renderReport } from './report.ts';
import type { BenchResult, StepTime } from './results.ts';
import { compareAtScale } from './scale.ts';
import { baselineTree, compareBuilds } from './builds.ts';
import { measureScroll } from './scroll.ts';
import { startStaticServer } from './server.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');

function log(message: string): void {
  process.stderr.write(`› ${message}\n`);
}

function step(timed: Timed): StepTime {
  return timed.ok ? { ok: true, ms: timed.ms } : { ok: false, ms: timed.ms, error: timed.output };
}

function packageVersion(name: string): string {
  const file = join(ROOT, 'node_modules', name, 'package.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version : 'not installed';
}

function gitCommit(): string | undefined {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return dirty ? `${commit} (with uncommitted changes)` : commit;
  } catch {
    return undefined;
  }
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  const started = performance.now();
  const maxScrollMs = options.scrollSeconds * 1000;
  // The benchmark measures the site at a domain root, whatever the shell says.
  delete process.env.BASE;

  const copies: ProjectCopy[] = [];
  const temporary: string[] = [];
  const cleanUp = () => {
    for (const copy of copies) copy.remove();
    for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
  };
  process.once('SIGINT', () => {
    cleanUp();
    process.exit(130);
  });

  const browser: Browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
  const result: BenchResult = {
    meta: {
      date: new Date().toISOString(),
      machine: {
        cpu: cpus()[0]?.model.trim() ?? 'unknown',
        cores: cpus().length,
        memoryGiB: Math.round(totalmem() / 2 ** 30),
        os: `${type()} ${release()}`,
        loadAverage: loadavg().map((value) => Number(value.toFixed(2))),
      },
      node: process.version,
      chromium: browser.version(),
      lighthouse: packageVersion('lighthouse'),
      astro: packageVersion('astro'),
      commit: gitCommit(),
      runs: options.runs,
      maxScrollMs,
      milestones: 0,
    },
    build: { cold: { ok: false, ms: 0 } },
    pages: { found: [], missing: [] },
    bytes: [],
    lighthouse: {},
    scale: [],
    notes: [],
  };

  /** One measurement; when it fails, the report says so and the run goes on. */
  const attempt = async <T>(what: string, measure: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await measure();
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
      log(`  failed: ${reason}`);
      result.notes.push(`Not measured: ${what} (${reason}).`);
      return undefined;
    }
  };

  try {
    log('copying the project');
    const site = copyProject(ROOT, 'site');
    copies.push(site);
    const baselineDir = mkdtempSync(join(tmpdir(), 'bench-baseline-'));
    temporary.push(baselineDir);
    const baseline = writeBaselinePage(site.dir, baselineDir);
    result.meta.milestones = baseline.milestones;
    if (baseline.skipped.length) {
      result.notes.push(`The plain-HTML page leaves out ${baseline.skipped.length} milestone file(s) that fail the content check.`);
    }

    const check = contentCheck(site);
    if (check) {
      log('content check');
      result.build.contentCheck = step(await check);
    } else {
      result.notes.push('No content check to time: `npm run check:content` is missing or its script file does not exist.');
    }
    log('cold build (no caches)');
    result.build.cold = step(await astroBuild(site));
    log(`  ${(result.build.cold.ms / 1000).toFixed(1)} s`);
    if (!result.build.cold.ok) {
      result.notes.push('The build failed, so nothing else could be measured.');
      return finish(result, options.outDir, started, 1);
    }
    log('warm build');
    result.build.warm = step(await astroBuild(site));
    log(`  ${(result.build.warm.ms / 1000).toFixed(1)} s`);

    const { pages, missing } = findBenchPages(site.dist);
    result.pages = { found: pages, missing };
    for (const page of missing) {
      result.notes.push(`Not measured: the ${PAGE_KIND_NAMES[page.kind]} (${page.reason}).`);
    }

    const server = await startStaticServer({ '/': site.dist, [BASELINE_PATH]: baselineDir });
    try {
      for (const page of pages) {
        for (const viewport of Object.keys(VIEWPORTS) as ViewportName[]) {
          log(`bytes of ${page.label} at ${VIEWPORTS[viewport].label}`);
          const measured = await attempt(`bytes of ${page.label} at ${VIEWPORTS[viewport].label}`, () =>
            measurePageBytes(browser, `${server.origin}${page.path}`, viewport),
          );
          if (!measured) continue;
          const onLoad = totalsByType(measured.onLoad);
          result.bytes.push({
            page,
            viewport,
            onLoad,
            afterScroll: totalsByType(measured.afterScroll),
            onLoadTransfer: transferTotal(measured.onLoad),
            afterScrollTransfer: transferTotal(measured.afterScroll),
            otherOrigins: measured.otherOrigins,
            budgets: checkBudgets(page.kind, { js: onLoad.js.gzip, css: onLoad.css.gzip, html: onLoad.html.gzip }),
          });
        }
      }

      const journeyUrl = pages.some((page) => page.kind === 'journey') ? `${server.origin}/` : undefined;
      const baselineUrl = `${server.origin}${BASELINE_PATH}`;
      const urlOf = (which: 'journey' | 'baseline') => (which === 'journey' ? journeyUrl! : baselineUrl);
      if (journeyUrl) {
        const formFactors: FormFactor[] = ['mobile', 'desktop'];
        for (const formFactor of formFactors) result.lighthouse[formFactor] = { journey: [], baseline: [] };
        for (let run = 1; run <= options.runs; run++) {
          // Alternating the two pages spreads the machine's noise over both alike.
          for (const formFactor of formFactors) {
            for (const which of ['journey', 'baseline'] as const) {
              log(`Lighthouse ${formFactor}, ${which}, run ${run} of ${options.runs}`);
              const figures = await attempt(`Lighthouse ${formFactor} on the ${which} page, run ${run}`, () => runLighthouse(urlOf(which), formFactor));
              if (figures) result.lighthouse[formFactor]![which].push(figures);
            }
          }
        }
        result.scroll = { journey: [], baseline: [] };
        for (let run = 1; run <= options.runs; run++) {
          for (const which of ['journey', 'baseline'] as const) {
            log(`scrolling ${which} end to end, run ${run} of ${options.runs}`);
            const figures = await attempt(`scrolling the ${which} page, run ${run}`, () => measureScroll(browser, urlOf(which), { maxScrollMs }));
            if (figures) result.scroll[which].push(figures);
          }
        }
      } else {
        result.notes.push('Lighthouse and scrolling were not measured: the build has no journey page.');
      }
    } finally {
      await server.close();
    }

    if (options.builds) {
      const tree = baselineTree(ROOT, options.buildBaseline);
      if (typeof tree === 'string') result.notes.push(`Cold builds were measured without a baseline: ${tree}.`);
      else temporary.push(tree.dir);
      const baseline = typeof tree === 'string' ? undefined : tree;
      const comparisons = await attempt('the build comparison', () =>
        compareBuilds(ROOT, { sizes: options.buildSizes, runs: options.runs, baseline, journeyMilestones: result.meta.milestones }, log),
      );
      result.builds = { ...(baseline ? { baseline: baseline.commit } : {}), comparisons: comparisons ?? [] };
      baseline?.remove();
    }

    if (options.pageBaseline || options.scaleSizes.length || options.buildOnlySizes.length) {
      const compared = await attempt('the journey at scale', () =>
        compareAtScale(
          ROOT,
          {
            journey: { dist: site.dist, milestones: result.meta.milestones },
            plainDir: baselineDir,
            ...(options.pageBaseline ? { pageBaseline: options.pageBaseline } : {}),
            sizes: options.scaleSizes,
            buildOnlySizes: options.buildOnlySizes,
            runs: options.runs,
            maxScrollMs,
          },
          { browser, log, attempt, note: (text) => result.notes.push(text), track: (dir) => temporary.push(dir) },
        ),
      );
      if (compared) {
        result.comparison = compared.comparison;
        result.scale = compared.scale;
      }
    }
    return finish(result, options.outDir, started, 0);
  } catch (error) {
    // Whatever was measured before the stop is still worth reading.
    result.notes.push(`The benchmark stopped early: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    return finish(result, options.outDir, started, 1);
  } finally {
    await browser.close();
    cleanUp();
  }
}

function finish(result: BenchResult, outDir: string, started: number, code: number): number {
  result.meta.totalMs = performance.now() - started;
  result.meta.machine.loadAverageEnd = loadavg().map((value) => Number(value.toFixed(2)));
  const report = renderReport(result);
  const dir = resolve(ROOT, outDir);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'report.md'), report);
  writeFileSync(join(dir, 'report.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(report);
  log(`saved ${join(outDir, 'report.md')} and ${join(outDir, 'report.json')}`);
  return code;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(error.message);
      process.exit(2);
    }
    console.error(`The benchmark stopped: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
