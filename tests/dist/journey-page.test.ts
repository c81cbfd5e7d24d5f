import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inTrack, type Milestone } from '../../src/model/milestone.ts';
import { hook, HOOKS } from '../../src/layout/contract.ts';
import { loadJourneyYears, loadMilestones, TRACKS } from '../support/content.ts';
import { BASE, builtJourney, builtPage, builtText, hasBuilt, sitePathOf } from './built.ts';
import { FIRST_DOCUMENT_MILESTONES } from '../../src/build-time/journey/first-document.ts';
import { FIRST_DOCUMENT_ELEMENTS } from '../../src/build-time/budgets.ts';

/**
 * The built journey page: its first document as delivered, before any script runs (what crawlers and
 * readers without JavaScript get), and the whole journey once its held years have arrived.
 */

const years = loadJourneyYears();
const milestones = loadMilestones();
const firstDocument = builtPage('');
const page = builtJourney();

/** The milestones by date, as the travel meets them: the first document holds the first of them. */
const byDate = years.flatMap((year) => year.milestones);

describe('the journey page’s first document', () => {
  const held = [...firstDocument.querySelectorAll<HTMLElement>(hook('held'))];

  it('holds the first milestones in date order, and no others', () => {
    expect(byDate.length).toBeGreaterThan(FIRST_DOCUMENT_MILESTONES);
    const cards = [...firstDocument.querySelectorAll(hook('milestone'))].map((card) => card.id);
    expect(cards.sort()).toEqual(byDate.slice(0, FIRST_DOCUMENT_MILESTONES).map((milestone) => milestone.anchor).sort());
  });

  it('keeps every year’s heading, and links each year it holds back to the year’s page, saying how many milestones are still to come', () => {
    for (const year of years) {
      const section = firstDocument.getElementById(year.key);
      expect(section?.querySelector('h2')?.textContent?.replace(/\s+/g, ' ').trim(), year.key).toBe(year.label);
      const later = year.milestones.filter((milestone) => byDate.indexOf(milestone) >= FIRST_DOCUMENT_MILESTONES);
      const link = section!.querySelector('a[href$="/years/' + year.key + '/"]');
      if (later.length === 0) {
        expect(section!.hasAttribute(HOOKS.held), year.key).toBe(false);
        continue;
      }
      expect(held.includes(section!), year.key).toBe(true);
      expect(link?.textContent?.trim(), year.key).toBe(`${later.length} more milestone${later.length === 1 ? '' : 's'} in ${year.label}`);
    }
    expect(held.length).toBeGreaterThan(0);
  });

  it('carries "Embed this year" (every milestone’s snippet) only for the years it holds whole: the others bring theirs as they arrive', () => {
    const panel = (document: Document, year: { key: string }) => document.querySelectorAll(`section.year[id="${year.key}"] details[data-embed-this-year]`).length;
    for (const year of years) {
      expect(panel(firstDocument, year), year.key).toBe(held.some((section) => section.id === year.key) ? 0 : 1);
      expect(panel(page, year), `${year.key}, arrived`).toBe(1);
    }
  });

  it('lets a link to any milestone land in its year without a script', () => {
    for (const milestone of milestones) {
      const target = firstDocument.getElementById(milestone.anchor);
      expect(target?.closest('section.year')?.id, milestone.anchor).toBe(String(milestone.anchor.startsWith('66000000') ? '66000000-bc' : milestone.year));
    }
  });

  it('stays within its budget of elements, and blocks the first paint only on its stylesheets and the pre-paint script', () => {
    expect(firstDocument.querySelectorAll('*').length).toBeLessThanOrEqual(FIRST_DOCUMENT_ELEMENTS);
    const blocking = [...firstDocument.querySelectorAll('script:not([src]):not([type]), script[src]:not([async]):not([defer]):not([type="module"])')];
    expect(blocking.map((script) => script.textContent?.slice(0, 30))).toEqual([expect.stringContaining('prePaint')]);
    expect(firstDocument.querySelectorAll('link[rel="stylesheet"]').length).toBeLessThanOrEqual(4);
  });

  it('names each held year’s fragment under one version, and each fragment is a part of the page that brings no script of its own', () => {
    const addresses = held.map((section) => section.getAttribute(HOOKS.held)!);
    const versions = new Set(addresses.map((address) => address.split('/').at(-3)));
    expect(versions.size).toBe(1);
    const pageScripts = new Set([...firstDocument.querySelectorAll('script[src]')].map((script) => script.getAttribute('src')));
    for (const address of addresses) {
      const text = builtText(sitePathOf(address));
      expect(text.startsWith('<section'), address).toBe(true);
      expect(text).not.toMatch(/<!DOCTYPE|<head|<html/i);
      for (const [, src] of text.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) expect(pageScripts.has(src!), `${address}: ${src}`).toBe(true);
      expect(text.match(/<script/g)?.length ?? 0).toBe([...text.matchAll(/<script[^>]*\bsrc="/g)].length);
    }
  });
});

describe('the built journey page', () => {
  it('has every milestone of the content under its anchor, titled by its title', () => {
    expect(milestones.length).toBeGreaterThan(100);
    const titles = milestones.map((milestone) => page.getElementById(milestone.anchor)?.querySelector('h3')?.textContent?.trim() ?? null);
    expect(titles).toEqual(milestones.map((milestone) => milestone.title));
  });

  it('lists the years and each lane’s milestones in chronological order', () => {
    // Every element with an id, in document order.
    const order = [...page.querySelectorAll('[id]')].map((element) => element.id);
    const yearPositions = years.map((year) => order.indexOf(year.key));
    expect(yearPositions.every((position) => position >= 0), 'every year has its section').toBe(true);
    expect([...yearPositions].sort((a, b) => a - b)).toEqual(yearPositions);
    for (const year of years) {
      const section = page.getElementById(year.key)!;
      for (const track of TRACKS) {
        const lane = inTrack(year, track.id);
        expect(
          lane.filter((milestone) => page.getElementById(milestone.anchor)?.closest('section.year') !== section),
          `${year.label}, ${track.name}: milestones outside the year's section`,
        ).toEqual([]);
        const positions = lane.map((milestone) => order.indexOf(milestone.anchor));
        expect([...positions].sort((a, b) => a - b), `${year.label}, ${track.name}`).toEqual(positions);
      }
    }
  });

  it('spells out the deep-time era beside the modern dates', () => {
    const text = page.body.textContent ?? '';
    expect(text).toContain('66,000,000 BC');
    expect(text).toContain('Spreadsheets are born');
  });
});

/** The committed art manifest: the encoded files of every milestone's picture (`npm run art` writes it; art-manifest.test.ts keeps it up to date). */
const manifest = JSON.parse(readFileSync('art/manifest.json', 'utf8')) as {
  art: Record<string, { images: Array<{ format: string; width: number; file: string }> }>;
};

/**
 * What picture a milestone shows, as docs/editing.md's "Art" says: `art: none` none; `art: { src, alt }`
 * the editor's picture with the editor's alt; `art: decorative` or a motif the generated picture;
 * without `art`, the generated picture, except for statistics and quotes, which are type only.
 * A generated picture is decoration: its alt is empty.
 */
function expectedPicture(milestone: Milestone): { alt: string } | null {
  const { art, kind } = milestone;
  if (art === 'none') return null;
  if (typeof art === 'object' && 'src' in art) return { alt: art.alt };
  if (art === 'decorative' || typeof art === 'object') return { alt: '' };
  return kind === 'statistic' || kind === 'quote' ? null : { alt: '' };
}

/** The `srcset` of a picture's encoded files of one format, as the manifest lists them, under the base path. */
function srcsetOf(milestone: Milestone, format: 'avif' | 'webp'): string {
  const entry = manifest.art[milestone.id];
  if (!entry) throw new Error(`art/manifest.json has no picture for ${milestone.id}: run \`npm run art\``);
  return entry.images
    .filter((image) => image.format === format)
    .map((image) => `${BASE}${image.file} ${image.width}w`)
    .join(', ');
}

describe('the art on the built journey page', () => {
  it('every image has width and height, art comes as AVIF first with a WebP fallback and the right alt', () => {
    const images = [...page.querySelectorAll('img')];
    expect(images.length).toBeGreaterThan(0);
    for (const image of images) {
      const src = image.getAttribute('src');
      expect(Number(image.getAttribute('width')), `width of ${src}`).toBeGreaterThan(0);
      expect(Number(image.getAttribute('height')), `height of ${src}`).toBeGreaterThan(0);
      expect(image.getAttribute('alt'), `alt of ${src}`).not.toBeNull();
    }
    const art = images.filter((image) => image.hasAttribute(HOOKS.picture));
    expect(art.length).toBeGreaterThan(0);
    for (const image of art) {
      const src = image.getAttribute('src')!;
      const sources = image.parentElement?.tagName === 'PICTURE' ? [...image.parentElement.querySelectorAll('source')] : [];
      expect(sources.map((source) => source.getAttribute('type')), src).toEqual(['image/avif', 'image/webp']);
      expect(sources[0]!.getAttribute('srcset'), src).toMatch(/\.avif 320w, .*\.avif 640w$/);
      expect(src).toMatch(/\.webp$/);
      // The fallback and every candidate are files of the build, under the base path.
      const candidates = sources.flatMap((source) => source.getAttribute('srcset')!.split(', ').map((candidate) => candidate.split(' ')[0]!));
      for (const address of [src, ...candidates]) expect(hasBuilt(sitePathOf(address)), address).toBe(true);
    }
  });

  it('every milestone with art shows its AVIF picture, decoration with an empty alt', () => {
    const pictured = milestones.flatMap((milestone) => {
      const picture = expectedPicture(milestone);
      return picture ? [{ milestone, ...picture }] : [];
    });
    expect(pictured.length).toBeGreaterThan(0);
    for (const { milestone, alt } of pictured) {
      const card = page.getElementById(milestone.anchor);
      expect(card, `milestone ${milestone.id} is on the page`).toBeTruthy();
      expect(card!.querySelector('picture source[type="image/avif"]')?.getAttribute('srcset'), `milestone ${milestone.id}'s AVIF source`).toBe(
        srcsetOf(milestone, 'avif'),
      );
      expect(card!.querySelector('picture source[type="image/webp"]')?.getAttribute('srcset'), `milestone ${milestone.id}'s WebP source`).toBe(
        srcsetOf(milestone, 'webp'),
      );
      expect(card!.querySelector(`img${hook('picture')}`)?.getAttribute('alt'), `alt of ${milestone.id}`).toBe(alt);
    }
    // Statistics and quotes without art are type only.
    const withArt = [...page.querySelectorAll('.milestone[id]')].filter((card) => card.querySelector('picture source[type="image/avif"]'));
    expect(withArt.map((card) => card.id).sort()).toEqual(pictured.map(({ milestone }) => milestone.anchor).sort());
  });

  it('the first screen’s art loads at once, the rest lazily', () => {
    const loading = [...page.querySelectorAll(`img${hook('picture')}`)].map((image) => ({
      loading: image.getAttribute('loading'),
      priority: image.getAttribute('fetchpriority'),
    }));
    expect(loading[0]).toEqual({ loading: 'eager', priority: 'high' });
    expect(loading.filter((image) => image.priority === 'high')).toHaveLength(1);
    expect(loading.filter((image) => image.loading === 'lazy').length).toBeGreaterThan(loading.length / 2);
  });
});
