import { describe, expect, it } from 'vitest';
import { inReadingOrder, loadJourneyYears } from '../support/content.ts';
import { builtPage, resolveIn, siteAddress } from './built.ts';

/** The whole story in words (/read/): every milestone's words in reading order, for printing and finding. */

const years = loadJourneyYears();
const text = (element: Element) => element.textContent?.trim() ?? '';

describe('the whole story in words', () => {
  const page = builtPage('read/');

  it('holds every milestone, year by year and lane by lane, each leading to its place on the journey', () => {
    const milestones = inReadingOrder(years);
    expect([...page.querySelectorAll('article h3')].map(text)).toEqual(milestones.map((milestone) => milestone.title));
    expect([...page.querySelectorAll('article h3 a')].map((link) => resolveIn('read/', link.getAttribute('href')!))).toEqual(
      milestones.map((milestone) => siteAddress(`#${milestone.anchor}`)),
    );
    expect([...page.querySelectorAll('h2')].map(text).slice(0, years.length)).toEqual(years.map((year) => year.label));
  });

  it('is words alone: no picture, no script', () => {
    expect(page.querySelectorAll('img, picture, svg')).toHaveLength(0);
    expect(page.querySelectorAll('script:not([type="application/ld+json"])')).toHaveLength(0);
  });

  it('is where the journey points a reader without a script, and a printed page', () => {
    const journey = builtPage('');
    const links = [...journey.querySelectorAll('.journey-words a')].map((link) => resolveIn('', link.getAttribute('href')!));
    expect(links).toEqual([siteAddress('read/')]);
  });
});
