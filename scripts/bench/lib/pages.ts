import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { PageKind } from '../../../src/build-time/budgets.ts';

/** A page the benchmark and the budget tests look at: its path under the site's base. */
export interface BenchPage {
  kind: PageKind;
  /** "/", "/embed/2022/", "/blog/embedding-a-year/". */
  path: string;
  /** What the report calls it: "/embed/2022/". */
  label: string;
}

/** The example post that shows how to embed a year. */
export const EXAMPLE_POST_PATH = '/blog/embedding-a-year/';

/** A page the benchmark wanted but the build does not have (yet), and why. */
export interface MissingPage {
  kind: PageKind;
  reason: string;
}

/**
 * Picks the embed page to measure: the year with the largest HTML, so the budget holds for the
 * heaviest year and not just a light one. Ties go to the later year, for a stable choice.
 */
export function pickEmbedYear(embeds: readonly { year: string; htmlBytes: number }[]): string | undefined {
  let best: { year: string; htmlBytes: number } | undefined;
  for (const embed of embeds) {
    if (!best || embed.htmlBytes > best.htmlBytes || (embed.htmlBytes === best.htmlBytes && embed.year > best.year)) {
      best = embed;
    }
  }
  return best?.year;
}

/** The pages to measure in a built site folder, and the ones it does not have. */
export function findBenchPages(distDir: string): { pages: BenchPage[]; missing: MissingPage[] } {
  const pages: BenchPage[] = [];
  const missing: MissingPage[] = [];
  if (existsSync(join(distDir, 'index.html'))) pages.push({ kind: 'journey', path: '/', label: '/' });
  else missing.push({ kind: 'journey', reason: 'the build has no index.html' });

  const embedDir = join(distDir, 'embed');
  const embeds = existsSync(embedDir)
    ? readdirSync(embedDir)
        .filter((year) => existsSync(join(embedDir, year, 'index.html')))
        .map((year) => ({ year, htmlBytes: statSync(join(embedDir, year, 'index.html')).size }))
    : [];
  const year = pickEmbedYear(embeds);
  if (year) pages.push({ kind: 'embed', path: `/embed/${year}/`, label: `/embed/${year}/` });
  else missing.push({ kind: 'embed', reason: 'the build has no embed/<year>/index.html' });

  if (existsSync(join(distDir, EXAMPLE_POST_PATH, 'index.html'))) {
    pages.push({ kind: 'post', path: EXAMPLE_POST_PATH, label: EXAMPLE_POST_PATH });
  } else {
    missing.push({ kind: 'post', reason: `the build has no ${EXAMPLE_POST_PATH.slice(1)}index.html` });
  }
  return { pages, missing };
}
