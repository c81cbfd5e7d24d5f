/**
 * The journey as its pages render it, loaded once for the whole build (as a router computes its
 * routes once): every published milestone turned into its view (`views.ts`), grouped into
 * years, with the page's own words, the time gaps between years and the journey's length.
 * Components and endpoints take what they need from here and only render.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, getEntry } from 'astro:content';
import manifestData from '../../../art/manifest.json';
import type { Era } from '../../model/eras.ts';
import { groupByYear, sortMilestones, toMilestone, type Milestone } from '../../model/milestone.ts';
import type { JourneyCopy } from '../../model/schema/journey.ts';
import { journeyShape, type JourneyShape } from '../../model/shape.ts';
import { timeGapsBefore, type TimeGap } from '../../model/time-gaps.ts';
import { ALL_TRACKS, trackFilterLabel, type TrackFilter } from '../../model/track-filter.ts';
import { growthSeries } from '../../model/growth.ts';
import { journeyWords, type Words } from '../../model/words.ts';
import { footprintOf, growthWidth, travelLength } from '../../layout/journey-length.ts';
import { artImageFor, type ArtImage } from '../art/delivery.ts';
import type { ArtManifest } from '../art/manifest.ts';
import { castJourney, type Casting } from '../art/casting.ts';
import { artSourceFor } from '../art/source.ts';
import { JOURNEY_EMBED_KEY, embedSnippet, milestoneEmbedKey, type EmbedLayout } from '../publish/embed.ts';
import { milestonePageTitle } from '../publish/milestone-page.ts';
import { milestoneEmbedHeight, openingHeight } from '../../layout/card-metrics.ts';
import { bodyWords } from '../content/loader.ts';
import { growthCharts, type GrowthChart } from './growth.ts';
import { firstDocument } from './first-document.ts';
import { embedHeight, milestoneView, yearViews, type MilestoneView, type YearView } from './views.ts';

export { embedHeight, type LaneView, type MilestoneView, type YearView } from './views.ts';

export interface Journey {
  /** The page's own words from `content/journey.yaml`. */
  copy: JourneyCopy;
  /** Its tracks in lane order and its eras, from `content/journey.yaml`. */
  shape: JourneyShape;
  /** The interface's words in the journey's language (`lang` and `ui` in `content/journey.yaml`), with its dates and numbers. */
  words: Words;
  /** Every published milestone, in chronological order. */
  milestones: MilestoneView[];
  /** The years, oldest first, each with its milestones in order. Years without milestones are left out. */
  years: YearView[];
  /** The markers to place before each year (by year key), for every filter. */
  gaps: Map<string, TimeGap[]>;
  /** The eras the years pass through, oldest first. */
  eras: Era[];
  /** The horizontal journey's length in pixels with every track shown, worked out from the layout. */
  length: number;
  /** The closing screen's growth charts (`growth` in content/journey.yaml): a heading and one chart per series with figures; none without. */
  growth: { title: string; charts: GrowthChart[]; width: number } | undefined;
  /** What each milestone's generated picture shows, cast over the whole journey (drafts too, as `npm run art` casts it). */
  casting: ReadonlyMap<string, Casting>;
}

/** Drafts show in `astro dev` and are left out of the published build. */
const showDrafts = import.meta.env.DEV;

/** The picture of a milestone, encoded for the page (the dev server shows a new one from its source). */
function imageOf(milestone: Milestone, casting: Casting | undefined, shape: JourneyShape): ArtImage | undefined {
  const resolved = artSourceFor(milestone, (path) => {
    const full = join(process.cwd(), path);
    try {
      return statSync(full).isFile() ? readFileSync(full) : undefined;
    } catch {
      return undefined;
    }
  }, { casting, shape });
  if (!resolved.ok) throw new Error(`Milestone ${resolved.id}: ${resolved.problem}`);
  if (!resolved.source) return undefined;
  const image = artImageFor(resolved.source, manifestData as ArtManifest, {
    base: import.meta.env.BASE_URL,
    allowUnencoded: import.meta.env.DEV,
  });
  if (image.kind === 'unencoded') {
    console.warn(`[art] ${milestone.id}: ${image.reason}; showing the unencoded picture. Run \`npm run art\` before publishing.`);
  }
  return image;
}

