import { loadJourneyYears, TRACKS } from '../support/content.ts';
import { inTrack } from '../../src/model/milestone.ts';
import { FIRST_DOCUMENT_MILESTONES } from '../../src/build-time/journey/first-document.ts';
import { arriveEverywhere, expect, expectStartInView, keepScreenshot, MODES, openJourney, scrollToFraction, settle, test } from './journey-support.ts';

const years = loadJourneyYears();

// Whole-journey pages on a shared 2-core machine: give each test room.
test.describe.configure({ timeout: 60_000 });

/** What each lane of each year shows, read from the page: anchors and titles in document order. */
async function lanesOnPage(page: import('@playwright/test').Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('section.year')].map((section) => ({
      key: section.id,
      lanes: Object.fromEntries(
        [...section.querySelectorAll<HTMLElement>('.lane')].map((lane) => [
          lane.dataset.tracks,
          [...lane.querySelectorAll(':scope > ol > li > article')].map((article) => ({
            anchor: article.id,
            title: article.querySelector('h3')?.textContent?.trim(),
          })),
        ]),
      ),
    })),
  );
}

test.describe('the journey’s content', () => {
  test('renders every milestone, in order, in its own lane of its own year', async ({ page }) => {
    await page.goto('./');
    await arriveEverywhere(page);
    const expected = years.map((year) => ({
      key: year.key,
      lanes: Object.fromEntries(
        TRACKS.filter((track) => inTrack(year, track.id).length > 0).map((track) => [
          track.id,
          inTrack(year, track.id).map((milestone) => ({ anchor: milestone.anchor, title: milestone.title })),
        ]),
      ),
    }));
    expect(expected.flatMap((year) => Object.values(year.lanes).flat()).length).toBeGreaterThan(100);
    expect(await lanesOnPage(page)).toEqual(expected);
  });

  test('has one h1, a section per year labelled by its h2, and milestones as articles titled by h3', async ({ page }) => {
    await page.goto('./');
    await arriveEverywhere(page);
    await expect(page.locator('h1')).toHaveCount(1);
    const sections = await page.evaluate(() =>
      [...document.querySelectorAll('section.year')].map((section) => {
        const label = document.getElementById(section.getAttribute('aria-labelledby') ?? '');
        return {
          labelledByH2: label?.tagName === 'H2',
          label: label?.textContent?.trim(),
          articlesTitledByH3: [...section.querySelectorAll('article')].every(
            (article) => document.getElementById(article.getAttribute('aria-labelledby') ?? '')?.tagName === 'H3',
          ),
          listsPerLane: [...section.querySelectorAll('.lane')].every((lane) => lane.querySelector(':scope > ol') !== null),
        };
      }),
    );
    expect(sections).toEqual(
      years.map((year) => ({ labelledByH2: true, label: year.label, articlesTitledByH3: true, listsPerLane: true })),
    );
  });

  test('dates days as "Mar 16" in a <time>, and BC without one', async ({ page }) => {
    await page.goto('./');
    await arriveEverywhere(page);
    const backstage = page.locator('[id="2022-03-17-backstage-1-0-released"] .milestone__date time');
    await expect(backstage).toHaveText('Mar 17');
    await expect(backstage).toHaveAttribute('datetime', '2022-03-17');
    const deepTime = page.locator('[id="66000000-bc"] .milestone__date');
    await expect(deepTime).toHaveText('66,000,000 BC');
    await expect(deepTime.locator('time')).toHaveCount(0);
  });

  test('hides every decorative layer from assistive technology', async ({ page }) => {
    await page.goto('./');
    const exposed = await page.evaluate(() =>
      [...document.querySelectorAll('.scenery, .journey-scenery, .year__axis, .year-nav__progress, .intro__cue, .intro__kicker')]
        .filter((element) => !element.closest('[aria-hidden="true"]'))
        .map((element) => element.className),
    );
    expect(exposed).toEqual([]);
  });
});

test.describe('the tagline’s pixels', () => {
  test('equal the measured length of the horizontal journey, and the figure shown without a script', async ({ page, browser }) => {
    await page.goto('./');
    await settle(page);
    const measured = await page.evaluate(() => ({
      pinned: document.documentElement.classList.contains('travel-pinned'),
      length: document.querySelector<HTMLElement>('[data-journey-track]')!.scrollWidth,
      shown: document.querySelector('[data-journey-length]')!.textContent,
    }));
    expect(measured.pinned).toBe(true);
    expect(measured.shown).toBe(measured.length.toLocaleString('en-US'));
    expect(measured.length).toBeGreaterThan(10_000);

    const noScript = await openJourney(browser, 'noScript');
    const tagline = await noScript.page.locator('.intro__tagline').textContent();
    expect(tagline).not.toContain('{pixels}');
    expect(tagline).toContain(`told in ${measured.length.toLocaleString('en-US')} pixels`);
    await noScript.close();
  });
});

