import { describe, expect, it } from 'vitest';
import { journeyYearsData, milestoneAboutData, serializeJsonLd, webPageData, yearMilestonesData } from '../../src/build-time/publish/structured-data.ts';
import { EN } from '../support/words.ts';

describe('structured data', () => {
  it('describes a page as part of the journey’s site, with its share picture', () => {
    const data = webPageData({
      url: 'https://example.org/journey/embed/2022/',
      name: 'Journey: 2022',
      description: 'A year.',
      image: 'https://example.org/journey/og/2022.png',
      siteName: 'Journey',
      siteUrl: 'https://example.org/journey/',
      lang: 'pt-BR',
    });
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'WebPage',
      url: 'https://example.org/journey/embed/2022/',
      inLanguage: 'pt-BR',
      primaryImageOfPage: { url: 'https://example.org/journey/og/2022.png', width: 1200, height: 630 },
      isPartOf: { '@type': 'WebSite', url: 'https://example.org/journey/' },
    });
  });

  it('gives a page served at any address (404) no address of its own', () => {
    const data = webPageData({ name: 'Not found', description: 'x', siteName: 'J', siteUrl: 'https://example.org/', lang: 'en' });
    expect(data).not.toHaveProperty('url');
    expect(data).not.toHaveProperty('@id');
  });

  it('lists the years in order, each at its anchor under the base and with its own page, naming no milestone', () => {
    const list = journeyYearsData(
      'The years',
      [
        { label: '66,000,000 BC', key: '66000000-bc', milestones: [{ anchor: '66000000-bc-spreadsheets' }] },
        { label: '2022', key: '2022', milestones: [{ anchor: '2022-a' }, { anchor: '2022-b' }, { anchor: '2022-c' }] },
      ],
      'https://example.org/journey/',
      EN,
      (key) => `https://example.org/journey/years/${key}/`,
    );
    expect(list).toMatchObject({ '@type': 'ItemList', numberOfItems: 2 });
    expect(list.itemListElement).toEqual([
      {
        '@type': 'ListItem',
        position: 1,
        name: '66,000,000 BC: 1 milestone',
        url: 'https://example.org/journey/#66000000-bc',
        item: { '@type': 'WebPage', url: 'https://example.org/journey/years/66000000-bc/', name: '66,000,000 BC' },
      },
      {
        '@type': 'ListItem',
        position: 2,
        name: '2022: 3 milestones',
        url: 'https://example.org/journey/#2022',
        item: { '@type': 'WebPage', url: 'https://example.org/journey/years/2022/', name: '2022' },
      },
    ]);
    expect(JSON.stringify(list)).not.toContain('milestones/');
  });

  it('lists a year’s milestones’ own pages in order, for the year’s page', () => {
    const year = { label: '2022', key: '2022', milestones: [{ anchor: '2022-a' }, { anchor: '2022-b' }, { anchor: '2022-c' }] };
    expect(yearMilestonesData(year, 'https://example.org/journey/')).toEqual({
      '@type': 'ItemList',
      name: '2022',
      itemListOrder: 'https://schema.org/ItemListOrderAscending',
      numberOfItems: 3,
      itemListElement: ['a', 'b', 'c'].map((slug, index) => ({
        '@type': 'ListItem',
        position: index + 1,
        url: `https://example.org/journey/milestones/2022-${slug}/`,
      })),
    });
  });

  it('makes a milestone’s page about the milestone, at its place on the journey', () => {
    const facts = { anchor: '2022-03-17-x', title: 'X <b>&', description: 'March 17, 2022 · Open.' };
    expect(milestoneAboutData({ ...facts, datetime: '2022-03-17' }, 'https://example.org/journey/')).toEqual({
      about: { '@type': 'Event', name: 'X <b>&', description: 'March 17, 2022 · Open.', startDate: '2022-03-17', url: 'https://example.org/journey/#2022-03-17-x' },
    });
    expect(milestoneAboutData({ ...facts, datetime: null }, 'https://example.org/journey/').about).not.toHaveProperty('startDate');
  });

  it('serialises so no text can close the script element', () => {
    const json = serializeJsonLd({ name: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});
