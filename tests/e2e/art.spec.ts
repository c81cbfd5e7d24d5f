import type { Page } from '@playwright/test';
import { ART_BUDGETS } from '../../src/build-time/art/budgets.ts';
import { SCENERY_LAYERS } from '../../src/build-time/art/scenery.ts';
import { HOOKS, hook } from '../../src/layout/contract.ts';
import { expect, openJourney, scrollToFraction, settle, test } from './journey-support.ts';

/**
 * The art on the journey page in a browser: its budgets (bytes of the first screen, sizes drawn),
 * the pictures loading a screen ahead of the travel and the scenery moving in depth. The markup of
 * the pictures as delivered (sizes, formats, alt, loading) is checked without a browser, in
 * tests/dist/journey-page.test.ts, and the link preview cards in tests/dist/link-previews.test.ts.
 */

const { width, height } = ART_BUDGETS.firstScreenViewport;
test.use({ viewport: { width, height } });
// Travelling through the journey and waiting for pictures takes a while on a busy 2-core machine.
test.describe.configure({ timeout: 120_000 });

/** Every image resource the page fetched so far, with its bytes on the wire (body, as served). */
async function fetchedImages(page: Page) {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => entry as PerformanceResourceTiming)
      .filter((entry) => /\.(avif|webp|png|jpe?g|gif|svg)(\?|$)/.test(new URL(entry.name).pathname))
      .map((entry) => ({ url: entry.name, bytes: entry.encodedBodySize || entry.transferSize })),
  );
}

/** The pictures and scenery tiles that the visible part of the page shows now. */
async function visibleImageUrls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const inView = (element: Element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && box.right > 0 && box.bottom > 0 && box.left < innerWidth && box.top < innerHeight;
    };
    const urls = new Set<string>();
    for (const image of document.images) if (inView(image) && image.currentSrc) urls.add(image.currentSrc);
    for (const layer of document.querySelectorAll('.scenery__layer, .journey-scenery__era')) {
      if (!inView(layer)) continue;
      const match = /url\("?([^")]+)"?\)/.exec(getComputedStyle(layer).backgroundImage);
      if (match) urls.add(new URL(match[1]!, location.href).href);
    }
    return [...urls];
  });
}

/** Waits until every picture that has started loading has finished. */
async function imagesSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => [...document.images].every((image) => image.loading === 'lazy' || image.complete));
}

test('the first screen at 1440×900 needs at most 200 kB of images', async ({ page }) => {
  await page.goto('./');
  await settle(page);
  await imagesSettled(page);
  const visible = await visibleImageUrls(page);
  const fetched = new Map((await fetchedImages(page)).map((image) => [image.url, image.bytes]));
  expect(visible.length, 'the first screen shows art').toBeGreaterThan(0);
  let bytes = 0;
  for (const url of visible) {
    expect(fetched.has(url), `${url} was fetched`).toBe(true);
    bytes += fetched.get(url)!;
  }
  expect(bytes).toBeLessThanOrEqual(ART_BUDGETS.firstScreenImageBytes);
  // Nothing but pictures of our own formats: never a PNG fallback by accident.
  for (const url of fetched.keys()) expect(url).toMatch(/\.(avif|webp|svg)$/);
});

for (const deviceScaleFactor of [1, 2]) {
  test(`no picture is delivered at more than twice the pixels it is drawn at (${deviceScaleFactor}x screen)`, async ({ browser }) => {
    const journey = await openJourney(browser, { viewport: { width, height }, deviceScaleFactor, reducedMotion: 'no-preference' });
    const { page } = journey;
    for (const fraction of [0, 0.35, 0.7]) {
      await scrollToFraction(page, fraction);
      await imagesSettled(page);
      const shown = await page.$$eval(`img${hook('picture')}`, (images) =>
        (images as HTMLImageElement[])
          .filter((image) => image.complete && image.currentSrc)
          .map((image) => ({ src: image.currentSrc, drawn: image.getBoundingClientRect().width })),
      );
      expect(shown.length).toBeGreaterThan(0);
      for (const image of shown) {
        const delivered = Number(/-(\d+)\.(avif|webp)$/.exec(image.src)?.[1]);
        expect(delivered, image.src).toBeGreaterThan(0);
        expect(delivered, `${image.src} drawn ${image.drawn} px wide`).toBeLessThanOrEqual(ART_BUDGETS.maxOversize * image.drawn * deviceScaleFactor);
      }
    }
    await journey.close();
  });
}

