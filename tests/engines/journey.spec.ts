import { deepLinkTargets, inReadingOrder, loadJourneyYears } from '../support/content.ts';
import { expectBoxStartInView, expectBoxWhollyInView, focusedMilestoneAtRest, viewportBoxOf } from '../e2e/journey-support.ts';
import { hook, HOOKS, STATE } from '../../src/layout/contract.ts';
import type { EngineDriver } from './drivers/driver.ts';
import { expect, SIZES, test } from './fixtures.ts';

/**
 * The journey in every engine: the travel and the wheel on a wide screen, links to a year and to
 * a milestone, End, Tab, and the bar's track filter and year index on their lines.
 */

const years = loadJourneyYears();
const milestones = inReadingOrder(years);
const { year, milestone } = deepLinkTargets(years);

test('a wide screen travels sideways, and the wheel moves it', async ({ driver, visit }) => {
  await visit('', 'desktop');
  const where = () =>
    driver.evaluate((id) => ({
      pinned: document.documentElement.classList.contains('travel-pinned'),
      scroll: window.scrollY,
      card: document.getElementById(id)!.getBoundingClientRect().left,
    }), milestones[0]!.anchor);
  const before = await where();
  expect(before.pinned, 'the pinned travel is on').toBe(true);
  await driver.wheel(5, { x: SIZES.desktop.width / 2, y: SIZES.desktop.height / 2 });
  await visit.settle();
  const after = await where();
  expect(after.scroll, 'the wheel scrolled the page').toBeGreaterThan(before.scroll);
  expect(after.card, 'the first milestone moved to the left').toBeLessThan(before.card - 50);
  await visit.expectPicturesPainted('journey-desktop-after-wheel', 1);
});

test('the tour travels by itself, and a wheel stops it at once', async ({ driver, visit }) => {
  await visit(`#${year.key}`, 'desktop');
  const toggle = hook('tourToggle');
  const press = () => driver.evaluate((selector) => document.querySelector<HTMLButtonElement>(selector)!.click(), toggle);
  // The page's scroll after `frames` painted frames, and whether the tour's control is playing. The
  // tour moves the page on every frame it plays, however slowly a busy machine paints them.
  const after = (frames: number) =>
    driver.evaluate(
      ({ control, touring, frames }) =>
        new Promise<{ scroll: number; playing: boolean }>((resolve) => {
          let left = frames;
          const tick = () => {
            if (left-- > 0) requestAnimationFrame(tick);
            else resolve({ scroll: window.scrollY, playing: document.querySelector(control)!.classList.contains(touring) });
          };
          tick();
        }),
      { control: hook('tour'), touring: STATE.touring, frames },
    );
  const start = await after(0);
  expect(start.playing, 'the tour waits for Play').toBe(false);
  await press();
  let moving = await after(30);
  for (let tries = 0; tries < 20 && moving.scroll <= start.scroll; tries++) moving = await after(15);
  expect(moving.scroll, 'the tour travels forward').toBeGreaterThan(start.scroll);
  expect(moving.playing, 'the button offers to pause').toBe(true);
  await driver.wheel(1, { x: SIZES.desktop.width / 2, y: SIZES.desktop.height / 2 });
  await visit.settle();
  const stopped = await after(0);
  const later = await after(48);
  expect(later.scroll, 'the wheel stopped the tour').toBe(stopped.scroll);
  expect(later.playing, 'the button offers Play again').toBe(false);
  await visit.keep('journey-desktop-tour-stopped');
});

