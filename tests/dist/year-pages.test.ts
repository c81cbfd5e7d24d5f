import { describe, expect, it } from 'vitest';
import { loadJourneyYears } from '../support/content.ts';
import { builtPage, resolveIn, siteAddress } from './built.ts';

/** Every year's own page (/years/<year>/): the year whole, readable without a script, and the way to the others. */

const years = loadJourneyYears();
const text = (element: Element) => element.textContent?.trim() ?? '';

describe('a year’s own page', () => {
  years.forEach((year, index) => {
    const path = `years/${year.key}/`;

    it(`/years/${year.key}/ holds ${year.label}, every milestone of every track, under one h1`, () => {
      const page = builtPage(path);
      expect([...page.querySelectorAll('h1')].map(text)).toEqual([year.label]);
      const anchors = [...page.querySelectorAll('article.milestone')].map((card) => card.id).sort();
      expect(anchors).toEqual(year.milestones.map((milestone) => milestone.anchor).sort());
    });

    it(`/years/${year.key}/ leads to every year’s page, the years around it and its place on the journey`, () => {
      const page = builtPage(path);
      const yearLinks = [...page.querySelectorAll('.year-nav a')];
      expect(yearLinks.map((link) => resolveIn(path, link.getAttribute('href')!))).toEqual(years.map((each) => siteAddress(`years/${each.key}/`)));
      expect(yearLinks.filter((link) => link.getAttribute('aria-current') === 'page').map(text)).toHaveLength(1);
      expect(page.querySelector('.year-nav a[aria-current="page"]')?.getAttribute('href')).toContain(`/years/${year.key}/`);
      const around = (rel: string) => page.querySelector(`a[rel="${rel}"]`)?.getAttribute('href');
      const [earlier, later] = [years[index - 1], years[index + 1]];
      expect(around('prev') && resolveIn(path, around('prev')!)).toBe(earlier && siteAddress(`years/${earlier.key}/`));
      expect(around('next') && resolveIn(path, around('next')!)).toBe(later && siteAddress(`years/${later.key}/`));
      const onJourney = [...page.querySelectorAll('a')].map((link) => resolveIn(path, link.getAttribute('href')!));
      expect(onJourney).toContain(siteAddress(`#${year.key}`));
    });
  });
});
