import { describe, expect, it } from 'vitest';
import { inTrack, type JourneyYear } from '../../src/model/milestone.ts';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { loadJourneyYears, TRACKS } from '../support/content.ts';
import { builtPage, builtText, resolveIn, siteAddress, sitePathOf } from './built.ts';

/** The built embed pages (/embed/<year>/, its strip; /embed/<year>/list/), their oEmbed responses and the journey's oEmbed discovery, as delivered. */

const years = loadJourneyYears();

/** The oEmbed discovery links of a page's head: where each leads (its path inside the site: it must be under the base path) and its title. */
function oembedLinks(document: Document): Array<{ path: string; title: string | null }> {
  return [...document.head.querySelectorAll('link[rel="alternate"][type="application/json+oembed"]')].map((link) => ({
    path: sitePathOf(link.getAttribute('href')!),
    title: link.getAttribute('title'),
  }));
}

const text = (element: Element) => element.textContent?.trim() ?? '';

/** Every link of a page leaves the frame for the top window; "See the whole journey" leads to the year on the journey. */
function expectLinksLeaveTheFrame(page: Document, path: string, year: JourneyYear): void {
  const whole = [...page.querySelectorAll('a[href]')].filter((link) => text(link) === 'See the whole journey');
  expect(whole).toHaveLength(1);
  expect(resolveIn(path, whole[0]!.getAttribute('href')!)).toBe(siteAddress(`#${year.key}`));
  expect(whole[0]!.getAttribute('target')).toBe('_top');
  const baseTarget = page.querySelector('base')?.getAttribute('target');
  const targets = [...page.querySelectorAll('a[href]')].map((link) => link.getAttribute('target') || baseTarget || '_self');
  expect(new Set(targets)).toEqual(new Set(['_top']));
  const discovery = oembedLinks(page);
  expect(discovery.map((link) => link.path)).toEqual([`oembed/${year.key}.json`]);
  expect(discovery[0]!.title).toMatch(new RegExp(`${year.label}$`));
}

describe('the embed pages', () => {
  /** Brief cards over the whole journey, and all cards. */
  const brief = { cards: 0, of: 0 };

  for (const year of years) {
    const path = `embed/${year.key}/`;

    it(`/embed/${year.key}/ shows ${year.label} as one row in date order, each card marked by its track, every link opening the journey`, () => {
      const page = builtPage(path);
      expect([...page.querySelectorAll('h2')].map(text)).toEqual([year.label]);
      const rows = page.querySelectorAll('ol[data-journey-strip]');
      expect(rows, 'one row of cards').toHaveLength(1);
      const items = [...rows[0]!.children];
      expect(items.map((item) => text(item.querySelector('h3')!))).toEqual(year.milestones.map((milestone) => milestone.title));
      // Date order across the tracks, as the cards' own dates say.
      const dates = items.map((item) => item.querySelector('time')?.getAttribute('datetime') ?? '');
      expect(dates.filter(Boolean)).toEqual(dates.filter(Boolean).toSorted());
      for (const [index, item] of items.entries()) {
        const milestone = year.milestones[index]!;
        const track = TRACKS.find((candidate) => candidate.id === milestone.track)!;
        // Marked by its track, in words and for the track filter (`?track=`).
        expect(item.getAttribute('data-tracks')).toBe(track.id);
        expect(text(item.querySelector('p')!)).toBe(track.short);
        expect(resolveIn(path, item.querySelector('h3 a')!.getAttribute('href')!)).toBe(siteAddress(`#${milestone.anchor}`));
        const more = [...item.querySelectorAll('a[href]')].filter((link) => text(link).startsWith('Read it on the journey'));
        brief.of += 1;
        if (more.length > 0) {
          // Brief: date, title and picture, and the way to its whole text on the journey.
          brief.cards += 1;
          expect(resolveIn(path, more[0]!.getAttribute('href')!)).toBe(siteAddress(`#${milestone.anchor}`));
          expect(item.querySelector('.milestone__body, .milestone__subtitle, .milestone__stats')).toBeNull();
        } else if (milestone.subtitle) {
          expect(text(item.querySelector('.milestone__subtitle')!)).toBe(milestone.subtitle);
        }
      }
      // Without a script the buttons stay hidden: the row scrolls by itself.
      const steps = [...page.querySelectorAll('button[data-journey-strip-step]')];
      expect(steps.map((button) => button.getAttribute('aria-label'))).toEqual(['Earlier milestones', 'Later milestones']);
      expect(steps.every((button) => button.hasAttribute('hidden'))).toBe(true);
      expectLinksLeaveTheFrame(page, path, year);
    });

    it(`/embed/${year.key}/list/ shows ${year.label} lane by lane, every link opening the journey`, () => {
      const listPath = `${path}list/`;
      const page = builtPage(listPath);
      expect([...page.querySelectorAll('h2, [role="heading"][aria-level="2"]')].map(text)).toEqual([year.label]);
      for (const track of TRACKS) {
        const milestones = inTrack(year, track.id);
        const lanes = page.querySelectorAll(`.lane[data-tracks="${track.id}"]`);
        if (milestones.length === 0) {
          expect(lanes, `${year.label} has no ${track.name} lane`).toHaveLength(0);
          continue;
        }
        expect(lanes, `${year.label} has one ${track.name} lane`).toHaveLength(1);
        const lane = lanes[0]!;
        expect([...lane.querySelectorAll('.lane__label')].map(text)).toEqual([track.short]);
        expect([...lane.querySelectorAll('article.milestone h3')].map(text)).toEqual(milestones.map((milestone) => milestone.title));
        const hrefs = [...lane.querySelectorAll('article.milestone h3 a')].map((link) => resolveIn(listPath, link.getAttribute('href')!));
        expect(hrefs).toEqual(milestones.map((milestone) => siteAddress(`#${milestone.anchor}`)));
      }
      expectLinksLeaveTheFrame(page, listPath, year);
    });
  }

  it('shows most cards whole in the strip: at most one in eight is brief', () => {
    expect(brief.of).toBe(years.reduce((sum, year) => sum + year.milestones.length, 0));
    expect(brief.cards / brief.of).toBeLessThanOrEqual(1 / 8);
  });

  it('publishes each year’s oEmbed height for its strip: at most 720 px, whatever the year holds', () => {
    for (const year of years) {
      const oembed = JSON.parse(builtText(`oembed/${year.key}.json`)) as { height: number; html: string };
      expect(oembed.height, year.label).toBeLessThanOrEqual(720);
      expect(oembed.html).toContain(`height="${oembed.height}"`);
      expect(oembed.html).toContain(`/embed/${year.key}/"`);
    }
  });
});