for (const size of ['desktop', 'phone'] as const) {
  test(`a link to a year lands with the year in view (${size})`, async ({ driver, visit }) => {
    await visit(`#${year.key}`, size);
    expectBoxStartInView(await driver.evaluate(viewportBoxOf, `[id="${year.key}"]`), `year ${year.label}`);
    expectBoxWhollyInView(await driver.evaluate(viewportBoxOf, `[id="year-${year.key}-title"]`), `the ${year.label} numeral`);
    await visit.expectPicturesPainted(`journey-${size}-year-${year.key}`, 1);
  });

  test(`a link to a milestone lands with the milestone in view (${size})`, async ({ driver, visit }) => {
    await visit(`#${milestone.anchor}`, size);
    expectBoxWhollyInView(await driver.evaluate(viewportBoxOf, `[id="${milestone.anchor}"]`), milestone.title);
    await visit.expectPicturesPainted(`journey-${size}-milestone`, 1);
  });

  test(`Tab brings each of the first milestones wholly into view (${size})`, async ({ driver, visit }) => {
    await visit('', size);
    const expected = milestones.slice(0, 6).map((candidate) => candidate.anchor);
    const seen: string[] = [];
    for (let press = 0; press < 60 && seen.length < expected.length; press++) {
      await driver.key('Tab');
      const focused = await driver.evaluate(focusedMilestoneAtRest);
      if (!focused || seen.includes(focused.id)) continue;
      seen.push(focused.id);
      await visit.settle();
      expectBoxWhollyInView(await driver.evaluate(viewportBoxOf, `[id="${focused.id}"]`), `milestone ${seen.length} (${focused.id})`);
    }
    expect(seen).toEqual(expected);
    await visit.keep(`journey-${size}-tab`);
  });

  test(`the track filter and the year index each keep to one line, the tour's button beside them (${size})`, async ({ driver, visit }) => {
    await visit('', size);
    const bar = await driver.evaluate(() => {
      const box = (element: Element) => {
        const { left, right, top, bottom } = element.getBoundingClientRect();
        return { left, right, top, bottom, middle: (top + bottom) / 2 };
      };
      const legend = document.querySelector('.track-filter legend')!;
      return {
        legend: { ...box(legend), shown: legend.getBoundingClientRect().width > 1 },
        pills: [...document.querySelectorAll('.track-filter__option')].map(box),
        years: [...document.querySelectorAll('.year-nav__item')].filter((item) => item.checkVisibility()).map(box),
        nav: box(document.querySelector('.year-nav')!),
        tour: (() => {
          const toggle = document.querySelector('.tour__toggle')!;
          return { ...box(toggle), shown: toggle.checkVisibility({ visibilityProperty: true }), fits: toggle.scrollWidth <= toggle.clientWidth };
        })(),
        width: document.documentElement.clientWidth,
      };
    });
    const tops = (boxes: Array<{ top: number }>) => new Set(boxes.map((box) => Math.round(box.top))).size;
    expect(tops(bar.pills), 'the track pills are on one line').toBe(1);
    expect(tops(bar.years), 'the years are on one line').toBe(1);
    if (size === 'desktop') {
      // One bar: "Follow", then the pills, then the year index, all on the same line.
      expect(bar.legend.shown, '"Follow" is shown').toBe(true);
      const firstPill = bar.pills[0]!;
      const lastPill = bar.pills.at(-1)!;
      expect(bar.legend.right, '"Follow" comes before the pills').toBeLessThanOrEqual(firstPill.left);
      expect(Math.abs(bar.legend.middle - firstPill.middle), '"Follow" is level with the pills').toBeLessThanOrEqual(4);
      expect(lastPill.right, 'the year index comes after the pills').toBeLessThanOrEqual(bar.nav.left);
      expect(Math.abs(bar.nav.middle - firstPill.middle), 'the year index is level with the pills').toBeLessThanOrEqual(8);
      // Then the tour's button, whole, on the same line.
      expect(bar.tour.shown, 'the tour is offered').toBe(true);
      expect(bar.nav.right, 'the tour comes after the year index').toBeLessThanOrEqual(bar.tour.left + 1);
      expect(bar.tour.right, 'the tour is inside the bar').toBeLessThanOrEqual(bar.width);
      expect(bar.tour.fits, 'the tour’s name fits its button').toBe(true);
      expect(Math.abs(bar.tour.middle - firstPill.middle), 'the tour is level with the pills').toBeLessThanOrEqual(8);
    } else {
      // A phone: the pills fill a row of their own (the legend is for screen readers), the years below; no tour.
      expect(bar.tour.shown, 'no tour on a phone').toBe(false);
      expect(bar.legend.shown, '"Follow" is left to screen readers').toBe(false);
      expect(bar.pills[0]!.bottom, 'the year index is below the pills').toBeLessThanOrEqual(bar.nav.top + 1);
    }
    await visit.keep(`journey-${size}-bar`);
  });
}

test('links to milestones all down the page land each at the same place below the bar (phone)', async ({ driver, visit }) => {
  test.setTimeout(180_000);
  // Five milestones from the top of the page to its foot: the cards held unrendered above each one
  // come into view at their real heights.
  const targets = [0.05, 0.25, 0.5, 0.75, 0.95].map((fraction) => milestones[Math.floor(fraction * (milestones.length - 1))]!);
  const tops: Record<string, number> = {};
  for (const target of targets) {
    await visit(`#${target.anchor}`, 'phone');
    tops[target.anchor] = await driver.evaluate((id) => Math.round(document.getElementById(id)!.getBoundingClientRect().top), target.anchor);
  }
  const first = Object.values(tops)[0]!;
  for (const [anchor, top] of Object.entries(tops)) expect(Math.abs(top - first), `${anchor} lands ${top} px from the top, the first at ${first}`).toBeLessThanOrEqual(2);
});

/** Asserts the closing screen is in view, the page at its end, and the address naming no year the reader has passed. */
async function expectAtTheEnd(driver: EngineDriver, what: string) {
  const seen = await driver.evaluate(() => ({
    at: Math.round(window.scrollY),
    end: document.documentElement.scrollHeight - window.innerHeight,
    hash: location.hash,
  }));
  const where = `${what}: scrolled to ${seen.at} of ${seen.end} px, the address ending in "${seen.hash}"`;
  expectBoxStartInView(await driver.evaluate(viewportBoxOf, '#outro'), `the outro (${where})`);
  expectBoxWhollyInView(await driver.evaluate(viewportBoxOf, '#outro-title'), `the closing question (${where})`);
  expect(Math.abs(seen.at - seen.end), `at the end of the page (${where})`).toBeLessThanOrEqual(1);
  // The last year (the closing screen follows it), or none.
  expect(['', `#${years.at(-1)!.key}`], `the address (${where})`).toContain(seen.hash);
}