test('pictures a screen ahead of the travel are fetched before they arrive, far ones are not', async ({ browser }) => {
  const journey = await openJourney(browser, 'pinned');
  const { page } = journey;
  await expect(page.locator('html')).toHaveClass(/travel/);
  await scrollToFraction(page, 0.3);
  await imagesSettled(page);
  const state = await page.$$eval(`img${hook('picture')}`, (images) =>
    (images as HTMLImageElement[]).map((image) => {
      const box = image.getBoundingClientRect();
      return { left: box.left, right: box.right, width: box.width, loading: image.loading, complete: image.complete, src: image.currentSrc };
    }),
  );
  const next = state.filter((image) => image.width > 0 && image.left >= width && image.left < 2 * width);
  const far = state.filter((image) => image.width > 0 && image.left > 3 * width);
  expect(next.length, 'pictures in the next screen').toBeGreaterThan(0);
  for (const image of next) {
    expect(image.loading, 'a picture one screen ahead is asked for').toBe('eager');
    expect(image.complete && image.src !== '', 'and has arrived').toBe(true);
  }
  expect(far.length, 'pictures further away').toBeGreaterThan(0);
  for (const image of far) {
    expect(image.loading).toBe('lazy');
    expect(image.src, 'a picture far away is not fetched').toBe('');
  }
  await journey.close();
});

test('reading down the page again, every picture has its sources back and loads as the browser sees fit', async ({ browser }) => {
  const journey = await openJourney(browser, 'pinned');
  const { page } = journey;
  await expect(page.locator('html')).toHaveClass(/travel-pinned/);
  const parked = () => page.$$eval(`img${hook('picture')}`, (images) => images.filter((image) => !image.hasAttribute('src')).length);
  expect(await parked(), 'far pictures are set aside while travelling').toBeGreaterThan(0);
  // A narrow window reads the journey down the page.
  await page.setViewportSize({ width: 700, height: 900 });
  await expect(page.locator('html')).not.toHaveClass(/travel/);
  await expect.poll(parked).toBe(0);
  const sources = await page.$$eval(`img${hook('picture')}`, (images: HTMLImageElement[]) =>
    images.map((image) => ({
      lazy: image.loading,
      srcset: [...image.parentElement!.querySelectorAll('source')].every((source) => source.hasAttribute('srcset')),
    })),
  );
  expect(sources.every((image) => image.srcset)).toBe(true);
  expect(sources.filter((image) => image.lazy === 'lazy').length).toBeGreaterThan(sources.length / 2);
  await journey.close();
});

