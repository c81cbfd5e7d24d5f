import { expect, test, type Page, type Request } from '@playwright/test';
import { loadJourneyYears, pagesOfEachKind } from '../support/content.ts';
import { previewSite } from './fixtures/embed-support.ts';
import { stillForFrames } from './journey-support.ts';
import { BASE_PATH, DEPENDS_ON_BASE } from '../support/preview.ts';

/**
 * The site under a base path (`BASE=/journey/`, the last steps of `npm test`): every request a page
 * makes stays under the base and succeeds. At the domain root, where every path is under "/", these
 * tests are skipped; a request that fails there shows as a console error, which the browser tests
 * of each page fail on, and the link check finds every address in the built files that leads
 * nowhere. What a page tells crawlers and link previews (canonical address, share card, JSON-LD,
 * feed, manifest, icons, sitemap, robots.txt) is checked from dist/, under both bases, in
 * tests/dist/link-previews.test.ts.
 */

const PAGES = pagesOfEachKind(loadJourneyYears());

/**
 * Every request the page and its frames make to the site, with its status; and the requests still
 * under way, so a test can wait until none is, instead of for a quiet network.
 */
function recordRequests(page: Page, origin: string) {
  const finished: Array<{ url: string; status: number }> = [];
  const pending = new Set<Request>();
  page.on('request', (request) => {
    if (new URL(request.url()).origin === origin) pending.add(request);
  });
  page.on('requestfinished', async (request) => {
    if (new URL(request.url()).origin !== origin) return;
    const response = await request.response();
    finished.push({ url: request.url(), status: response?.status() ?? 0 });
    pending.delete(request);
  });
  page.on('requestfailed', (request) => {
    if (new URL(request.url()).origin !== origin) return;
    finished.push({ url: request.url(), status: 0 });
    pending.delete(request);
  });
  return { finished, pending: () => [...pending].map((request) => request.url()) };
}

/** In the page: whether every picture in view has loaded (lazy ones out of view are not asked for). */
function picturesInViewLoaded(): boolean {
  return [...document.images].every((image) => {
    const box = image.getBoundingClientRect();
    const inView = box.width > 0 && box.height > 0 && box.right > 0 && box.bottom > 0 && box.left < innerWidth && box.top < innerHeight;
    return image.complete || !inView;
  });
}

// At the domain root every path starts with the base "/": only a build under a sub-path can show a request outside it.
test.skip(BASE_PATH === '/', 'the site is built at the domain root (BASE unset): every request is under "/"');

for (const { name, path } of PAGES) {
  test(`${name} loads everything from under the base path`, DEPENDS_ON_BASE, async ({ page, baseURL }) => {
    // Scrolls the whole page and waits for every picture and frame: slow on the journey.
    test.slow();
    const site = previewSite(baseURL);
    const requests = recordRequests(page, site.origin);
    await page.goto(`./${path}`);
    // Scroll through, so lazy pictures and frames load too, and wait for the scroll to come to rest.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.evaluate(stillForFrames, 8);
    // Every embedded year's frame has its year and has loaded; every picture in view has loaded.
    for (const iframe of await page.locator('iframe').all()) {
      await iframe.scrollIntoViewIfNeeded();
      const frame = await (await iframe.elementHandle())!.contentFrame();
      await frame!.waitForSelector('[data-embed]', { state: 'attached' });
      await frame!.waitForLoadState('load');
    }
    await page.waitForFunction(picturesInViewLoaded);
    await expect.poll(requests.pending, { message: 'requests still under way' }).toEqual([]);

    expect(requests.finished.length).toBeGreaterThan(3);
    const outside = requests.finished.filter((request) => !new URL(request.url).pathname.startsWith(site.base));
    expect(outside, `requests outside ${site.base}`).toEqual([]);
    const failed = requests.finished.filter((request) => request.status === 0 || request.status >= 400);
    expect(failed, 'requests that failed').toEqual([]);
  });
}
