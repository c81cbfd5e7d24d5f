import { test as base, expect, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { HOOKS, STATE } from '../../src/layout/contract.ts';

/** The ways a visitor meets the journey. */
export const MODES = {
  /** Wide screen, motion welcome: the pinned horizontal travel. */
  pinned: { viewport: { width: 1440, height: 900 }, reducedMotion: 'no-preference' },
  /** Wide screen, reduced motion: the vertical layout with native scrolling. */
  native: { viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce' },
  /** No JavaScript at all. */
  noScript: { viewport: { width: 1440, height: 900 }, javaScriptEnabled: false },
  /** A phone. */
  phone: { viewport: { width: 390, height: 844 }, reducedMotion: 'no-preference', isMobile: true, hasTouch: true },
} satisfies Record<string, BrowserContextOptions>;

export type ModeName = keyof typeof MODES;

/**
 * Every test page fails its test on a console error or an uncaught exception, whatever else the
 * test checks. Pages opened in extra contexts are watched through `openJourney`.
 */
export const test = base.extend<{ watchConsole: void }>({
  watchConsole: [
    async ({ page }, use) => {
      const problems = watch(page);
      await use();
      expect(problems, 'console errors and page errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return problems;
}

/**
 * A fresh context of the given mode and a page in it, not yet opened anywhere, whose console errors
 * fail the test when it is closed. `withoutPageScripts` serves every page with each `<script>`
 * removed while leaving the browser's scripting on, for tools such as axe that need it: the page
 * renders as without JavaScript.
 */
export async function newJourneyPage(browser: Browser, mode: ModeName | BrowserContextOptions, { withoutPageScripts = false } = {}) {
  const options: BrowserContextOptions = typeof mode === 'string' ? MODES[mode] : mode;
  const context = await browser.newContext(options);
  const page = await context.newPage();
  if (withoutPageScripts || options.javaScriptEnabled === false) unscripted.add(page);
  if (withoutPageScripts) {
    await page.route(
      (url) => url.pathname.endsWith('/') || url.pathname.endsWith('.html'),
      async (route) => {
        const response = await route.fetch();
        const html = (await response.text()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
        await route.fulfill({ response, body: html });
      },
    );
  }
  const problems = watch(page);
  return {
    page,
    async close() {
      await context.close();
      expect(problems, 'console errors and page errors').toEqual([]);
    },
  };
}

/**
 * Opens the journey (optionally at a path such as "?track=…#2021") in a fresh context of the given
 * mode (`newJourneyPage`), and waits for it to settle.
 */
export async function openJourney(
  browser: Browser,
  mode: ModeName | BrowserContextOptions,
  path = '',
  options: { withoutPageScripts?: boolean } = {},
) {
  const journey = await newJourneyPage(browser, mode, options);
  await journey.page.goto(`./${path}`);
  await settle(journey.page);
  return journey;
}

/** Pages that run none of their own scripts: nothing but the reader scrolls them, and no frame callback runs in them. */
const unscripted = new WeakSet<Page>();

/** Waits for the page to finish loading and for scrolling to come to rest (works without page scripts too). */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  // Still for 8 painted frames: the travel's smooth scroll (and a smooth native one) moves on every
  // frame, however long a busy machine takes to paint one, so wall-clock stillness could stop in the
  // middle of it. Without page scripts nothing scrolls the page once it has loaded.
  if (unscripted.has(page)) return;
  // Where the journey travels sideways, its script pins the travel once it has arrived and measured the track.
  await page.waitForFunction(({ travel, pinned }) => {
    const root = document.documentElement.classList;
    return !root.contains(travel) || root.contains(pinned);
  }, STATE);
  // No year of the journey on its way from its fragment.
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
  await page.evaluate(stillForFrames, 8);
}

/**
 * Goes to each year of the journey still to arrive, in turn, until every year has arrived: what
 * travelling or reading the journey from end to end brings into the page. Fails naming a year that
 * did not arrive.
 */
export async function arriveEverywhere(page: Page): Promise<void> {
  await page.evaluate(async (held) => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    for (let section = document.querySelector<HTMLElement>(`[${held}]`); section; section = document.querySelector<HTMLElement>(`[${held}]`)) {
      section.scrollIntoView({ behavior: 'instant' });
      const deadline = performance.now() + 10_000;
      while (section.hasAttribute(held) && performance.now() < deadline) await frame();
      if (section.hasAttribute(held)) throw new Error(`The year ${section.id} did not arrive.`);
    }
  }, HOOKS.held);
  await settle(page);
}

/**
 * In the page (pass it to `evaluate`): resolves once the page has not scrolled for `frames` painted
 * frames in a row, or after 10 s.
 */
export async function stillForFrames(frames: number): Promise<void> {
  let previous = -1;
  const deadline = performance.now() + 10_000;
  for (let still = 0; still < frames && performance.now() < deadline; ) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    still = window.scrollY === previous ? still + 1 : 0;
    previous = window.scrollY;
  }
}

/** In the page (pass it to `evaluate`): the element's box and the visible viewport, for "is it in view" checks. */
export function viewportBoxOf(selector: string) {
  const element = document.querySelector(selector);
  if (!element) return null;
  const box = element.getBoundingClientRect();
  // In the horizontal journey the bar at the bottom covers part of the viewport.
  const bar = document.documentElement.classList.contains('travel')
    ? document.querySelector('.journey-bar')!.getBoundingClientRect().height
    : 0;
  return {
    left: box.left,
    right: box.right,
    top: box.top,
    bottom: box.bottom,
    width: window.innerWidth,
    height: window.innerHeight - bar,
  };
}

export type ViewportBox = ReturnType<typeof viewportBoxOf>;

/** The element's box and the viewport, for "is it in view" checks. */
export async function boxInViewport(page: Page, selector: string): Promise<ViewportBox> {
  return page.evaluate(viewportBoxOf, selector);
}

/** Asserts the whole box is inside the visible viewport (1 px of rounding allowed). */
export function expectBoxWhollyInView(box: ViewportBox, what: string): void {
  expect(box, `${what} exists`).not.toBeNull();
  expect(box!.left, `${what} left edge`).toBeGreaterThanOrEqual(-1);
  expect(box!.right, `${what} right edge`).toBeLessThanOrEqual(box!.width + 1);
  expect(box!.top, `${what} top edge`).toBeGreaterThanOrEqual(-1);
  expect(box!.bottom, `${what} bottom edge`).toBeLessThanOrEqual(box!.height + 1);
}

/** Asserts the box starts inside the visible viewport (for boxes that may be longer than it). */
export function expectBoxStartInView(box: ViewportBox, what: string): void {
  expect(box, `${what} exists`).not.toBeNull();
  expect(box!.left, `${what} left edge`).toBeGreaterThanOrEqual(-1);
  expect(box!.left, `${what} left edge`).toBeLessThan(box!.width - 100);
  expect(box!.top, `${what} top edge`).toBeGreaterThanOrEqual(-1);
  expect(box!.top, `${what} top edge`).toBeLessThan(box!.height - 100);
}

/** Asserts the whole element is inside the visible viewport (1 px of rounding allowed). */
export async function expectWhollyInView(page: Page, selector: string, what = selector): Promise<void> {
  expectBoxWhollyInView(await boxInViewport(page, selector), what);
}

/** Asserts the element starts inside the visible viewport (for boxes that may be longer than it). */
export async function expectStartInView(page: Page, selector: string, what = selector): Promise<void> {
  expectBoxStartInView(await boxInViewport(page, selector), what);
}

/**
 * In the page (pass it to `evaluate`): the milestone that holds the focus, once it has come to rest
 * (a milestone that arrives as focus brings it in slides up into place), with its outline style (the
 * focus ring is drawn around the whole milestone); null when the focus is not in a milestone.
 */
export async function focusedMilestoneAtRest(): Promise<{ id: string; ring: string } | null> {
  const milestone = document.activeElement?.closest<HTMLElement>('.milestone');
  if (!milestone) return null;
  await Promise.all(milestone.getAnimations().map((animation) => animation.finished.catch(() => undefined)));
  return { id: milestone.id, ring: getComputedStyle(milestone).outlineStyle };
}

/** Screenshots kept with the run's artifacts (test-results/ is uploaded by CI). */
export async function keepScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync('test-results/screenshots', { recursive: true });
  await page.screenshot({ path: `test-results/screenshots/${name}.png` });
}

/** Moves the journey by page scroll to a fraction of its length and waits for it to settle. */
export async function scrollToFraction(page: Page, fraction: number): Promise<void> {
  await page.evaluate((fraction) => {
    const max = document.documentElement.scrollHeight - window.innerHeight;
    window.scrollTo({ top: Math.round(max * fraction), behavior: 'instant' });
  }, fraction);
  await revealed(page);
}

/** Waits as `settle` does, then for the milestones arriving in view to finish fading in (at once without page scripts). */
export async function revealed(page: Page): Promise<void> {
  await settle(page);
  if (!unscripted.has(page)) await page.evaluate(transitionsDone);
}

/**
 * In the page (pass it to `evaluate`): resolves once every animation and transition that ends has
 * ended (milestones fade and slide in as they arrive); the scenery's endless drift is left running.
 */
export async function transitionsDone(): Promise<void> {
  const ending = document.getAnimations().filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity);
  await Promise.all(ending.map((animation) => animation.finished.catch(() => undefined)));
}
