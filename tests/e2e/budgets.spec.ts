import { expect, test, type Page } from '@playwright/test';
import { checkBudgets, FIRST_SCREEN_MILESTONES, PAGE_KIND_NAMES } from '../../src/build-time/budgets.ts';
import { hook } from '../../src/layout/contract.ts';
import { FIRST_DOCUMENT_MILESTONES } from '../../src/build-time/journey/first-document.ts';
import { inReadingOrder, loadJourneyYears } from '../support/content.ts';
import { inlineCode, recordResponses, scrollThrough, VIEWPORTS, type ViewportName } from '../../scripts/bench/bytes.ts';
import { findBenchPages } from '../../scripts/bench/lib/pages.ts';
import { totalsByType } from '../../scripts/bench/lib/sizes.ts';

/**
 * The brief's byte budgets and its deterministic quality bars, on the built site: the JS, CSS and
 * HTML each page really loads (gzip), no request to another origin, no layout shift on load.
 * `npm run bench` reports the same figures beside the timings.
 */

const { pages, missing } = findBenchPages('dist');

/** Relative to the configured base URL, so a sub-path build is checked where it is served. */
const at = (path: string) => `.${path}`;

/** Before any of the page's own scripts: adds up every layout shift no input caused. */
function countLayoutShifts(): void {
  const state = window as unknown as { __layoutShift: number };
  state.__layoutShift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
      if (!entry.hadRecentInput) state.__layoutShift += entry.value;
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/** In the page: the shifts so far, once the fonts are in and two more frames have been drawn. */
async function layoutShiftSoFar(): Promise<number> {
  await document.fonts.ready;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return (window as unknown as { __layoutShift: number }).__layoutShift;
}

test('every kind of page with a budget is in the build', () => {
  expect(missing).toEqual([]);
});

for (const viewport of Object.keys(VIEWPORTS) as ViewportName[]) {
  test.describe(`at ${VIEWPORTS[viewport].label}`, () => {
    test.use(VIEWPORTS[viewport].options);

    for (const benchPage of pages) {
      const name = `${PAGE_KIND_NAMES[benchPage.kind]} ${benchPage.label}`;

      test(`the ${name} loads JS, CSS and HTML within its gzip budget, does not shift while loading, and requests nothing from other origins, even scrolled to its end`, async ({ page, baseURL }) => {
        await page.addInitScript(countLayoutShifts);
        const recorder = await recordResponses(page, new URL(baseURL!).origin);
        await page.goto(at(benchPage.path));
        // Once the network has been quiet a moment: late work (fonts, scripts that measure the page,
        // lazy images near the screen) has had its chance to move things.
        await recorder.quiet();
        const totals = totalsByType([...recorder.resources, ...(await inlineCode(page))]);
        const checks = checkBudgets(benchPage.kind, { js: totals.js.gzip, css: totals.css.gzip, html: totals.html.gzip });
        for (const check of checks) {
          expect(check.actual, `${check.type.toUpperCase()} on the ${name}: ${check.actual} bytes gzip, budget ${check.budget}`).toBeLessThanOrEqual(check.budget);
        }
        // A page that loaded nothing would pass every budget: make sure the HTML itself was counted.
        expect(totals.html.count).toBeGreaterThan(0);
        expect(await page.evaluate(layoutShiftSoFar), 'layout shift while loading').toBe(0);

        await scrollThrough(page);
        await recorder.quiet();
        expect(recorder.otherOrigins).toEqual([]);
        if (benchPage.kind === 'journey') {
          // Read or travelled from end to end: every later year arrived on the way.
          await expect(page.locator(hook('milestone'))).toHaveCount(inReadingOrder(loadJourneyYears()).length);
          // Travelling, nothing moved in view. Read down the page, the cards held unrendered are drawn at
          // their real heights, a few pixels off their estimates now and then: the years' arrivals there
          // are checked on their own, in every engine (tests/engines/journey.spec.ts).
          if (viewport === 'desktop') expect(await page.evaluate(layoutShiftSoFar), 'layout shift while travelling from end to end').toBe(0);
        }
      });
    }

    if (viewport === 'mobile') {
      test(`the journey lays out at most ${FIRST_SCREEN_MILESTONES} milestones on opening, of the ${FIRST_DOCUMENT_MILESTONES} its first document holds`, async ({ page }) => {
        const milestones = inReadingOrder(loadJourneyYears());
        await page.goto(at('/'));
        await page.waitForLoadState('load');
        // Once the browser has decided, frame by frame, what is near enough the view to draw.
        const laidOut = (selector: string) =>
          page.evaluate(
            async (selector) => {
              for (let frame = 0; frame < 3; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
              return [...document.querySelectorAll(selector)].filter((card) => card.checkVisibility({ contentVisibilityAuto: true })).map((card) => card.id);
            },
            selector,
          );
        const cards = hook('milestone');
        const onOpening = await laidOut(cards);
        expect(onOpening.length, onOpening.join(', ')).toBeLessThanOrEqual(FIRST_SCREEN_MILESTONES);
        // Scrolled to the first milestone, the cards around it are drawn, and the last is still waiting.
        await page.locator(`${cards}[id="${milestones[0]!.anchor}"]`).scrollIntoViewIfNeeded();
        const nearFirst = await laidOut(cards);
        expect(nearFirst).toContain(milestones[0]!.anchor);
        expect(nearFirst.length, nearFirst.join(', ')).toBeLessThanOrEqual(FIRST_SCREEN_MILESTONES);
        // The words of the cards it holds are in the page for find-in-page and screen readers, and print draws them all.
        await expect(page.locator(cards)).toHaveCount(FIRST_DOCUMENT_MILESTONES);
        await page.emulateMedia({ media: 'print' });
        expect((await laidOut(cards)).length).toBe(FIRST_DOCUMENT_MILESTONES);
      });
    }
  });
}

// Reduced motion lays the wide screen out down the page instead: loading it moves nothing either.
test.describe('at 1440×900 with reduced motion', () => {
  test.use({ ...VIEWPORTS.desktop.options, reducedMotion: 'reduce' });

  test('the journey page does not shift its layout while loading', async ({ page, baseURL }) => {
    await page.addInitScript(countLayoutShifts);
    const recorder = await recordResponses(page, new URL(baseURL!).origin);
    await page.goto(at('/'));
    await recorder.quiet();
    expect(await page.evaluate(layoutShiftSoFar)).toBe(0);
  });
});
