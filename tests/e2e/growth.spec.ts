import { formatJourneyDateLong } from '../../src/model/journey-date.ts';
import { growthWidth } from '../../src/layout/journey-length.ts';
import { loadGrowthSeries, loadWords } from '../support/content.ts';
import { expect, expectWhollyInView, keepScreenshot, openJourney, settle, test } from './journey-support.ts';

/** The growth charts as the content says they are: per series, each figure as written and its milestone. */
const series = loadGrowthSeries();
const words = loadWords();
const expected = series.map((one) => ({
  name: one.name,
  points: one.points.map((point) => ({
    href: `#${point.milestone.anchor}`,
    figure: `${point.written.value} ${point.written.label}`,
    date: formatJourneyDateLong(point.milestone.date, words),
    title: point.milestone.title,
  })),
}));

/** In the page: every chart's points and table rows, as they read. */
function readCharts() {
  return [...document.querySelectorAll<HTMLElement>('#growth figure')].map((figure) => ({
    caption: figure.querySelector('figcaption')!.textContent!.trim(),
    points: [...figure.querySelectorAll('svg a')].map((link) => ({
      href: link.getAttribute('href'),
      name: link.querySelector(':scope > title')?.textContent ?? null,
      focusable: (link as SVGAElement).tabIndex >= 0,
    })),
    rows: [...figure.querySelectorAll('tbody tr')].map((row) => ({
      date: row.querySelector('th[scope="row"]')!.textContent!.trim(),
      figure: row.querySelector('td')!.textContent!.trim(),
      href: row.querySelector('a')!.getAttribute('href'),
      title: row.querySelector('a')!.textContent!.trim(),
      // The milestone's card, or its place in a year the page's first document holds back (`data-journey-held`).
      target: ((element) => (element?.closest('[data-journey-held]') ? 'held' : (element?.localName ?? null)))(
        document.getElementById(row.querySelector('a')!.getAttribute('href')!.slice(1)),
      ),
    })),
  }));
}

test('the content charts some growth', () => {
  expect(expected.length, 'series with figures').toBeGreaterThan(1);
  expect(expected.some((one) => one.points.length > 1), 'a series with more than one figure').toBe(true);
});

test('without JavaScript, each chart plots its series’ figures, links each point to its milestone, and has a table of them', async ({ browser }) => {
  const { page, close } = await openJourney(browser, 'noScript');
  const charts = await page.evaluate(readCharts);
  expect(charts.map((chart) => chart.caption.split(':')[0])).toEqual(expected.map((one) => one.name));
  charts.forEach((chart, index) => {
    const want = expected[index]!;
    expect(chart.points.map((point) => point.href), `${want.name}: the points' links`).toEqual(want.points.map((point) => point.href));
    expect(chart.points.map((point) => point.name), `${want.name}: the points' names`).toEqual(
      want.points.map((point) => `${point.figure}, ${point.date}: ${point.title}`),
    );
    expect(chart.points.every((point) => point.focusable), `${want.name}: every point takes the keyboard's focus`).toBe(true);
    expect(
      chart.rows.map(({ date, figure, href, title }) => ({ date, figure, href, title })),
      `${want.name}: the table`,
    ).toEqual(want.points);
    expect(
      chart.rows.every((row) => row.target === 'article' || row.target === 'held'),
      `${want.name}: every row links to a milestone on the page, or to its place in its year`,
    ).toBe(true);
  });
  // The tables open without a script.
  const summary = page.locator('#growth summary').first();
  await summary.click();
  await expect(page.locator('#growth table').first()).toBeVisible();
  await close();
});

test('a point followed on the moving journey lands on its milestone, and shows its focus', async ({ browser }) => {
  const { page, close } = await openJourney(browser, 'pinned', '#growth');
  expect(await page.evaluate(() => document.documentElement.classList.contains('travel-pinned'))).toBe(true);
  const growth = await page.locator('#growth').evaluate((section) => ({
    width: section.getBoundingClientRect().width,
    overflow: section.scrollWidth - section.clientWidth,
  }));
  expect(growth.width, 'the growth screen takes the width the build reserved for it').toBe(growthWidth(expected.length));
  expect(growth.overflow, 'nothing overflows the growth screen').toBeLessThanOrEqual(0);
  await keepScreenshot(page, 'growth-1440');

  const target = expected[0]!.points[0]!;
  const point = page.locator(`#growth svg a[href="${target.href}"]`);
  await point.focus();
  await expect(point, 'its title names the link').toHaveAccessibleName(`${target.figure}, ${target.date}: ${target.title}`);
  expect(await point.locator('.growth__target').evaluate((circle) => getComputedStyle(circle).strokeWidth), 'the focus ring').toBe('3px');
  await page.keyboard.press('Enter');
  await settle(page);
  await expect(page).toHaveURL(new RegExp(`${target.href}$`));
  await expectWhollyInView(page, `[id="${target.href.slice(1)}"]`, target.title);
  await close();
});

test('on a phone, the charts fit the screen', async ({ browser }) => {
  const { page, close } = await openJourney(browser, 'phone', '#growth');
  // The screen's own width: a phone widens its layout viewport to fit content that overflows.
  const screen = page.viewportSize()!.width;
  const fit = await page.evaluate((screen) => ({
    page: document.documentElement.scrollWidth - screen,
    charts: [...document.querySelectorAll('#growth :is(svg, table, figcaption)')].map((element) => element.getBoundingClientRect().right <= screen),
  }), screen);
  expect(fit.page, 'the page does not scroll sideways').toBeLessThanOrEqual(0);
  expect(fit.charts.every(Boolean), 'every chart inside the screen').toBe(true);
  await keepScreenshot(page, 'growth-390');
  await close();
});
