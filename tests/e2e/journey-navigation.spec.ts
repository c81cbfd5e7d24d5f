import { deepLinkTargets, inReadingOrder, loadJourneyYears, TRACKS } from '../support/content.ts';
import { inTrack } from '../../src/model/milestone.ts';
import { hook, HOOKS } from '../../src/layout/contract.ts';
import {
  arriveEverywhere,
  expect,
  expectStartInView,
  expectWhollyInView,
  focusedMilestoneAtRest,
  keepScreenshot,
  openJourney,
  scrollToFraction,
  settle,
  test,
  transitionsDone,
  type ModeName,
} from './journey-support.ts';

const years = loadJourneyYears();

// Whole-journey pages on a shared 2-core machine: give each test room.
test.describe.configure({ timeout: 60_000 });
const milestones = inReadingOrder(years);
const { year, milestone } = deepLinkTargets(years);

for (const mode of ['pinned', 'native', 'noScript'] as ModeName[]) {
  test.describe(`deep links (${mode})`, () => {
    test('a year link lands with that year in view', async ({ browser }) => {
      const { page, close } = await openJourney(browser, mode, `#${year.key}`);
      await expectStartInView(page, `[id="${year.key}"]`, `year ${year.label}`);
      await expectWhollyInView(page, `[id="year-${year.key}-title"]`, `the ${year.label} numeral`);
      expect(new URL(page.url()).hash).toBe(`#${year.key}`);
      await close();
    });

    test('a milestone link lands with that milestone in view', async ({ browser }) => {
      const { page, close } = await openJourney(browser, mode, `#${milestone.anchor}`);
      await page.evaluate(transitionsDone);
      await expectWhollyInView(page, `[id="${milestone.anchor}"]`, milestone.title);
      expect(new URL(page.url()).hash).toBe(`#${milestone.anchor}`);
      if (mode === 'pinned') await keepScreenshot(page, 'pinned-1440-deep-link-milestone');
      await close();
    });

    test('links on the page land in view: the year index and a milestone’s own link', async ({ browser }) => {
      const { page, close } = await openJourney(browser, mode);
      const target = years[years.length - 2]!;
      await page.locator(`.year-nav a[href="#${target.key}"]`).click();
      await settle(page);
      await expectStartInView(page, `[id="${target.key}"]`, `year ${target.label}`);
      const card = target.milestones[0]!;
      if (mode === 'noScript' && (await page.locator(`[id="${target.key}"]${hook('held')}`).count()) > 0) {
        // A year the first document holds back leads to its own page, which shows every card.
        await page.locator(`[id="${target.key}"] a[href$="/years/${target.key}/"]`).click();
        await expect(page).toHaveURL(new RegExp(`/years/${target.key}/$`));
        await expect(page.locator(`[id="${card.anchor}"] h2`)).toHaveText(card.title);
        await close();
        return;
      }
      await page.locator(`[id="${card.anchor}"] h3 a`).click();
      await settle(page);
      await expectWhollyInView(page, `[id="${card.anchor}"]`, card.title);
      expect(new URL(page.url()).hash).toBe(`#${card.anchor}`);
      await close();
    });
  });
}

/** In the page (pass it to `evaluate`): the place the journey keeps for a reload or a return, if any yet. */
function savedPosition(): number | undefined {
  return (history.state as { journey?: { position: number } } | null)?.journey?.position;
}

test.describe('the address follows the journey', () => {
  test('names the current year, without adding history entries, and reload returns to the same place', async ({ browser }) => {
    const { page, close } = await openJourney(browser, 'pinned');
    const historyLength = await page.evaluate(() => history.length);
    await scrollToFraction(page, 0.55);
    const current = await page.locator('.year-nav a[aria-current]').getAttribute(HOOKS.yearLink);
    expect(current).toBeTruthy();
    await expect.poll(() => new URL(page.url()).hash).toBe(`#${current}`);
    expect(await page.evaluate(() => history.length)).toBe(historyLength);

    await expect.poll(() => page.evaluate(savedPosition), 'the place is kept once the journey rests').toBeGreaterThan(0);
    const before = await page.evaluate(() => window.scrollY);
    await page.reload();
    await settle(page);
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - before)).toBeLessThanOrEqual(2);
    await expect(page.locator('.year-nav a[aria-current]')).toHaveAttribute(HOOKS.yearLink, current!);
    await close();
  });

  test('back returns to where a link was followed from', async ({ browser }) => {
    const { page, close } = await openJourney(browser, 'pinned');
    await scrollToFraction(page, 0.3);
    await expect.poll(() => page.evaluate(savedPosition), 'the place is kept once the journey rests').toBeGreaterThan(0);
    const before = await page.evaluate(() => window.scrollY);
    await page.locator(`.year-nav a[href="#${years.at(-1)!.key}"]`).click();
    await settle(page);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(before);
    await page.goBack();
    await settle(page);
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - before)).toBeLessThanOrEqual(2);
    await close();
  });
});