async function loadJourney(): Promise<Journey> {
  const all = await getCollection('timeline');
  const copy = (await getEntry('journey', 'journey'))?.data;
  if (!copy) throw new Error('content/journey.yaml is missing: it holds the tracks, the eras, the intro, outro and credits.');
  const shape = journeyShape(copy);
  const words = journeyWords(copy);
  const casting = castJourney(all.map((entry) => ({ ...toMilestone(entry.id, entry.data), words: bodyWords(entry.rendered) })), shape.eras, shape.pictures);
  const entries = all.filter(({ data }) => showDrafts || !data.draft);
  const milestones = sortMilestones(
    entries.map((entry) => {
        const milestone = toMilestone(entry.id, entry.data, words.lang);
        const html = entry.rendered?.html ?? '';
        return milestoneView(milestone, { text: bodyWords(entry.rendered), html }, imageOf(milestone, casting.get(milestone.id), shape), words);
      }),
    shape.trackIds,
  );
  const years = yearViews(groupByYear(milestones, shape.trackIds, words), shape, words);
  const charts = copy.growth ? growthCharts(growthSeries(milestones, copy.growth.series, copy.lang).series, words) : [];
  return {
    copy,
    shape,
    words,
    milestones,
    years,
    gaps: timeGapsBefore(years, shape.trackIds, words),
    eras: [...new Set(years.map((year) => year.era))],
    length: travelLength(
      years.map((year) => footprintOf(year, shape.trackIds, ALL_TRACKS, (milestone) => milestone.span)),
      charts.length,
      copy.outro !== undefined,
    ),
    growth: copy.growth && charts.length > 0 ? { title: copy.growth.title, charts, width: growthWidth(charts.length) } : undefined,
    casting,
  };
}

export const journey: Journey = await loadJourney();

/** A year of the journey by its key ("2022", "66000000-bc"), for an MDX post or a page. */
export function getJourneyYear(key: string): YearView {
  const year = journey.years.find((candidate) => candidate.key === key);
  if (!year) {
    throw new Error(`The journey has no year "${key}". Its years are: ${journey.years.map((candidate) => candidate.key).join(', ')}.`);
  }
  return year;
}

/** The journey's own embed's height before the host script sizes it (`/embed/journey/`, its oEmbed response). */
export function journeyEmbedHeight(): number {
  // A long label takes two places in the index (`.opening__long` in src/pages/embed/journey/index.astro).
  return openingHeight(journey.copy.intro.title, journey.copy.intro.subtitle, journey.years.reduce((places, year) => places + (year.long ? 2 : 1), 0));
}

/**
 * The snippet that embeds a year, as its strip or (`layout: 'list'`) its list: with the site's
 * address for other sites' pages (`site`), with paths for a page of this site.
 */
export function yearSnippet(year: YearView, filter: TrackFilter = ALL_TRACKS, site?: string | URL, layout: EmbedLayout = 'strip'): string {
  return embedSnippet({
    year,
    siteName: journey.copy.siteName,
    words: journey.words,
    height: embedHeight(year, filter, layout),
    filter,
    layout,
    ...(filter === ALL_TRACKS ? {} : { followed: trackFilterLabel(journey.shape.tracks, filter, journey.words) }),
    base: import.meta.env.BASE_URL,
    site,
  });
}

/** What a milestone embedded alone says of itself (its key, title and height): its snippet's and its oEmbed response's. */
export function milestoneEmbedOptions(milestone: Pick<MilestoneView, 'anchor' | 'title' | 'alone'>) {
  const { siteName } = journey.copy;
  return {
    year: { key: milestoneEmbedKey(milestone.anchor), label: milestone.title },
    title: milestonePageTitle(milestone.title, siteName, journey.words),
    siteName,
    words: journey.words,
    height: milestoneEmbedHeight(milestone.alone),
    base: import.meta.env.BASE_URL,
  };
}

/** The snippet that embeds one milestone alone (`/embed/milestones/<anchor>/`), by its anchor. */
export function milestoneSnippet(anchor: string, site?: string | URL): string {
  const milestone = journey.milestones.find((candidate) => candidate.anchor === anchor);
  if (!milestone) throw new Error(`The journey has no milestone "${anchor}". A milestone's anchor is the last part of its own page's address.`);
  return embedSnippet({ ...milestoneEmbedOptions(milestone), site });
}

/** What the journey's own embed says of itself (its key, name and height): its snippet's and its oEmbed response's. */
export function journeyEmbedOptions() {
  const { siteName } = journey.copy;
  return { year: { key: JOURNEY_EMBED_KEY, label: siteName }, title: siteName, siteName, words: journey.words, height: journeyEmbedHeight(), base: import.meta.env.BASE_URL };
}

/** The snippet that embeds the journey itself: its opening and year index (`/embed/journey/`). */
export function journeySnippet(site?: string | URL): string {
  return embedSnippet({ ...journeyEmbedOptions(), site });
}

/** What the journey page's first document holds, and what its later years' fragments bring. */
export const journeyFirstDocument = firstDocument(journey.milestones, journey.years);
