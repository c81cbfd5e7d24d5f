import { describe, expect, it } from 'vitest';
import type { JourneyDate } from '../../src/model/journey-date.ts';
import { loadJourneyYears, loadMilestones, pagesOfEachKind, TRACKS } from '../support/content.ts';
import { BASE, builtFile, builtPage, builtText, hasBuilt, pngSize, resolveIn, sitePathOf } from './built.ts';

/**
 * What the built pages tell crawlers and link previews, wherever the site is deployed (at a domain
 * root or under a base path): canonical address, share card, JSON-LD, feed, manifest, icons,
 * sitemap and robots.txt, each pointing at an address under the base, of a file the build has.
 */

const years = loadJourneyYears();
const milestones = loadMilestones();

/** Every link preview card is a PNG of this size (Open Graph's recommended 1200×630). */
const CARD = { width: 1200, height: 630 };

/** Fails unless the build has the share card at this path inside the site, a PNG of the card's size. */
function expectCard(sitePath: string): void {
  expect(pngSize(builtFile(sitePath)), sitePath).toEqual(CARD);
}

const meta = (page: Document, attribute: 'property' | 'name', key: string) => page.head.querySelector(`meta[${attribute}="${key}"]`)?.getAttribute('content') ?? null;

/**
 * The page's share card as link previews read it: an absolute address (to the published site) of
 * the card at `card` inside the site, declared 1200×630, the same for X as for Open Graph.
 */
