import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SEARCH_BUDGET } from '../../src/build-time/budgets.ts';
import { pagePolicy } from '../../src/build-time/csp/meta.ts';
import { parsePolicy } from '../../src/build-time/csp/policy.ts';
import { formatJourneyDateLong } from '../../src/model/journey-date.ts';
import { trackById } from '../../src/model/tracks.ts';
import { loadMilestones, loadWords, TRACKS } from '../support/content.ts';
import { BASE, builtFile, builtText, DIST, hasBuilt } from './built.ts';

/**
 * The journey's search index, as the build publishes it under `pagefind/`: one record for every
 * published milestone, at its place on the journey, with the date and track a result shows; its
 * first use within its own byte budget; and the policy that lets it run, on the journey alone.
 */

const INDEX = 'pagefind/';
const milestones = loadMilestones();
const words = loadWords();

interface Entry {
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
}
const entry = JSON.parse(builtText(`${INDEX}pagefind-entry.json`)) as Entry;
const [language] = Object.values(entry.languages);

/** A Pagefind fragment: gzip, then a signature, then the record as JSON. */
function readFragment(file: string): { url: string; meta: Record<string, string> } {
  const bytes = gunzipSync(builtFile(`${INDEX}fragment/${file}`));
  const text = bytes.toString('utf8');
  return JSON.parse(text.slice(text.indexOf('{'))) as { url: string; meta: Record<string, string> };
}

describe('the search index', () => {
  it('holds one record for every published milestone, in the journey’s language', () => {
    expect(Object.keys(entry.languages)).toEqual([words.lang.toLowerCase()]);
    expect(language!.page_count).toBe(milestones.length);
  });

  it('leads each record to its milestone’s place on the journey, with its date and track', () => {
    const records = readdirSync(join(DIST, INDEX, 'fragment')).map(readFragment);
    const byUrl = new Map(records.map((record) => [record.url, record.meta]));
    expect(byUrl.size).toBe(milestones.length);
    for (const milestone of milestones) {
      const meta = byUrl.get(`${BASE}#${milestone.anchor}`);
      expect(meta, milestone.id).toEqual({
        title: milestone.title,
        date: formatJourneyDateLong(milestone.date, words),
        track: trackById(TRACKS, milestone.track).name,
      });
    }
  });

  it(`costs at most ${SEARCH_BUDGET / 1000} kB gzip on first use, and nothing before`, () => {
    const panel = readdirSync(join(DIST, '_astro')).filter((file) => /^search-panel\..*\.js$/.test(file));
    expect(panel).toHaveLength(1);
    const served = (path: string) => (/\.(js|json)$/.test(path) ? gzipSync(builtFile(path), { level: 9 }).length : builtFile(path).length);
    const firstUse = [
      `_astro/${panel[0]}`,
      `${INDEX}pagefind.js`,
      `${INDEX}pagefind-worker.js`,
      `${INDEX}wasm.${language!.wasm ?? 'unknown'}.pagefind`,
      `${INDEX}pagefind-entry.json`,
      `${INDEX}pagefind.${language!.hash}.pf_meta`,
    ];
    const bytes = firstUse.reduce((total, path) => total + served(path), 0);
    expect(bytes, `first search: ${bytes} bytes gzip`).toBeLessThanOrEqual(SEARCH_BUDGET);
    // The journey names none of it: it arrives on first use, not with the page.
    const page = builtText('');
    for (const path of firstUse) expect(page, path).not.toContain(path.split('/').pop());
  });

  it('publishes none of Pagefind’s ready-made interfaces, which the journey does not use', () => {
    for (const file of ['pagefind-ui.js', 'pagefind-component-ui.js', 'pagefind-modular-ui.js', 'pagefind-highlight.js']) {
      expect(hasBuilt(`${INDEX}${file}`), file).toBe(false);
    }
  });

  it('lets the journey compile WebAssembly, and no other page, and evaluate no JavaScript anywhere', () => {
    const scripts = (sitePath: string) => parsePolicy(pagePolicy(builtText(sitePath)) ?? '').get('script-src') ?? [];
    expect(scripts('')).toContain("'wasm-unsafe-eval'");
    expect(scripts('')).toContain("'self'");
    for (const other of ['404.html', `milestones/${milestones[0]!.anchor}/`]) expect(scripts(other), other).not.toContain("'wasm-unsafe-eval'");
    for (const page of ['', '404.html']) expect(scripts(page), page).not.toContain("'unsafe-eval'");
  });
});
