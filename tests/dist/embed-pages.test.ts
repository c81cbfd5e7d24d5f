import { describe, expect, it } from 'vitest';
import { inTrack } from '../../src/model/milestone.ts';
import { loadJourneyYears, TRACKS } from '../support/content.ts';
import { builtPage, resolveIn, siteAddress, sitePathOf } from './built.ts';

/** The built embed pages (/embed/<year>/) and the journey's oEmbed discovery, as delivered. */

const years = loadJourneyYears();

/** The oEmbed discovery links of a page's head: where each leads (its path inside the site: it must be under the base path) and its title. */
function oembedLinks(document: Document): Array<{ path: string; title: string | null }> {
  return [...document.head.querySelectorAll('link[rel="alternate"][type="application/json+oembed"]')].map((link) => ({
    path: sitePathOf(link.getAttribute('href')!),
    title: link.getAttribute('title'),
  }));
}

const text = (element: Element) => element.textContent?.trim() ?? '';

describe('the embed pages', () => {
  for (const year of years) {
    const path = `embed/${year.key}/`;

    it(`/embed/${year.key}/ shows ${year.label}, lane by lane, every link opening the journey`, () => {
      const page = builtPage(path);
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
        const hrefs = [...lane.querySelectorAll('article.milestone h3 a')].map((link) => resolveIn(path, link.getAttribute('href')!));
        expect(hrefs).toEqual(milestones.map((milestone) => siteAddress(`#${milestone.anchor}`)));
      }

      const whole = [...page.querySelectorAll('a[href]')].filter((link) => text(link) === 'See the whole journey');
      expect(whole).toHaveLength(1);
      expect(resolveIn(path, whole[0]!.getAttribute('href')!)).toBe(siteAddress(`#${year.key}`));
      expect(whole[0]!.getAttribute('target')).toBe('_top');
      // Every link, the milestones' own included, leaves the frame for the top window.
      const baseTarget = page.querySelector('base')?.getAttribute('target');
      const targets = [...page.querySelectorAll('a[href]')].map((link) => link.getAttribute('target') || baseTarget || '_self');
      expect(new Set(targets)).toEqual(new Set(['_top']));

      const discovery = oembedLinks(page);
      expect(discovery.map((link) => link.path)).toEqual([`oembed/${year.key}.json`]);
      expect(discovery[0]!.title).toMatch(new RegExp(`${year.label}$`));
    });
  }
});

describe('the journey page', () => {
  it('names every year’s oEmbed response in its head', () => {
    const links = oembedLinks(builtPage(''));
    expect(links.map((link) => link.path)).toEqual(years.map((year) => `oembed/${year.key}.json`));
    expect(links.map((link) => link.title)).toEqual(years.map((year) => expect.stringMatching(new RegExp(`: ${year.label}$`))));
  });
});