function expectSharedCard(page: Document, card: string): void {
  const image = meta(page, 'property', 'og:image')!;
  expect(image).toMatch(/^https?:\/\//);
  expect(sitePathOf(image)).toBe(card);
  expect(meta(page, 'property', 'og:image:width')).toBe(String(CARD.width));
  expect(meta(page, 'property', 'og:image:height')).toBe(String(CARD.height));
  expect(meta(page, 'name', 'twitter:card')).toBe('summary_large_image');
  expect(meta(page, 'name', 'twitter:image')).toBe(image);
  expectCard(card);
}

/** The JSON-LD of a page. */
const jsonLdOf = (page: Document) => JSON.parse(page.querySelector('script[type="application/ld+json"]')!.textContent!);

/** A date as it reads in full in English: "March 17, 2022", "March 2022", "2022", "66,000,000 BC". */
function longDate(date: JourneyDate): string {
  if (date.year < 0) return `${(-date.year).toLocaleString('en-US')} BC`;
  const utc = new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
  const parts: Intl.DateTimeFormatOptions =
    date.precision === 'day' ? { month: 'long', day: 'numeric', year: 'numeric' } : date.precision === 'month' ? { month: 'long', year: 'numeric' } : { year: 'numeric' };
  return utc.toLocaleDateString('en-US', { ...parts, timeZone: 'UTC' });
}

describe('link preview cards', () => {
  it('each year and the whole journey have a 1200×630 PNG link preview card', () => {
    for (const key of ['journey', ...years.map((year) => year.key)]) expectCard(`og/${key}.png`);
  });
});

describe('a milestone’s page', () => {
  it('carries its own link preview, and is canonical at its place on the journey', () => {
    expect(milestones.length).toBeGreaterThan(100);
    for (const milestone of milestones) {
      const path = `milestones/${milestone.anchor}/`;
      const page = builtPage(path);
      const what = `${BASE}${path}`;

      // The page's title is the milestone's (cut where a search result would cut it); a preview shows it whole.
      const title = page.querySelector('title')!.textContent!;
      expect(milestone.title.startsWith(title.replace(/…$/, '').split(' – ')[0]!), `${what}: title "${title}"`).toBe(true);
      expect(meta(page, 'property', 'og:title'), what).toBe(milestone.title);
      expect(meta(page, 'name', 'twitter:title'), what).toBe(milestone.title);
      const description = meta(page, 'property', 'og:description');
      expect(description, what).toContain(longDate(milestone.date));
      expect(description, what).toContain(TRACKS.find((track) => track.id === milestone.track)!.name);
      if (milestone.subtitle) expect(description, what).toContain(milestone.subtitle);
      expect(meta(page, 'name', 'description'), what).toBe(description);
      expect(sitePathOf(meta(page, 'property', 'og:url')!), what).toBe(path);

      const canonical = new URL(page.querySelector('link[rel="canonical"]')!.getAttribute('href')!);
      expect(sitePathOf(canonical.href) + canonical.hash, what).toBe(`#${milestone.anchor}`);

      // Its share card: absolute, declared 1200×630, and the PNG built there is 1200×630.
      expectSharedCard(page, `og/milestones/${milestone.anchor}.png`);

      // The milestone itself is in the page for crawlers, and JSON-LD says what the page is about.
      expect([...page.querySelectorAll('h1')].map((h1) => h1.textContent?.trim()), what).toEqual([milestone.title]);
      expect(jsonLdOf(page), what).toMatchObject({ '@type': 'WebPage', about: { '@type': 'Event', name: milestone.title } });
    }
  });
});

describe('the site’s pages', () => {
  for (const { name, path, card } of pagesOfEachKind(years)) {
    it(`${name} tells crawlers and link previews its address, card and site`, () => {
      const page = builtPage(path);
      const canonical = page.head.querySelector('link[rel="canonical"]')!.getAttribute('href')!;
      expect(canonical).toMatch(/^https?:\/\//);
      expect(sitePathOf(canonical)).toBe(path);
      expect(meta(page, 'property', 'og:url')).toBe(canonical);

      expectSharedCard(page, `og/${card}.png`);

      // JSON-LD: a WebPage of the journey's WebSite, at this page's address.
      const jsonLd = jsonLdOf(page);
      expect(jsonLd).toMatchObject({ '@context': 'https://schema.org', '@type': 'WebPage', url: canonical });
      expect(sitePathOf(jsonLd.isPartOf.url)).toBe('');

      // The feed, the manifest and the icons resolve under the base, to files of the build.
      for (const selector of ['link[rel="alternate"][type="application/rss+xml"]', 'link[rel="manifest"]', 'link[rel="icon"]', 'link[rel="apple-touch-icon"]']) {
        const href = page.head.querySelector(selector)?.getAttribute('href');
        expect(href, selector).toBeTruthy();
        expect(hasBuilt(sitePathOf(resolveIn(path, href!))), `${selector}: ${href}`).toBe(true);
      }
    });
  }

  it('the journey’s JSON-LD lists every year, in order, at its anchor', () => {
    const page = builtPage('');
    const items = jsonLdOf(page).mainEntity.itemListElement as Array<{ position: number; url: string }>;
    expect(items.map((item) => item.position)).toEqual(years.map((_, index) => index + 1));
    expect(items.map((item) => sitePathOf(item.url) + new URL(item.url).hash)).toEqual(years.map((year) => `#${year.key}`));
    for (const year of years) expect(page.querySelectorAll(`[id="${year.key}"]`), year.key).toHaveLength(1);
    expect(items.map((item) => sitePathOf((item as unknown as { item: { url: string } }).item.url))).toEqual(years.map((year) => `years/${year.key}/`));
  });

  it('each year’s page’s JSON-LD lists its milestones’ own pages, in order', () => {
    for (const year of years) {
      const list = jsonLdOf(builtPage(`years/${year.key}/`)).mainEntity;
      expect(list.numberOfItems, year.key).toBe(year.milestones.length);
      expect(list.itemListElement.map((item: { url: string }) => sitePathOf(item.url)), year.key).toEqual(year.milestones.map((milestone) => `milestones/${milestone.anchor}/`));
    }
  });

  it('the feed, sitemap and robots.txt give addresses under the base, newest milestone first', () => {
    const feed = builtText('feed.xml');
    const links = [...feed.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map(([, link]) => link!);
    const newest = years.at(-1)!.milestones.at(-1)!;
    // Each item links to its milestone's own page, under the base.
    expect(links.length).toBe(milestones.length);
    expect(sitePathOf(links[0]!)).toBe(`milestones/${newest.anchor}/`);
    expect(links.filter((link) => !sitePathOf(link).startsWith('milestones/'))).toEqual([]);

    const robots = builtText('robots.txt');
    const sitemapIndex = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
    expect(sitemapIndex, 'robots.txt names the sitemap').toBeTruthy();
    expect(sitePathOf(sitemapIndex!)).toBe('sitemap-index.xml');
    const sitemaps = [...builtText('sitemap-index.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => sitePathOf(loc!));
    expect(sitemaps.length).toBeGreaterThan(0);
    const urls = sitemaps.flatMap((sitemap) => [...builtText(sitemap).matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => sitePathOf(loc!)));
    expect(urls).toContain('');
    expect(urls).toContain('blog/embedding-a-year/');
    // Embed pages are for other sites' frames, not for search results; a milestone's page names the journey as its canonical address.
    expect(urls.filter((url) => url.startsWith('embed/'))).toEqual([]);
    expect(urls.filter((url) => url.startsWith('milestones/'))).toEqual([]);
  });
});
