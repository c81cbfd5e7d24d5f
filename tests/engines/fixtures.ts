import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { stillForFrames } from '../e2e/journey-support.ts';
import type { EngineDriver, EngineName, Viewport } from './drivers/driver.ts';
import { ENGINES, whyUnavailable } from './engines.ts';
import { framesInView, judgePictures } from './painted.ts';
import { startSiteProxy, type SiteProxy } from './site-proxy.ts';

/** The sizes every page is looked at in. */
export const SIZES = {
  desktop: { width: 1440, height: 900 },
  phone: { width: 390, height: 844 },
} satisfies Record<string, Viewport>;

export type SizeName = keyof typeof SIZES;

/** A picture counts as painted when its rendered box covers this much of its frame in view… */
const MIN_COVERED = 0.5;
/**
 * …and this share of the frame's pixels is not the frame's blank colour (painted art: 0.2–0.65, the
 * pictures with the most sky the least; blank: 0).
 */
const MIN_DRAWN = 0.1;

export interface Visit {
  /** Opens a path of the site (or a full address) at a size and waits until it has come to rest. */
  (path: string, size: SizeName): Promise<void>;
  /** Waits until the page has come to rest again (after a key, the wheel, a scroll). */
  settle(): Promise<void>;
  /** Keeps a screenshot of the viewport as test-results/engines/<engine>/<name>.png (and attaches it); returns it. */
  keep(name: string): Promise<Buffer>;
  /**
   * Asserts every picture in view is painted, and that there are at least `atLeast` of them; keeps
   * the screenshot it judged as `name`.
   */
  expectPicturesPainted(name: string, atLeast?: number): Promise<void>;
}

/**
 * In the page (pass it to `evaluate`): comes to rest. Waits for the fonts, for the travel script to
 * take over where the travel layout is set, for the page to stop scrolling, for every finite
 * animation and transition (arrivals, slides) to end, and for the pictures in view to load.
 */
export async function restInPage(): Promise<void> {
  const deadline = performance.now() + 15_000;
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  await document.fonts.ready;
  const root = document.documentElement;
  while (root.classList.contains('travel') && !root.classList.contains('travel-pinned') && performance.now() < deadline) await frame();
  // A year of the journey on its way from its fragment.
  while (document.querySelector('[aria-busy="true"]') && performance.now() < deadline) await frame();
  const finite = () =>
    document.getAnimations().filter((animation) => Number.isFinite(animation.effect?.getComputedTiming().endTime ?? Infinity) && animation.playState === 'running');
  while (finite().length && performance.now() < deadline) {
    await Promise.race([Promise.all(finite().map((animation) => animation.finished.catch(() => undefined))), new Promise((resolve) => setTimeout(resolve, 1000))]);
  }
  // The pictures in view, in this document and in the same-origin frames in view (offset to the top window).
  const images = (doc = document, x = 0, y = 0): Array<HTMLImageElement | null> => {
    const inView = (box: DOMRect, dx: number, dy: number) =>
      box.bottom + dy > 0 && box.right + dx > 0 && box.top + dy < innerHeight && box.left + dx < innerWidth;
    const own = [...doc.images].filter((image) => inView(image.getBoundingClientRect(), x, y) && image.checkVisibility());
    const framed = [...doc.querySelectorAll('iframe')].flatMap((iframe) => {
      const box = iframe.getBoundingClientRect();
      if (!inView(box, x, y)) return [];
      let inner: Document | null = null;
      try {
        inner = iframe.contentDocument;
      } catch {
        return [];
      }
      // Another origin's frame cannot be looked into; one of ours in view that has not loaded yet counts as a picture to come.
      if (!inner) return [];
      if (inner.readyState !== 'complete' || inner.URL === 'about:blank') return [null];
      return images(inner, x + box.left + iframe.clientLeft, y + box.top + iframe.clientTop);
    });
    return [...own, ...framed];
  };
  while (images().some((image) => !image?.complete) && performance.now() < deadline) await frame();
  await Promise.all(images().map((image) => image?.decode().catch(() => undefined)));
  await frame();
  await frame();
}

export const test = base.extend<
  { driver: EngineDriver; visit: Visit },
  { engine: EngineName; launched: EngineDriver | string; site: SiteProxy }
>({
  engine: ['chromium', { scope: 'worker', option: true }],

  launched: [
    async ({ engine }, use) => {
      const unavailable = whyUnavailable(ENGINES[engine]);
      if (unavailable) {
        await use(unavailable);
        return;
      }
      const driver = await ENGINES[engine].launch();
      await use(driver);
      await driver.close();
    },
    { scope: 'worker', timeout: 120_000 },
  ],

  site: [
    async ({}, use, workerInfo) => {
      const proxy = await startSiteProxy(String(workerInfo.project.use.baseURL));
      await use(proxy);
      await proxy.close();
    },
    { scope: 'worker' },
  ],

  driver: async ({ launched }, use, testInfo) => {
    // An engine that cannot be had here fails its checks, saying what to install: a skipped engine would pass unseen.
    if (typeof launched === 'string') throw new Error(launched);
    await use(launched);
  },

  visit: async ({ driver, site, engine }, use, testInfo) => {
    const problems: string[] = [];
    let opened: string | undefined;
    let viewport: Viewport = SIZES.desktop;
    const collect = async () => {
      if (opened) problems.push(...(await driver.errors()).map((problem) => `${opened}: ${problem}`));
    };
    const settle = async () => {
      await driver.evaluate(restInPage);
      await driver.evaluate(stillForFrames, 8);
    };
    const keep = async (name: string) => {
      const shot = await driver.screenshot();
      const dir = join(testInfo.project.outputDir, engine);
      mkdirSync(dir, { recursive: true });
      writeFileSync(`${dir}/${name}.png`, shot);
      await testInfo.attach(name, { body: shot, contentType: 'image/png' });
      return shot;
    };
    const visit = Object.assign(
      async (path: string, size: SizeName) => {
        await collect();
        viewport = SIZES[size];
        opened = /^https?:/.test(path) ? path : site.url(path);
        await driver.open(opened, viewport);
        await settle();
      },
      {
        settle,
        keep,
        async expectPicturesPainted(name: string, atLeast = 1) {
          await settle();
          const shot = await keep(name);
          const frames = await driver.evaluate(framesInView);
          const verdicts = await judgePictures(shot, frames, viewport.width);
          const seen = verdicts.filter((verdict) => verdict.samples > 0);
          expect(seen.length, `${name}: pictures in view`).toBeGreaterThanOrEqual(atLeast);
          for (const verdict of seen) {
            expect(verdict.covered, `${name}: ${verdict.what} has a rendered box over its frame`).toBeGreaterThanOrEqual(MIN_COVERED);
            expect(verdict.drawn, `${name}: ${verdict.what} is painted, not its blank frame`).toBeGreaterThanOrEqual(MIN_DRAWN);
          }
        },
      },
    );
    await use(visit);
    await collect();
    expect(problems, 'JavaScript errors').toEqual([]);
  },
});

export { expect };