test.describe('following one track', () => {
  test('closes the layout up around the chosen track and says so in the URL', async ({ page }) => {
    await page.goto('./#2021');
    const before = await page.evaluate(() => document.querySelector<HTMLElement>('[data-journey-track]')!.scrollWidth);

    await page.getByRole('radio', { name: 'Open source' }).check();
    await expect(page).toHaveURL(/\?track=open-source#2021$/);
    const after = await page.evaluate(() => ({
      width: document.querySelector<HTMLElement>('[data-journey-track]')!.scrollWidth,
      shown: document.querySelector('[data-journey-length]')!.textContent,
      otherLanes: [...document.querySelectorAll('.lane:not([data-tracks="open-source"])')].filter((lane) => lane.checkVisibility()).length,
      openLanes: [...document.querySelectorAll('.lane[data-tracks="open-source"]')].every((lane) => lane.checkVisibility()),
      yearsWithoutTrack: [...document.querySelectorAll('section.year:not([data-tracks~="open-source"])')].filter((section) => section.checkVisibility()).length,
      indexWithoutTrack: [...document.querySelectorAll('.year-nav__item:not([data-tracks~="open-source"])')].filter((item) => item.checkVisibility()).length,
    }));
    expect(after.otherLanes).toBe(0);
    expect(after.openLanes).toBe(true);
    expect(after.yearsWithoutTrack).toBe(0);
    expect(after.indexWithoutTrack).toBe(0);
    expect(after.width).toBeLessThan(before);
    expect(after.shown).toBe(after.width.toLocaleString('en-US'));
    // The visitor stays in the year they were in.
    await expect(page.locator('[id="2021"] h2')).toBeInViewport();

    await page.getByRole('radio', { name: 'Both tracks' }).check();
    await expect(page).toHaveURL(/\/#2021$/);
    expect(await page.locator('.lane').evaluateAll((lanes) => lanes.every((lane) => lane.checkVisibility()))).toBe(true);
  });

  test('opens a shared link already filtered', async ({ browser }) => {
    const { page, close } = await openJourney(browser, 'pinned', '?track=inside-spotify');
    await expect(page.getByRole('radio', { name: 'Inside Spotify' })).toBeChecked();
    expect(await page.locator('.lane[data-tracks="open-source"]').evaluateAll((lanes) => lanes.some((lane) => lane.checkVisibility()))).toBe(false);
    expect(await page.locator('.lane[data-tracks="inside-spotify"]').first().isVisible()).toBe(true);
    await close();
  });

  test('works without a script too', async ({ browser }) => {
    const { page, close } = await openJourney(browser, 'noScript');
    await page.getByRole('radio', { name: 'Inside Spotify' }).check();
    expect(await page.locator('.lane[data-tracks="open-source"]').evaluateAll((lanes) => lanes.some((lane) => lane.checkVisibility()))).toBe(false);
    // The 66,000,000 BC year has no inside-Spotify milestone, so it steps aside.
    await expect(page.locator('[id="66000000-bc"]')).toBeHidden();
    await close();
  });
});

test.describe('without JavaScript', () => {
  test('shows the first milestones and every year, each later year with its link to its own page, reads top to bottom, and never overflows a phone sideways', async ({ browser }) => {
    const { page, close } = await openJourney(browser, { ...MODES.noScript, viewport: { width: 360, height: 740 } });
    const state = await page.evaluate(() => ({
      articles: document.querySelectorAll('article.milestone').length,
      yearLinks: [...document.querySelectorAll('section.year a[href*="/years/"]')].filter((link) => link.checkVisibility()).map((link) => link.closest('section')!.id),
      hidden: [...document.querySelectorAll('article.milestone, section.year, .intro, .outro')].filter(
        (element) => !element.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
      ).length,
      pageWidth: document.documentElement.scrollWidth,
      viewportWidth: document.documentElement.clientWidth,
      travel: document.documentElement.classList.contains('travel'),
    }));
    const byDate = years.flatMap((year) => year.milestones);
    expect(state.articles).toBe(FIRST_DOCUMENT_MILESTONES);
    // Each year with milestones beyond the first document's leads to its own page, which shows them all.
    expect(state.yearLinks).toEqual(years.filter((year) => year.milestones.some((milestone) => byDate.indexOf(milestone) >= FIRST_DOCUMENT_MILESTONES)).map((year) => year.key));
    expect(state.hidden).toBe(0);
    expect(state.travel).toBe(false);
    expect(state.pageWidth).toBeLessThanOrEqual(state.viewportWidth);
    await keepScreenshot(page, 'no-js-360-start');
    await scrollToFraction(page, 0.5);
    await keepScreenshot(page, 'no-js-360-middle');
    await close();
  });
});

test('a year whose cards cannot arrive (offline, or gone after a new deploy) keeps its heading, its place and its link to its own page', async ({ browser }) => {
  const context = await browser.newContext(MODES.pinned);
  const page = await context.newPage();
  // Every year's fragment answers as a build's that a new deploy replaced: not found.
  await page.route('**/fragments/**', (route) => route.fulfill({ status: 404, body: '' }));
  const later = years.at(-2)!;
  await page.goto(`./#${later.key}`);
  await settle(page);
  await expectStartInView(page, `[id="${later.key}"]`, `year ${later.label}`);
  await expect(page.locator(`[id="${later.key}"] h2`)).toHaveText(later.label);
  await expect(page.locator(`[id="${later.key}"] a[href$="/years/${later.key}/"]`)).toBeVisible();
  await expect(page.locator(`[id="${later.key}"] article`)).toHaveCount(0);
  await context.close();
});