// From year to year up to the first year of two milestones or more, card to card inside it, and on
// into the year after it.
const TABBED = milestones.findIndex((candidate, index) => index > 0 && candidate.year === milestones[index - 1]!.year) + 2;

for (const mode of ['pinned', 'native'] as ModeName[]) {
  test(`Tab brings each of the first ${TABBED} milestones into view (${mode})`, async ({ browser }) => {
    // Each card takes two Tab presses or more: its title, its share link, then any links of its own.
    test.setTimeout(120_000);
    const { page, close } = await openJourney(browser, mode);
    const seen: string[] = [];
    for (let press = 0; press < TABBED * 6 && seen.length < TABBED; press++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(focusedMilestoneAtRest);
      if (!focused || seen.includes(focused.id)) continue;
      seen.push(focused.id);
      const what = `milestone ${seen.length} (${focused.id})`;
      await expectWhollyInView(page, `[id="${focused.id}"]`, what);
      expect(focused.ring, `${what} has its focus ring`).toBe('solid');
    }
    expect(seen).toEqual(milestones.slice(0, TABBED).map((candidate) => candidate.anchor));
    if (mode === 'pinned') await keepScreenshot(page, 'pinned-1440-tab');
    await close();
  });
}

test('the keyboard travels the whole journey', async ({ browser }) => {
  test.setTimeout(120_000);
  const { page, close } = await openJourney(browser, 'pinned');
  const position = () => page.evaluate(() => window.scrollY);
  let last = await position();
  for (const key of ['PageDown', 'ArrowRight', 'Space', 'PageDown']) {
    await page.keyboard.press(key);
    await settle(page);
    const now = await position();
    expect(now, `${key} moves forward`).toBeGreaterThan(last);
    last = now;
  }
  await page.keyboard.press('PageUp');
  await settle(page);
  expect(await position(), 'PageUp moves back').toBeLessThan(last);

  await page.keyboard.press('End');
  await settle(page);
  await page.evaluate(transitionsDone);
  await expectStartInView(page, '#outro', 'the outro');
  await expectWhollyInView(page, '#outro-title', 'the closing question');
  expect(await page.evaluate(() => Math.round(window.scrollY))).toBe(
    await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight),
  );
  await expect(page.locator('.year-nav a[aria-current]')).toHaveAttribute(HOOKS.yearLink, years.at(-1)!.key);
  await keepScreenshot(page, 'pinned-1440-end');

  await page.keyboard.press('Home');
  await settle(page);
  await expectWhollyInView(page, 'h1', 'the title');
  await close();
});

test('a scroll the browser makes on its own (as find-in-page does) becomes travel, forwards and backwards', async ({ browser }) => {
  const { page, close } = await openJourney(browser, 'pinned');
  // Find-in-page finds what the page holds: here, every year, once travelled to; then back to the start.
  await arriveEverywhere(page);
  await page.keyboard.press('Home');
  await settle(page);
  const ahead = milestones[Math.floor(milestones.length * 0.8)]!;
  const behind = milestones[Math.floor(milestones.length * 0.3)]!;
  for (const target of [ahead, behind]) {
    // Chromium's find-in-page scrolls the match's scroll containers exactly like this.
    await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'nearest', inline: 'nearest' }), target.anchor);
    await settle(page);
    await page.evaluate(transitionsDone);
    await expectWhollyInView(page, `[id="${target.anchor}"]`, target.title);
    const journey = await page.evaluate((id) => {
      const viewport = document.querySelector<HTMLElement>('[data-journey-viewport]')!;
      const track = document.querySelector<HTMLElement>('[data-journey-track]')!;
      return {
        atBaseline: Math.abs(viewport.scrollLeft - (track.scrollWidth - viewport.clientWidth)) <= 1,
        shown: getComputedStyle(document.getElementById(id)!).opacity,
      };
    }, target.anchor);
    expect(journey).toEqual({ atBaseline: true, shown: '1' });
    // Travel and page scroll agree: one arrow press moves on from here by one step, not from elsewhere.
    const left = async () => page.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().left, target.anchor);
    const before = await left();
    await page.keyboard.press('ArrowRight');
    await settle(page);
    expect(Math.abs(before - (await left()) - 160)).toBeLessThanOrEqual(2);
  }
  await close();
});

