/**
 * schema.org JSON-LD for the pages: every page is a WebPage of the journey's WebSite; the journey
 * page's main entity is the list of its years, in order, each linking to its place on the page and
 * to its own page; a year's page's main entity is the list of its milestones' own pages; a
 * milestone's page is about the milestone.
 */
import type { Words } from '../../model/words.ts';
import { milestoneUrl } from './milestone-page.ts';

export interface PageFacts {
  /** The page's absolute address; none for a page served at any address (the 404 page). */
  url?: string | undefined;
  name: string;
  description: string;
  /** The page's share picture, absolute. */
  image?: string | undefined;
  siteName: string;
  /** The journey's own address (the site's base, absolute). */
  siteUrl: string;
  /** The page's language, a BCP 47 tag: "en", "pt-BR". */
  lang: string;
}

export interface YearFacts {
  /** "2022", "66,000,000 BC". */
  label: string;
  /** The year's anchor on the journey page: "2022", "66000000-bc". */
  key: string;
  milestones: readonly { anchor: string }[];
}

export interface MilestoneFacts {
  anchor: string;
  title: string;
  /** What it is in one line (`milestoneSummary`). */
  description: string;
  /** Its date as a `datetime` ("2022-03-17"); null when there is none (BC years). */
  datetime: string | null;
}

type JsonLd = Record<string, unknown>;

/** A WebPage, part of the journey's WebSite. */
export function webPageData(page: PageFacts): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    ...(page.url ? { '@id': page.url, url: page.url } : {}),
    name: page.name,
    description: page.description,
    inLanguage: page.lang,
    ...(page.image ? { primaryImageOfPage: { '@type': 'ImageObject', url: page.image, width: 1200, height: 630 } } : {}),
    isPartOf: { '@type': 'WebSite', '@id': page.siteUrl, name: page.siteName, url: page.siteUrl },
  };
}

/**
 * The journey's years as an ordered ItemList, for the journey page's `mainEntity`, named in the
 * journey's words: each year at its place on the page, with its own page (`yearPageUrl`), which
 * lists its milestones (`yearMilestonesData`). The journey page names no milestone here, so its
 * first document does not grow with them.
 */
export function journeyYearsData(name: string, years: readonly YearFacts[], journeyUrl: string, words: Words, yearPageUrl: (key: string) => string): JsonLd {
  return {
    '@type': 'ItemList',
    name,
    itemListOrder: 'https://schema.org/ItemListOrderAscending',
    numberOfItems: years.length,
    itemListElement: years.map((year, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: words.say('yearMilestones', { year: year.label, milestones: words.count('milestoneCount', year.milestones.length) }),
      url: new URL(`#${year.key}`, journeyUrl).href,
      item: { '@type': 'WebPage', url: yearPageUrl(year.key), name: year.label },
    })),
  };
}

/** A year's milestones as an ordered ItemList of their own pages, for the year's page's `mainEntity`. */
export function yearMilestonesData(year: YearFacts, journeyUrl: string): JsonLd {
  return {
    '@type': 'ItemList',
    name: year.label,
    itemListOrder: 'https://schema.org/ItemListOrderAscending',
    numberOfItems: year.milestones.length,
    itemListElement: year.milestones.map((milestone, at) => ({
      '@type': 'ListItem',
      position: at + 1,
      url: milestoneUrl(journeyUrl, milestone.anchor),
    })),
  };
}

/** What a milestone's page is about, for its WebPage: the milestone as an event on the journey, at its place there. */
export function milestoneAboutData(milestone: MilestoneFacts, journeyUrl: string): JsonLd {
  return {
    about: {
      '@type': 'Event',
      name: milestone.title,
      description: milestone.description,
      ...(milestone.datetime ? { startDate: milestone.datetime } : {}),
      url: new URL(`#${milestone.anchor}`, journeyUrl).href,
    },
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: no `<` survives, so no text in it can close
 * the element or open a comment.
 */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