describe('the journey’s own embed', () => {
  /** The journey's name, as its editors wrote it in content/journey.yaml. */
  const { siteName } = parse(readFileSync('content/journey.yaml', 'utf8')) as { siteName: string };

  it('is what the journey page names for oEmbed, alone: platforms take the first link they find', () => {
    expect(oembedLinks(builtPage(''))).toEqual([{ path: 'oembed/journey.json', title: siteName }]);
  });

  it('/embed/journey/ shows the opening and every year, in order, each a link to its place on the journey', () => {
    const path = 'embed/journey/';
    const page = builtPage(path);
    const index = page.querySelector('nav ol')!;
    expect([...index.querySelectorAll('a')].map((link) => resolveIn(path, link.getAttribute('href')!))).toEqual(years.map((year) => siteAddress(`#${year.key}`)));
    expect([...index.querySelectorAll('li')].map((item) => text(item))).toEqual(
      years.map((year) => expect.stringContaining(year.label)),
    );
    expect(page.querySelectorAll('h2')).toHaveLength(1);
    const baseTarget = page.querySelector('base')?.getAttribute('target');
    expect(new Set([...page.querySelectorAll('a[href]')].map((link) => link.getAttribute('target') || baseTarget))).toEqual(new Set(['_top']));
    expect(oembedLinks(page)).toEqual([{ path: 'oembed/journey.json', title: siteName }]);
  });

  it('has an oEmbed response that frames it, at most 720 px tall', () => {
    const oembed = JSON.parse(builtText('oembed/journey.json')) as { title: string; height: number; html: string };
    expect(oembed.title).toBe(siteName);
    expect(oembed.height).toBeLessThanOrEqual(720);
    expect(oembed.html).toMatch(/^<iframe src="[^"]+\/embed\/journey\/" /);
    expect(oembed.html).toContain(`height="${oembed.height}"`);
  });
});

describe('a milestone embedded alone', () => {
  const milestones = years.flatMap((year) => year.milestones);

  it('is what each milestone’s own address names for oEmbed: its card, its track named, every link opening the journey, at most 480 px tall by its response', () => {
    for (const milestone of milestones) {
      const path = `embed/milestones/${milestone.anchor}/`;
      expect(oembedLinks(builtPage(`milestones/${milestone.anchor}/`)).map((link) => link.path), milestone.anchor).toEqual([`oembed/milestones/${milestone.anchor}.json`]);

      const page = builtPage(path);
      expect(page.querySelectorAll('article')).toHaveLength(1);
      expect([...page.querySelectorAll('h1')].map(text)).toEqual([milestone.title]);
      expect(resolveIn(path, page.querySelector('h1 a')!.getAttribute('href')!)).toBe(siteAddress(`#${milestone.anchor}`));
      const box = page.querySelector(`[data-tracks="${milestone.track}"]`)!;
      expect(text(box.querySelector('p')!)).toContain(TRACKS.find((track) => track.id === milestone.track)!.short);
      const baseTarget = page.querySelector('base')?.getAttribute('target');
      expect(new Set([...page.querySelectorAll('a[href]')].map((link) => link.getAttribute('target') || baseTarget))).toEqual(new Set(['_top']));

      const oembed = JSON.parse(builtText(`oembed/milestones/${milestone.anchor}.json`)) as { title: string; height: number; html: string };
      // Its page's title: the milestone's, shortened where it is long.
      expect(oembed.title.startsWith(milestone.title.slice(0, 20)), oembed.title).toBe(true);
      expect(oembed.height).toBeLessThanOrEqual(480);
      expect(oembed.html).toMatch(new RegExp(`^<iframe src="[^"]+/embed/milestones/${milestone.anchor}/" `));
    }
  });
});
