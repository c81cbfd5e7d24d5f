import type { Locator, Page } from '@playwright/test';
import { HOOKS, hook } from '../../src/layout/contract.ts';
import { loadJourneyYears } from '../support/content.ts';
import { expect, openJourney, settle, stillForFrames, test, type ModeName } from './journey-support.ts';

/**
 * The tour: where the travel runs, Play travels the journey by itself, holds at each year, and
 * stops at once when the visitor does anything; elsewhere it is not offered at all. Positions are
 * polled; nothing here says how fast the tour must go.
 */

const years = loadJourneyYears();
test.describe.configure({ timeout: 120_000 });

/** What the tour's button is named and what it says, on this English journey. */
const TOUR_WORDS = {
  play: 'Play the tour',
  pause: 'Pause the tour',
  playing: 'Tour playing',
  paused: (year: string | null) => (year ? `Tour paused at ${year}` : 'Tour paused'),
  finished: 'Tour finished',
};

/** A year in the middle of the journey and the one before it. */
const arriving = years[Math.floor(years.length / 2)]!;

const scrollY = (page: Page) => page.evaluate(() => window.scrollY);
const currentYear = (page: Page) =>
  page.evaluate(
    ([selector, attribute]) => document.querySelector(selector!)?.getAttribute(attribute!) ?? null,
    [`${hook('yearLink')}[aria-current]`, HOOKS.yearLink],
  );
const headingOf = (page: Page, key: string) => page.locator(`[id="year-${key}-title"]`).innerText();

function parts(page: Page): { toggle: Locator; status: Locator } {
  return { toggle: page.locator(hook('tourToggle')), status: page.locator(hook('tourStatus')) };
}

/** Presses the tour's button from the keyboard, as a visitor who tabs to it would. */
async function pressPlay(page: Page, key: 'Enter' | 'Space' = 'Enter'): Promise<void> {
  const { toggle } = parts(page);
  await expect(toggle).toHaveAccessibleName(TOUR_WORDS.play);
  await toggle.focus();
  await page.keyboard.press(key);
  await expect(toggle).toHaveAccessibleName(TOUR_WORDS.pause);
}

/**
 * The page stays where it is: still for 6 painted frames, then for 30 more (a travelling tour moves
 * on every frame, however slowly the machine paints them).
 */
async function expectStill(page: Page, what: string): Promise<number> {
  await page.evaluate(stillForFrames, 6);
  const at = await scrollY(page);
  await page.evaluate(stillForFrames, 30);
  expect(await scrollY(page), what).toBe(at);
  return at;
}

/** The page scroll at which the travel shows `key`'s year from its start, as the year index lands. */
async function scrollOfYear(page: Page, key: string): Promise<number> {
  await page.evaluate((id) => (location.hash = id), key);
  await settle(page);
  return scrollY(page);
}

test('Play travels forward, holds when a year arrives, then goes on', async ({ browser }) => {
  const { page, close } = await openJourney(browser, 'pinned');
  const { toggle, status } = parts(page);
  await expect(toggle).toBeVisible();
  const yearAt = await scrollOfYear(page, arriving.key);
  // A little before the year, so it arrives soon after Play.
  await page.evaluate((top) => window.scrollTo({ top, behavior: 'instant' }), yearAt - 400);
  await settle(page);
  const before = await currentYear(page);
  expect(before, 'the year before is current').not.toBe(arriving.key);

  await pressPlay(page);
  // Watched in the page, frame by frame, until the tour has gone past the year: where it stood
  // still longest, and for how long.
  const watched = await page.evaluate(async (yearAt) => {
    let at = window.scrollY;
    let since = performance.now();
    let longest = { at, ms: 0 };
    let forward = false;
    const deadline = performance.now() + 60_000;
    while (performance.now() < deadline && !(window.scrollY > yearAt + 2)) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const now = performance.now();
      if (window.scrollY !== at) {
        forward ||= window.scrollY > at;
        at = window.scrollY;
        since = now;
      } else if (now - since > longest.ms) longest = { at, ms: now - since };
    }
    return { longest, forward, end: window.scrollY };
  }, yearAt);
  await expect(status).toHaveText(TOUR_WORDS.playing);
  expect(watched.forward, 'the journey moves forward').toBe(true);
  // It held where the year index lands on that year, for a while…
  expect(Math.abs(watched.longest.at - yearAt), 'it held at the year').toBeLessThanOrEqual(1);
  expect(watched.longest.ms, 'it held at the year for a while').toBeGreaterThan(1000);
  // …then went on by itself, with that year now the current one.
  expect(watched.end, 'the tour goes on after the year').toBeGreaterThan(yearAt + 2);
  expect(await currentYear(page), 'the year arrived').toBe(arriving.key);
  await expect(toggle).toHaveAccessibleName(TOUR_WORDS.pause);
  await close();
});

const stoppers: Record<string, (page: Page) => Promise<void>> = {
  'a wheel': async (page) => {
    await page.mouse.move(700, 400);
    await page.mouse.wheel(0, 40);
  },
  'a key': (page) => page.keyboard.press('Escape'),
  'a pointer press': async (page) => {
    await page.mouse.move(700, 120);
    await page.mouse.down();
    await page.mouse.up();
  },
  // As a dragged scrollbar or a find-in-page match moves it: no input event reaches the page.
  'a scroll the tour did not make': (page) => page.evaluate(() => window.scrollBy(0, 600)),
};