for (const size of ['desktop', 'phone'] as const) {
  test(`End reaches the closing screen (${size})`, async ({ driver, visit }) => {
    await visit('', size);
    await driver.key('End');
    await visit.settle();
    await expectAtTheEnd(driver, 'after End');
    await visit.keep(`journey-${size}-end`);
  });
}

test('after End, the closing screen stays in view as the page above it grows (phone)', async ({ driver, visit }) => {
  await visit('', 'phone');
  await driver.key('End');
  await visit.settle();
  // What the page does when something above the view is laid out late (a card held unrendered
  // drawn taller than its estimate, a picture or a font arriving): the last year grows.
  await driver.evaluate((id) => {
    document.getElementById(id)!.style.paddingBottom = '2400px';
  }, years.at(-1)!.key);
  await visit.settle();
  await expectAtTheEnd(driver, 'after End, once the last year grew by 2400 px');
  await visit.keep('journey-phone-end-grown');

  // Once the reader moves, the page no longer holds them at its end.
  await driver.wheel(-3, { x: SIZES.phone.width / 2, y: SIZES.phone.height / 2 });
  await visit.settle();
  await driver.evaluate((id) => {
    document.getElementById(id)!.style.paddingBottom = '4800px';
  }, years.at(-1)!.key);
  await visit.settle();
  const after = await driver.evaluate(() => ({ at: Math.round(window.scrollY), end: document.documentElement.scrollHeight - window.innerHeight }));
  expect(after.end - after.at, `after a wheel up, left where the wheel took the reader (${after.at} of ${after.end} px)`).toBeGreaterThanOrEqual(100);
});

test('years arriving above the view as the reader goes back up move nothing in it (phone)', async ({ driver, visit }) => {
  // Landed in the last year, the years before it are still to arrive, far above the view.
  const last = years.at(-1)!.milestones[0]!;
  await visit(`#${last.anchor}`, 'phone');
  // In the page: just before a year's parts are put in, note where a card in the middle of the view
  // is; once it has arrived (its cards in, the view kept), where that card is now. Cards drawn later
  // at their real heights (the reading layout's held cards) are another matter, and come later.
  await driver.evaluate(({ arrives, held }) => {
    const moves: { year: string; card: string; moved: number }[] = [];
    const watched = new Map<Element, { card: HTMLElement; top: number }>();
    const replaceWith = Element.prototype.replaceWith;
    Element.prototype.replaceWith = function (this: Element, ...nodes) {
      const year = this.hasAttribute(arrives) ? this.closest(`[${held}]`) : null;
      if (year && !watched.has(year)) {
        // The card in view nearest the middle of the screen.
        const cards = [...document.querySelectorAll<HTMLElement>('article')].filter((card) => {
          const box = card.getBoundingClientRect();
          return !year.contains(card) && box.height > 0 && box.bottom > 0 && box.top < innerHeight;
        });
        const middle = (card: HTMLElement) => Math.abs(card.getBoundingClientRect().top - innerHeight / 2);
        const card = cards.sort((a, b) => middle(a) - middle(b))[0];
        if (card) watched.set(year, { card, top: card.getBoundingClientRect().top });
      }
      return replaceWith.apply(this, nodes);
    };
    new MutationObserver((records) => {
      for (const record of records) {
        const year = record.target as HTMLElement;
        const seen = watched.get(year);
        if (year.hasAttribute(held) || !seen) continue;
        watched.delete(year);
        moves.push({ year: year.id, card: seen.card.id, moved: seen.card.getBoundingClientRect().top - seen.top });
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: [held] });
    Object.assign(window, { __moves: moves });
  }, { arrives: HOOKS.arrives, held: HOOKS.held });
  const heldCount = () => driver.evaluate((selector) => document.querySelectorAll(selector).length, hook('held'));
  const heldAtFirst = await heldCount();
  expect(heldAtFirst, 'years still to arrive above the view').toBeGreaterThan(0);
  // Up a screen at a time, until two years have arrived above the view (or the top).
  for (let step = 0; step < 40 && (await heldCount()) > Math.max(0, heldAtFirst - 2); step++) {
    if (await driver.evaluate(() => window.scrollY === 0)) break;
    await driver.evaluate(() => window.scrollBy(0, -innerHeight));
    await visit.settle();
  }
  const moves = await driver.evaluate(() => (window as unknown as { __moves: { year: string; card: string; moved: number }[] }).__moves);
  expect(moves.length, 'years arrived above the view on the way up').toBeGreaterThan(0);
  for (const { year, card, moved } of moves) expect(Math.abs(moved), `#${card} moved ${moved} px as ${year} arrived`).toBeLessThanOrEqual(1);
});
