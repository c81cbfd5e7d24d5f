import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { embedSamples, loadJourneyYears, TRACKS } from '../support/content.ts';
import { BUDGETS } from '../../src/build-time/budgets.ts';
import { EMBED_MAX_WIDTH, EMBED_MIN_WIDTH, EMBED_REFERENCE_WIDTH } from '../../src/build-time/publish/embed.ts';
import { inTrack } from '../../src/model/milestone.ts';
import { inlineCode, recordResponses } from '../../scripts/bench/bytes.ts';
import { totalsByType } from '../../scripts/bench/lib/sizes.ts';
import { fetchOembed, watchConsole } from './fixtures/embed-support.ts';

/**
 * The embed pages themselves in a browser: how they read and what they weigh. What each year's
 * page holds (its lanes, links and oEmbed discovery) is checked from dist/ in tests/dist/embed-pages.test.ts.
 */

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const years = loadJourneyYears();
const embedOf = (key: string, query = '') => `./embed/${key}/${query}`;
const twoTrackYear = years.find((year) => TRACKS.every((track) => inTrack(year, track.id).length > 0))!;
const oneTrackYear = years.find((year) => TRACKS.some((track) => inTrack(year, track.id).length === 0))!;

/**
 * axe over the years that differ most: the fullest, the emptiest modern year and the one-card
 * deep-time era (every year's markup is checked in tests/dist/embed-pages.test.ts, and each page
 * as a whole by html-validate's accessibility rules).
 */
const { longYear, eraYear } = embedSamples(years);
const emptiestYear = years
  .filter((year) => year !== eraYear)
  .reduce((fewest, year) => (year.milestones.length < fewest.milestones.length ? year : fewest));

for (const year of [longYear, emptiestYear, eraYear]) {
  test(`/embed/${year.key}/ has no accessibility violations or console errors at 360 and 1024 px`, async ({ page }) => {
    // axe takes its time over a year of thirty cards.
    test.slow();
    const problems = watchConsole(page);
    for (const width of [360, 1024]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(embedOf(year.key));
      const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(results.violations, `${year.label} at ${width} px`).toEqual([]);
    }
    expect(problems).toEqual([]);
  });
}

test('reads well from 300 to 1200 px: nothing overflows sideways, lanes sit side by side when there is room', async ({ page }) => {
  const problems = watchConsole(page);
  for (const width of [EMBED_MIN_WIDTH, 360, 560, 720, 1024, EMBED_MAX_WIDTH]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(embedOf(twoTrackYear.key));
    const layout = await page.evaluate(() => ({
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      lanes: [...document.querySelectorAll('.lane')].map((lane) => lane.getBoundingClientRect().top),
    }));
    expect(layout.overflow, `sideways overflow at ${width} px`).toBeLessThanOrEqual(0);
    if (width >= 720) expect(layout.lanes[0], `lanes side by side at ${width} px`).toBe(layout.lanes[1]);
    else expect(layout.lanes[0]!, `lanes one under the other at ${width} px`).toBeLessThan(layout.lanes[1]!);
  }
  expect(problems).toEqual([]);
});

test('?track= follows one track with a script, and shows both without one', async ({ page, browser, baseURL }) => {
  const problems = watchConsole(page);
  const [shown, hidden] = TRACKS;
  await page.goto(embedOf(twoTrackYear.key, `?track=${shown.id}`));
  await expect(page.locator(`.lane[data-tracks="${shown.id}"]`)).toBeVisible();
  await expect(page.locator(`.lane[data-tracks="${hidden!.id}"]`)).toBeHidden();
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(results.violations).toEqual([]);

  await page.goto(embedOf(oneTrackYear.key, `?track=${TRACKS.find((track) => inTrack(oneTrackYear, track.id).length === 0)!.id}`));
  await expect(page.getByText(`in ${oneTrackYear.label}.`)).toBeVisible();
  await expect(page.getByText(/^No milestones on the .+ track in /)).toHaveCount(1);

  const context = await browser.newContext({ javaScriptEnabled: false });
  const noScript = await context.newPage();
  await noScript.goto(new URL(embedOf(twoTrackYear.key, `?track=${shown.id}`), baseURL).href);
  for (const track of TRACKS) await expect(noScript.locator(`.lane[data-tracks="${track.id}"]`)).toBeVisible();
  await expect(noScript.getByText(/^No milestones on the/)).toBeHidden();
  await context.close();
  expect(problems).toEqual([]);
});

test('a host without the script still gets the year at about its size: the default height is close to the real one', async ({ page, baseURL }) => {
  await page.setViewportSize({ width: EMBED_REFERENCE_WIDTH, height: 800 });
  const report: string[] = [];
  for (const year of years) {
    const oembed = await fetchOembed(page, baseURL!, year.key);
    if (oembed.type !== 'rich') throw new Error('not rich');
    await page.goto(embedOf(year.key));
    const actual = await page.evaluate(() => document.querySelector('[data-embed]')!.getBoundingClientRect().height);
    report.push(`${year.key}: ${oembed.height} for ${Math.round(actual)}`);
    expect(Math.abs(oembed.height - actual), `${year.label}: default ${oembed.height} px, content ${Math.round(actual)} px`).toBeLessThanOrEqual(
      Math.max(120, actual * 0.12),
    );
  }
  test.info().annotations.push({ type: 'default heights', description: report.join('; ') });
});

test('an embed page loads little JavaScript, from its own site only', async ({ page, baseURL }) => {
  const largest = years.reduce((most, year) => (year.milestones.length > most.milestones.length ? year : most));
  const figures: string[] = [];
  const recorder = await recordResponses(page, new URL(baseURL!).origin);
  for (const query of ['', `?track=${TRACKS[0].id}`]) {
    recorder.resources.length = 0;
    await page.goto(embedOf(largest.key, query));
    await recorder.quiet();
    const totals = totalsByType([...recorder.resources, ...(await inlineCode(page))]);
    figures.push(`${largest.key}${query}: JS ${totals.js.gzip} B, CSS ${totals.css.gzip} B, HTML ${totals.html.gzip} B gzip`);
    expect(totals.js.count).toBeGreaterThan(0);
    expect(totals.js.gzip).toBeLessThanOrEqual(BUDGETS.embed.js);
    expect(totals.css.gzip).toBeLessThanOrEqual(BUDGETS.embed.css);
    expect(totals.html.gzip).toBeLessThanOrEqual(BUDGETS.embed.html);
  }
  expect(recorder.otherOrigins).toEqual([]);
  test.info().annotations.push({ type: 'bytes', description: figures.join('; ') });
});
