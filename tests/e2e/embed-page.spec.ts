import AxeBuilder from '@axe-core/playwright';
import { WCAG } from '../support/axe.ts';
import { expect, test, type Page } from '@playwright/test';
import { embedSamples, loadJourneyYears, loadMilestones, TRACKS } from '../support/content.ts';
import { BUDGETS } from '../../src/build-time/budgets.ts';
import { EMBED_MAX_WIDTH, EMBED_MIN_WIDTH, EMBED_REFERENCE_WIDTH, JOURNEY_EMBED_KEY, milestoneEmbedKey } from '../../src/build-time/publish/embed.ts';
import { MILESTONE_EMBED } from '../../src/layout/dimensions.ts';
import { builtPage } from '../dist/built.ts';
import { inTrack } from '../../src/model/milestone.ts';
import { inlineCode, recordResponses } from '../../scripts/bench/bytes.ts';
import { totalsByType } from '../../scripts/bench/lib/sizes.ts';
import { fetchOembed, watchConsole } from './fixtures/embed-support.ts';
import { newJourneyPage } from './journey-support.ts';

/**
 * The embed pages themselves in a browser: how they read and what they weigh. What each year's
 * page holds (its lanes, links and oEmbed discovery) is checked from dist/ in tests/dist/embed-pages.test.ts.
 */

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

/**
 * Milestones embedded alone, the likeliest to be tallest, judged from the built pages (not the
 * estimate that decides): the cards shown whole with the most words, and the brief ones with the
 * longest titles.
 */
const milestoneSamples = (() => {
  const cards = loadMilestones().map((milestone) => {
    const card = builtPage(`embed/milestones/${milestone.anchor}/`).querySelector('article')!;
    return { milestone, words: card.textContent!.trim().length, brief: [...card.querySelectorAll('a')].some((link) => link.textContent!.startsWith('Read it on the journey')) };
  });
  const most = (list: typeof cards) => list.toSorted((a, b) => b.words - a.words).map((card) => card.milestone);
  return [...most(cards.filter((card) => !card.brief)).slice(0, 4), ...most(cards.filter((card) => card.brief)).slice(0, 2)];
})();

/** The widths every embed is scanned at: the narrowest column, a blog's, and the widest an embed is laid out for. */
const AXE_WIDTHS = [320, EMBED_REFERENCE_WIDTH, EMBED_MAX_WIDTH] as const;

