import type { Browser } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { standInArt } from './art.ts';
import { BASELINE_PATH, writeBaselinePage } from './baseline.ts';
import { generateMilestones } from './lib/generate.ts';
import { gzipSize } from './lib/sizes.ts';
import { runLighthouse } from './lighthouse.ts';
import { astroBuild, contentCheck, copyProject } from '../lib/project-copy.ts';
import type { ScaleResult, StepTime } from './results.ts';
import { measureScroll } from './scroll.ts';
import { startStaticServer } from './server.ts';

/** A scale build that takes longer than this is stopped and reported as too slow. */
const BUILD_TIMEOUT_MS = 15 * 60_000;
/** Thousands of milestones make a long page: give it time to load before calling it broken. */
const LOAD_TIMEOUT_MS = 180_000;

const message = (error: unknown) => (error instanceof Error ? error.message.split('\n')[0]! : String(error));

export interface ScaleOptions {
  /** Lighthouse runs on each of the two pages; the report quotes their medians. */
  runs: number;
  /** Only build and weigh the page (the largest sizes: build time and bytes). */
  buildOnly?: boolean;
  maxScrollMs?: number;
}

/**
 * The project with its timeline replaced by `size` generated milestones: build time (cold), the
 * journey page's HTML, Lighthouse mobile performance on the journey and on the plain-HTML page with
 * the same milestones (alternately, `runs` times each), and one end-to-end scroll.
 */
export async function measureScale(
  root: string,
  size: number,
  browser: Browser,
  log: (message: string) => void,
  options: ScaleOptions,
): Promise<ScaleResult> {
  const copy = copyProject(root, `scale-${size}`, { timeline: generateMilestones(size) });
  const baselineDir = mkdtempSync(join(tmpdir(), `bench-baseline-${size}-`));
  try {
    const result: ScaleResult = { size, build: { ok: false, ms: 0 }, ...(options.buildOnly ? { buildOnly: true } : {}) };
    result.pictures = standInArt(copy.dir);
    const check = contentCheck(copy);
    if (check) {
      const timed = await check;
      result.contentCheck = timed.ok ? { ok: true, ms: timed.ms } : { ok: false, ms: timed.ms, error: timed.output };
    }
    log('  cold build');
    const build = await astroBuild(copy, BUILD_TIMEOUT_MS);
    result.build = build.ok ? { ok: true, ms: build.ms } : ({ ok: false, ms: build.ms, error: build.output } satisfies StepTime);
    log(`  ${(build.ms / 1000).toFixed(1)} s`);
    const index = join(copy.dist, 'index.html');
    if (!build.ok || !existsSync(index)) {
      result.error = build.ok ? 'the build has no journey page' : 'the build failed';
      return result;
    }
    const html = readFileSync(index);
    result.html = { raw: html.length, gzip: gzipSize(html) };
    if (options.buildOnly) return result;
    writeBaselinePage(copy.dir, baselineDir);
    const server = await startStaticServer({ '/': copy.dist, [BASELINE_PATH]: baselineDir });
    try {
      const problems: string[] = [];
      const lighthouse: NonNullable<ScaleResult['lighthouse']> = { journey: [], baseline: [] };
      const urls = { journey: `${server.origin}/`, baseline: `${server.origin}${BASELINE_PATH}` };
      for (let run = 1; run <= options.runs; run++) {
        // Alternating the two pages spreads the machine's noise over both alike.
        for (const which of ['journey', 'baseline'] as const) {
          log(`  Lighthouse mobile (performance), ${which}, run ${run} of ${options.runs}`);
          try {
            // Performance only: the other categories do not change with the count, and auditing
            // accessibility on a page of thousands of milestones takes minutes.
            lighthouse[which].push(await runLighthouse(urls[which], 'mobile', ['performance']));
          } catch (error) {
            problems.push(`Lighthouse could not measure the ${which} page: ${message(error)}`);
          }
        }
      }
      result.lighthouse = lighthouse;
      log('  scrolling end to end');
      try {
        result.scroll = await measureScroll(browser, urls.journey, { loadTimeoutMs: LOAD_TIMEOUT_MS, maxScrollMs: options.maxScrollMs });
      } catch (error) {
        problems.push(`the scroll could not be measured: ${message(error)}`);
      }
      if (problems.length) result.error = problems.join('; ');
    } finally {
      await server.close();
    }
    return result;
  } finally {
    copy.remove();
    rmSync(baselineDir, { recursive: true, force: true });
  }
}