test('the scenery is decoration in three depth layers that move at different speeds', async ({ browser }) => {
  const journey = await openJourney(browser, 'pinned');
  const { page } = journey;
  const strips = await page.$$eval(
    '.journey-scenery',
    (all, depth) =>
      all.map((scenery) => ({
        hidden: scenery.getAttribute('aria-hidden'),
        depths: [...scenery.querySelectorAll(`[${depth}]`)].map((strip) => Number(strip.getAttribute(depth))),
      })),
    HOOKS.depth,
  );
  // One set of strips for the whole journey, one strip per depth layer.
  expect(strips).toEqual([{ hidden: 'true', depths: SCENERY_LAYERS.map((layer) => layer.depth) }]);
  // Each year still has its own still scenery for reading down the page, hidden from assistive technology.
  const years = await page.$$eval('.year .scenery', (all) => all.map((scenery) => scenery.getAttribute('aria-hidden')));
  expect(years.length).toBeGreaterThan(0);
  expect(new Set(years)).toEqual(new Set(['true']));
  // Every era's tiles are served as SVG, to the strips and to the years alike.
  const tiles = await page.$$eval('.journey-scenery__era, .scenery__layer', (layers) => [
    ...new Set(layers.map((layer) => /url\("?([^")]+)"?\)/.exec(getComputedStyle(layer).backgroundImage)?.[1] ?? '')),
  ]);
  expect(tiles.length).toBe(4 * SCENERY_LAYERS.length);
  for (const tile of tiles) {
    const response = await page.request.get(tile);
    expect(response.status(), tile).toBe(200);
    expect(response.headers()['content-type']).toContain('image/svg+xml');
  }

  /** The year across the middle of the screen, a card of it, each strip's place and the stretch of its era on each strip. */
  const positions = () =>
    page.evaluate(({ depth, era }) => {
      const middle = innerWidth / 2;
      const year = [...document.querySelectorAll<HTMLElement>('.year')].find((section) => {
        const box = section.getBoundingClientRect();
        return box.left < middle && box.right > middle;
      });
      if (!year) return null;
      const strips = [...document.querySelectorAll<HTMLElement>(`.journey-scenery [${depth}]`)];
      return {
        key: year.id,
        card: year.querySelector('.milestone')!.getBoundingClientRect().left,
        strips: strips.map((strip) => strip.getBoundingClientRect().left),
        eraBehind: strips.map((strip) => {
          const box = strip.querySelector<HTMLElement>(`[${era}="${year.getAttribute(era)}"]`)!.getBoundingClientRect();
          return box.left <= middle && box.right >= middle && box.height > 0;
        }),
      };
    }, { depth: HOOKS.depth, era: HOOKS.era });
  await scrollToFraction(page, 0.5);
  const before = await positions();
  expect(before).not.toBeNull();
  // The year on screen stands in front of its own era's scenery on every strip.
  expect(before!.eraBehind).toEqual(SCENERY_LAYERS.map(() => true));
  await page.mouse.wheel(0, 300);
  await settle(page);
  const after = await positions();
  expect(after?.key).toBe(before!.key);
  const cardMove = after!.card - before!.card;
  expect(cardMove).toBeLessThan(-50);
  const stripMoves = after!.strips.map((left, index) => left - before!.strips[index]!);
  for (const move of stripMoves) {
    expect(move).toBeLessThan(0);
    expect(move).toBeGreaterThan(cardMove);
  }
  // Far layers lag most: they move least.
  expect(Math.abs(stripMoves[0]!)).toBeLessThan(Math.abs(stripMoves[1]!));
  expect(Math.abs(stripMoves[1]!)).toBeLessThan(Math.abs(stripMoves[2]!));
  await journey.close();
});

test('a drifting picture always covers its frame: no edge of it shows while travelling', async ({ browser }) => {
  const journey = await openJourney(browser, 'pinned');
  const { page } = journey;
  for (const fraction of [0.2, 0.5, 0.8]) {
    await scrollToFraction(page, fraction);
    const frames = await page.$$eval('.milestone__art', (all) =>
      all
        .map((frame) => {
          const image = frame.querySelector('img');
          const box = frame.getBoundingClientRect();
          if (!image || box.width === 0 || box.right < 0 || box.left > innerWidth) return null;
          const picture = image.getBoundingClientRect();
          return {
            fit: getComputedStyle(image).objectFit,
            covers: picture.left <= box.left + 0.5 && picture.right >= box.right - 0.5 && picture.top <= box.top + 0.5 && picture.bottom >= box.bottom - 0.5,
          };
        })
        .filter((frame) => frame !== null),
    );
    expect(frames.length).toBeGreaterThan(0);
    // The picture is drawn over its whole box (never letterboxed inside it), and the box over the whole frame.
    expect(frames.filter((frame) => frame.fit !== 'cover' || !frame.covers)).toEqual([]);
  }
  await journey.close();
});