test('a wheel, a key, a pointer press or a scroll it did not make stops the tour at once, and Play goes on from there', async ({ browser }) => {
  const { page, close } = await openJourney(browser, 'pinned', `#${arriving.key}`);
  const { toggle, status } = parts(page);
  for (const [what, stopIt] of Object.entries(stoppers)) {
    const from = await scrollY(page);
    await pressPlay(page, what === 'a key' ? 'Space' : 'Enter');
    await expect.poll(() => scrollY(page), { message: `Play goes on from where the visitor is (before ${what})` }).toBeGreaterThan(from);
    expect(await scrollY(page), 'no jump on resuming').toBeLessThan(from + 400);

    await stopIt(page);
    const at = await expectStill(page, `${what} stops the tour`);
    await expect(toggle).toHaveAccessibleName(TOUR_WORDS.play);
    const year = await currentYear(page);
    await expect(status).toHaveText(TOUR_WORDS.paused(year ? await headingOf(page, year) : null));
    expect(await scrollY(page)).toBe(at);
  }
  await close();
});

test('the button pauses the tour it plays', async ({ browser }) => {
  const { page, close } = await openJourney(browser, 'pinned', `#${arriving.key}`);
  const { toggle, status } = parts(page);
  await pressPlay(page);
  const from = await scrollY(page);
  await expect.poll(() => scrollY(page)).toBeGreaterThan(from);
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAccessibleName(TOUR_WORDS.play);
  await expect(status).toHaveText(new RegExp(`^${TOUR_WORDS.paused(null)}`));
  await expectStill(page, 'the button pauses the tour');
  await toggle.click();
  await expect(toggle).toHaveAccessibleName(TOUR_WORDS.pause);
  const resumed = await scrollY(page);
  await expect.poll(() => scrollY(page), { message: 'a click plays again' }).toBeGreaterThan(resumed);
  await close();
});

test('the tour stops and is taken away when the visitor comes to prefer reduced motion', async ({ browser }) => {
  const { page, close } = await openJourney(browser, 'pinned', `#${arriving.key}`);
  const { toggle } = parts(page);
  await pressPlay(page);
  const from = await scrollY(page);
  await expect.poll(() => scrollY(page)).toBeGreaterThan(from);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await expect(toggle).toBeHidden();
  await expect(page.getByRole('button', { name: TOUR_WORDS.pause })).toHaveCount(0);
  await expectStill(page, 'the tour stopped');
  await close();
});

for (const width of [960, 1440]) {
  test(`the tour's button fits the bar beside the year index, which keeps its height (${width} px wide)`, async ({ browser }) => {
    const { page, close } = await openJourney(browser, { viewport: { width, height: 700 }, reducedMotion: 'no-preference' });
    await expect(parts(page).toggle).toBeVisible();
    const measure = () =>
      page.evaluate(
        ({ bar, nav, toggle }) => {
          const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect().toJSON() as DOMRect;
          const button = document.querySelector(toggle)!;
          return { bar: box(bar), nav: box(nav), toggle: box(toggle), fits: button.scrollWidth <= button.clientWidth, pills: new Set([...document.querySelectorAll('.track-filter__option')].map((pill) => Math.round(pill.getBoundingClientRect().top))).size };
        },
        { bar: hook('bar'), nav: hook('navigator'), toggle: hook('tourToggle') },
      );
    const shown = await measure();
    expect(shown.pills, 'the track pills keep to one line').toBe(1);
    expect(shown.fits, 'the button’s name fits it').toBe(true);
    expect(shown.nav.right, 'the button comes after the year index').toBeLessThanOrEqual(shown.toggle.left + 1);
    expect(shown.toggle.right, 'the button is inside the bar').toBeLessThanOrEqual(shown.bar.right);
    expect(shown.toggle.top).toBeGreaterThanOrEqual(shown.bar.top);
    expect(shown.toggle.bottom).toBeLessThanOrEqual(shown.bar.bottom);
    // Playing changes the button's name, not its size.
    await pressPlay(page);
    const playing = await measure();
    await page.keyboard.press('Escape');
    expect(playing.toggle.width, 'the button keeps its width while playing').toBeCloseTo(shown.toggle.width, 1);
    // Without the button (as before the script shows it) the bar and the year index are laid out the same.
    await page.locator(hook('tour')).evaluate((control: HTMLElement) => (control.hidden = true));
    const hidden = await measure();
    expect(hidden.bar, 'the bar is the same with and without the button').toEqual(shown.bar);
    expect(hidden.nav, 'the year index is the same with and without the button').toEqual(shown.nav);
    await close();
  });
}

for (const mode of ['native', 'phone', 'noScript'] as ModeName[]) {
  test(`no tour is offered where the journey reads down the page (${mode})`, async ({ browser }) => {
    const { page, close } = await openJourney(browser, mode);
    await expect(page.locator(hook('tour'))).toBeHidden();
    await expect(parts(page).toggle).toBeHidden();
    await expect(page.getByRole('button', { name: TOUR_WORDS.play })).toHaveCount(0);
    // Nothing of it is in the accessibility tree.
    const tree = await page.locator('body').ariaSnapshot();
    expect(tree).not.toContain(TOUR_WORDS.play);
    expect(await page.locator(hook('tour')).evaluate((element: HTMLElement) => element.hidden || getComputedStyle(element).display === 'none')).toBe(true);
    await close();
  });
}