for (const year of [longYear, emptiestYear, eraYear, { key: JOURNEY_EMBED_KEY, label: 'the journey' }, { key: milestoneEmbedKey(milestoneSamples[0]!.anchor), label: milestoneSamples[0]!.title }]) {
  test(`/embed/${year.key}/ has no accessibility violations or console errors at 320, 640 and 1200 px, with and without reduced motion and script`, async ({ page, browser }) => {
    // axe takes its time over a year of thirty cards.
    test.slow();
    const problems = watchConsole(page);
    // One load, then the window resized to each width, as a reader's would be.
    await page.setViewportSize({ width: AXE_WIDTHS[0], height: 800 });
    await page.goto(embedOf(year.key));
    for (const width of AXE_WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      await expect.poll(() => page.evaluate(() => innerWidth)).toBe(width);
      const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(results.violations, `${year.label} at ${width} px`).toEqual([]);
      if (year.key === JOURNEY_EMBED_KEY) {
        const height = await page.evaluate(() => document.querySelector('[data-embed]')!.getBoundingClientRect().height);
        expect(height, `the journey's embed at ${width} px`).toBeLessThanOrEqual(720);
      }
    }
    // Still (nothing drifts) and without a script (no buttons; the strip scrolls natively), at each
    // width. axe itself needs scripting: the page is served without its scripts instead. With no
    // script to run, the page is loaded once and the window resized: the layout follows by CSS alone.
    const still = await newJourneyPage(browser, { reducedMotion: 'reduce', viewport: { width: AXE_WIDTHS[0], height: 800 } }, { withoutPageScripts: true });
    await still.page.goto(embedOf(year.key));
    for (const width of AXE_WIDTHS) {
      await still.page.setViewportSize({ width, height: 800 });
      await expect.poll(() => still.page.evaluate(() => innerWidth)).toBe(width);
      expect((await new AxeBuilder({ page: still.page }).withTags(WCAG).analyze()).violations, `${year.label} at ${width} px, still and without a script`).toEqual([]);
    }
    await still.close();
    // The list layout of the fullest year, once.
    if (year === longYear) {
      await page.goto(embedOf(year.key, 'list/'));
      expect((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations, `${year.label}'s list`).toEqual([]);
    }
    expect(problems).toEqual([]);
  });
}

test('the list reads well from 300 to 1200 px: nothing overflows sideways, lanes sit side by side when there is room', async ({ page }) => {
  const problems = watchConsole(page);
  for (const width of [EMBED_MIN_WIDTH, 360, 560, 720, 1024, EMBED_MAX_WIDTH]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(embedOf(twoTrackYear.key, 'list/'));
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
  const cards = (on: Page, track: string) => on.locator(`[data-journey-strip] > li[data-tracks="${track}"]:visible`);
  await page.goto(embedOf(twoTrackYear.key, `?track=${shown.id}`));
  await expect(cards(page, shown.id)).toHaveCount(inTrack(twoTrackYear, shown.id).length);
  await expect(cards(page, hidden!.id)).toHaveCount(0);
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(results.violations).toEqual([]);

  await page.goto(embedOf(oneTrackYear.key, `?track=${TRACKS.find((track) => inTrack(oneTrackYear, track.id).length === 0)!.id}`));
  await expect(page.getByText(`in ${oneTrackYear.label}.`)).toBeVisible();
  await expect(page.getByText(/^No milestones on the .+ track in /)).toHaveCount(1);

  const context = await browser.newContext({ javaScriptEnabled: false });
  const noScript = await context.newPage();
  await noScript.goto(new URL(embedOf(twoTrackYear.key, `?track=${shown.id}`), baseURL).href);
  for (const track of TRACKS) await expect(cards(noScript, track.id)).toHaveCount(inTrack(twoTrackYear, track.id).length);
  await expect(noScript.getByText(/^No milestones on the/)).toBeHidden();
  // Without a script, still one sideways strip: its row scrolls by itself, no buttons promise more.
  await noScript.setViewportSize({ width: EMBED_REFERENCE_WIDTH, height: 800 });
  await noScript.goto(new URL(embedOf(longYear.key), baseURL).href);
  const row = noScript.locator('[data-journey-strip]');
  expect(await row.evaluate((element) => [getComputedStyle(element).overflowX, getComputedStyle(element).scrollSnapType])).toEqual(['auto', 'x mandatory']);
  await expect(noScript.getByRole('button', { name: /milestones$/ })).toHaveCount(0);
  await row.evaluate((element) => element.scrollBy({ left: 2000, behavior: 'instant' }));
  expect(await row.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
  await context.close();
  expect(problems).toEqual([]);
});

test('every year is at most 720 px tall from 300 to 1200 px wide, and a host without the script gets it at about its size', async ({ page, baseURL }) => {
  const report: string[] = [];
  const height = () => page.evaluate(() => Math.ceil(document.querySelector('[data-embed]')!.getBoundingClientRect().height));
  for (const year of years) {
    const oembed = await fetchOembed(page, baseURL!, year.key);
    if (oembed.type !== 'rich') throw new Error('not rich');
    const heights: number[] = [];
    for (const width of [EMBED_MIN_WIDTH, EMBED_REFERENCE_WIDTH, EMBED_MAX_WIDTH]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(embedOf(year.key));
      await page.evaluate(() => document.fonts.ready);
      heights.push(await height());
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${year.label}: nothing overflows the page sideways at ${width} px`).toBeLessThanOrEqual(0);
    }
    report.push(`${year.key}: ${heights.join('/')} (default ${oembed.height})`);
    expect(Math.max(...heights), `${year.label} at ${EMBED_MIN_WIDTH}, ${EMBED_REFERENCE_WIDTH} and ${EMBED_MAX_WIDTH} px: ${heights.join(', ')}`).toBeLessThanOrEqual(720);
    const actual = heights[1]!;
    expect(Math.abs(oembed.height - actual), `${year.label}: default ${oembed.height} px, content ${actual} px`).toBeLessThanOrEqual(Math.max(120, actual * 0.12));
  }
  test.info().annotations.push({ type: 'heights at 300/640/1200 px', description: report.join('; ') });
});

test('a milestone embedded alone is at most 480 px tall from 300 to 700 px wide', async ({ page }) => {
  const problems = watchConsole(page);
  const report: string[] = [];
  for (const milestone of milestoneSamples) {
    const heights: number[] = [];
    for (const width of [EMBED_MIN_WIDTH, MILESTONE_EMBED.maxWidth]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(embedOf(milestoneEmbedKey(milestone.anchor)));
      await page.evaluate(() => document.fonts.ready);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(milestone.title);
      heights.push(await page.evaluate(() => Math.ceil(document.querySelector('[data-embed]')!.getBoundingClientRect().height)));
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    }
    report.push(`${milestone.anchor}: ${heights.join('/')}`);
    expect(Math.max(...heights), `${milestone.title} at ${EMBED_MIN_WIDTH} and ${MILESTONE_EMBED.maxWidth} px`).toBeLessThanOrEqual(480);
  }
  test.info().annotations.push({ type: 'milestone heights at 300/700 px', description: report.join('; ') });
  expect(problems).toEqual([]);
});

test('the strip moves sideways by its buttons and keys, keeps the focused card in view, and opens at #<milestone>', async ({ page }) => {
  const problems = watchConsole(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize({ width: EMBED_REFERENCE_WIDTH, height: 800 });
  await page.goto(embedOf(longYear.key));
  const row = page.locator('[data-journey-strip]');
  const scrolled = () => row.evaluate((element) => element.scrollLeft);
  const earlier = page.getByRole('button', { name: 'Earlier milestones' });
  const later = page.getByRole('button', { name: 'Later milestones' });
  await expect(earlier).toHaveAttribute('aria-disabled', 'true');
  await later.click();
  await expect.poll(scrolled, { message: 'the next button moves the row on' }).toBeGreaterThan(200);
  await earlier.click();
  await expect.poll(scrolled, { message: 'the previous button moves it back' }).toBe(0);

  /** Whether a card lies wholly inside the row's view. */
  const inView = (title: string) =>
    row.evaluate((element, name) => {
      const item = [...element.children].find((child) => child.querySelector('h3')?.textContent?.trim() === name)!;
      const view = element.getBoundingClientRect();
      const box = item.getBoundingClientRect();
      return box.left >= view.left - 1 && box.right <= view.right + 1;
    }, title);
  const titles = longYear.milestones.map((milestone) => milestone.title);
  // Tab goes through the cards in date order, each brought into view.
  await page.getByRole('link', { name: titles[0]!, exact: true }).focus();
  const focusedTitle = () => page.evaluate(() => document.activeElement?.closest('h3') ? document.activeElement.textContent!.trim() : '');
  for (const title of titles.slice(1, 4)) {
    // Past the card's share link and any links in its words, to the next card's title.
    for (let presses = 0; presses < 8 && (await focusedTitle()) !== title; presses++) await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: title, exact: true })).toBeFocused();
    await expect.poll(() => inView(title), { message: `${title} is in view when focused` }).toBe(true);
  }
  // Arrow keys move card by card, End and Home to the last and first.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('link', { name: titles[4]!, exact: true })).toBeFocused();
  await page.keyboard.press('End');
  await expect(page.getByRole('link', { name: titles.at(-1)!, exact: true })).toBeFocused();
  await expect.poll(() => inView(titles.at(-1)!)).toBe(true);
  await expect(later).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('Home');
  await expect.poll(scrolled).toBe(0);

  // A milestone's address opens the strip at it.
  const deep = longYear.milestones[Math.floor(longYear.milestones.length * 0.7)]!;
  await page.goto(embedOf(longYear.key, `#${deep.anchor}`));
  await expect.poll(() => inView(deep.title), { message: `#${deep.anchor} opens the strip at ${deep.title}` }).toBe(true);
  expect(await scrolled()).toBeGreaterThan(0);

  // With reduced motion nothing drifts: no picture moves in its frame; where motion is welcome, the pictures in view drift as the row moves.
  const drifting = () =>
    page.locator('[data-journey-strip] [data-journey-depth]').evaluateAll((layers) => layers.filter((layer) => (parseFloat(getComputedStyle(layer).translate) || 0) !== 0).length);
  expect(await drifting()).toBe(0);
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await expect.poll(drifting, { message: 'pictures drift where motion is welcome' }).toBeGreaterThan(0);
  expect(problems).toEqual([]);
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
