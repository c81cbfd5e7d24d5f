import { expect, test, type Page } from '@playwright/test';
import { loadJourneyYears, pagesOfEachKind } from '../support/content.ts';
import { previewSite } from './fixtures/embed-support.ts';

/**
 * The site wherever it is deployed: at a domain root or under a base path (`BASE=/journey/`, the
 * last steps of `npm test`). Every request a page makes stays under the base and succeeds. What a
 * page tells crawlers and link previews (canonical address, share card, JSON-LD, feed, manifest,
 * icons, sitemap, robots.txt) is checked from dist/, under both bases, in tests/dist/link-previews.test.ts.
 */

const PAGES = pagesOfEachKind(loadJourneyYears());

/** Every request the page and its frames make to the site, with its status, until the page has settled. */
function recordRequests(page: Page, origin: string): Array<{ url: string; status: number }> {
  const requests: Array<{ url: string; status: number }> = [];
  page.on('requestfinished', async (request) => {
    if (new URL(request.url()).origin !== origin) return;
    const response = await request.response();
    requests.push({ url: request.url(), status: response?.status() ?? 0 });
  });
  page.on('requestfailed', (request) => requests.push({ url: request.url(), status: 0 }));
  return requests;
}

for (const { name, path } of PAGES) {
  test(`${name} loads everything from under the base path`, async ({ page, baseURL }) => {
    // Scrolls the whole page and waits for every picture: slow on the journey.
    test.slow();
    const site = previewSite(baseURL);
    const requests = recordRequests(page, site.origin);
    await page.goto(`./${path}`);
    await page.waitForLoadState('networkidle');
    // Scroll through, so lazy pictures and frames load too.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForLoadState('networkidle');

    expect(requests.length).toBeGreaterThan(3);
    const outside = requests.filter((request) => !new URL(request.url).pathname.startsWith(site.base));
    expect(outside, `requests outside ${site.base}`).toEqual([]);
    const failed = requests.filter((request) => request.status === 0 || request.status >= 400);
    expect(failed, 'requests that failed').toEqual([]);
  });
}
