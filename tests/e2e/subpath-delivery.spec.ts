import { expect, test, type Page } from '@playwright/test';
import { loadJourneyYears } from '../support/content.ts';
import { previewSite } from './fixtures/embed-support.ts';
import { milestonePath } from '../../src/build-time/publish/milestone-page.ts';

/**
 * The site wherever it is deployed: at a domain root or under a base path (`BASE=/journey/`, run by
 * `npm run test:e2e:subpath`). Every request a page makes stays under the base and succeeds, and
 * what a page tells crawlers and link previews (canonical address, share card, JSON-LD, feed,
 * manifest, icons, sitemap, robots.txt) points at the right addresses.
 */

const years = loadJourneyYears();
const YEAR = years.find((year) => year.key === '2022') ?? years.at(-1)!;
const PAGES = [
  { name: 'the journey', path: '', card: 'journey' },
  { name: `the embed page of ${YEAR.label}`, path: `embed/${YEAR.key}/`, card: YEAR.key },
  { name: 'the example post', path: 'blog/embedding-a-year/', card: 'journey' },
];

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

for (const { name, path, card } of PAGES) {
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

  test(`${name} tells crawlers and link previews its address, card and site`, async ({ page, baseURL, request }) => {
    const site = previewSite(baseURL);
    await page.goto(`./${path}`, { waitUntil: 'domcontentloaded' });
    const pageAddress = new URL(path, site.url).pathname;
    const head = page.locator('head');

    const canonical = await head.locator('link[rel="canonical"]').getAttribute('href');
    expect(new URL(canonical!).pathname).toBe(pageAddress);
    expect(await head.locator('meta[property="og:url"]').getAttribute('content')).toBe(canonical);

    // The share card: an absolute address of a 1200×630 PNG under the base.
    const image = (await head.locator('meta[property="og:image"]').getAttribute('content'))!;
    expect(image).toMatch(/^https?:\/\//);
    expect(new URL(image).pathname).toBe(`${site.base}og/${card}.png`);
    await expect(head.locator('meta[property="og:image:width"]')).toHaveAttribute('content', '1200');
    await expect(head.locator('meta[property="og:image:height"]')).toHaveAttribute('content', '630');
    await expect(head.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
    expect(await head.locator('meta[name="twitter:image"]').getAttribute('content')).toBe(image);
    const png = await request.get(new URL(new URL(image).pathname, site.origin).href);
    expect(png.headers()['content-type']).toBe('image/png');
    const bytes = await png.body();
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], 'the PNG’s width and height').toEqual([1200, 630]);

    // JSON-LD: a WebPage of the journey's WebSite, at this page's address.
    const jsonLd = JSON.parse((await head.locator('script[type="application/ld+json"]').textContent())!);
    expect(jsonLd).toMatchObject({ '@context': 'https://schema.org', '@type': 'WebPage', url: canonical });
    expect(new URL(jsonLd.isPartOf.url).pathname).toBe(site.base);

    // The feed, the manifest and the icons resolve under the base.
    for (const selector of ['link[rel="alternate"][type="application/rss+xml"]', 'link[rel="manifest"]', 'link[rel="icon"]', 'link[rel="apple-touch-icon"]']) {
      const href = await head.locator(selector).getAttribute('href');
      const response = await request.get(new URL(href!, page.url()).href);
      expect(response.status(), selector).toBe(200);
      expect(new URL(response.url()).pathname.startsWith(site.base), selector).toBe(true);
    }
  });
}

test('the journey’s JSON-LD lists every year, in order, at its anchor', async ({ page, baseURL }) => {
  const site = previewSite(baseURL);
  await page.goto('./', { waitUntil: 'domcontentloaded' });
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  const items = jsonLd.mainEntity.itemListElement as Array<{ position: number; url: string }>;
  expect(items.map((item) => item.position)).toEqual(years.map((_, index) => index + 1));
  expect(items.map((item) => new URL(item.url).pathname + new URL(item.url).hash)).toEqual(years.map((year) => `${site.base}#${year.key}`));
  for (const year of years) await expect(page.locator(`[id="${year.key}"]`)).toHaveCount(1);
});

test('the feed, sitemap and robots.txt give addresses under the base, newest milestone first', async ({ request, baseURL }) => {
  const site = previewSite(baseURL);
  const feed = await (await request.get(new URL('feed.xml', site.url).href)).text();
  const links = [...feed.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map(([, link]) => new URL(link!));
  const newest = years.at(-1)!.milestones.at(-1)!;
  // Each item links to its milestone's own page, under the base.
  expect(links[0]?.pathname).toBe(milestonePath(site.base, newest.anchor));
  expect(links.every((link) => link.pathname.startsWith(`${site.base}milestones/`))).toBe(true);

  const robots = await (await request.get(new URL('robots.txt', site.url).href)).text();
  const sitemapIndex = new URL(/^Sitemap: (\S+)$/m.exec(robots)![1]!);
  expect(sitemapIndex.pathname).toBe(`${site.base}sitemap-index.xml`);
  const index = await (await request.get(new URL(sitemapIndex.pathname, site.origin).href)).text();
  const sitemap = new URL(/<loc>([^<]+)<\/loc>/.exec(index)![1]!);
  const urls = [...(await (await request.get(new URL(sitemap.pathname, site.origin).href)).text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    ([, loc]) => new URL(loc!).pathname,
  );
  expect(urls).toContain(site.base);
  expect(urls).toContain(`${site.base}blog/embedding-a-year/`);
  // Embed pages are for other sites' frames, not for search results; a milestone's page names the journey as its canonical address.
  expect(urls.some((url) => url.includes('/embed/'))).toBe(false);
  expect(urls).not.toContain(milestonePath(site.base, newest.anchor));
});