test('the skip link jumps past the intro to the first year', async ({ browser }) => {
  const { page, close } = await openJourney(browser, 'pinned');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the journey' })).toBeFocused();
  await page.keyboard.press('Enter');
  await settle(page);
  await expectStartInView(page, `[id="${years[0]!.key}"]`, 'the first year');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('section.year')?.id)).toBe(years[0]!.key);
  await close();
});

test.describe('motion', () => {
  test('the wide screen travels sideways with depth', async ({ browser }) => {
    const { page, close } = await openJourney(browser, 'pinned');
    await keepScreenshot(page, 'pinned-1440-start');
    await scrollToFraction(page, 0.45);
    const state = await page.evaluate((depth) => ({
      pinned: document.documentElement.classList.contains('travel-pinned'),
      trackMoved: getComputedStyle(document.querySelector('[data-journey-track]')!).transform !== 'none',
      layersMoved: [...document.querySelectorAll(`[${depth}]`)].filter((layer) => getComputedStyle(layer).transform !== 'none').length,
      depths: new Set([...document.querySelectorAll<HTMLElement>(`[${depth}]`)].map((layer) => layer.getAttribute(depth))).size,
    }), HOOKS.depth);
    expect(state.pinned).toBe(true);
    expect(state.trackMoved).toBe(true);
    expect(state.depths).toBeGreaterThanOrEqual(3);
    expect(state.layersMoved).toBeGreaterThan(10);
    await keepScreenshot(page, 'pinned-1440-middle');
    await close();
  });

  test('reduced motion turns parallax and the pinned travel off', async ({ browser }) => {
    const { page, close } = await openJourney(browser, 'native');
    await scrollToFraction(page, 0.45);
    const state = await page.evaluate((depth) => ({
      travel: document.documentElement.classList.contains('travel'),
      pinSpacers: document.querySelectorAll('.pin-spacer').length,
      moved: [...document.querySelectorAll(`[${depth}], [data-journey-track]`)].filter(
        (element) => getComputedStyle(element).transform !== 'none',
      ).length,
      pageWidth: document.documentElement.scrollWidth,
      viewportWidth: document.documentElement.clientWidth,
      hidden: [...document.querySelectorAll('article.milestone')].filter(
        (article) => !article.checkVisibility({ opacityProperty: true }),
      ).length,
    }), HOOKS.depth);
    expect(state).toEqual({ travel: false, pinSpacers: 0, moved: 0, pageWidth: state.viewportWidth, viewportWidth: state.viewportWidth, hidden: 0 });
    await keepScreenshot(page, 'reduced-motion-1440-middle');
    await close();
  });

  test('a phone reads the journey top to bottom, without sideways overflow', async ({ browser }) => {
    const { page, close } = await openJourney(browser, 'phone');
    await keepScreenshot(page, 'phone-390-start');
    for (const fraction of [0.5, 1]) {
      await scrollToFraction(page, fraction);
      await keepScreenshot(page, `phone-390-${fraction === 1 ? 'end' : 'middle'}`);
    }
    const state = await page.evaluate(() => ({
      travel: document.documentElement.classList.contains('travel'),
      pageWidth: document.documentElement.scrollWidth,
      viewportWidth: document.documentElement.clientWidth,
    }));
    expect(state.travel).toBe(false);
    expect(state.pageWidth).toBeLessThanOrEqual(state.viewportWidth);
    await close();
  });
});
