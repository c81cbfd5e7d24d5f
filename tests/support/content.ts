import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readJourneyCopy } from '../../src/build-time/content/check.ts';
import { readContent } from '../../src/build-time/content/files.ts';
import { growthSeries, type GrowthSeries } from '../../src/model/growth.ts';
import { journeyCopySchema } from '../../src/model/schema/journey.ts';
import { isMilestonePath, readMilestoneFile } from '../../src/build-time/content/milestone-file.ts';
import { groupByYear, inTrack, sortMilestones, TIMELINE_DIR, type JourneyYear, type Milestone } from '../../src/model/milestone.ts';
import { parse } from 'yaml';
import type { Track } from '../../src/model/tracks.ts';
import { journeyWords, type Words } from '../../src/model/words.ts';

/** The journey's tracks in lane order, read straight from content/journey.yaml. */
export function loadTracks(root = process.cwd()): [Track, ...Track[]] {
  return (parse(readFileSync(join(root, 'content', 'journey.yaml'), 'utf8')) as { tracks: [Track, ...Track[]] }).tracks;
}

export const TRACKS = loadTracks();
export const TRACK_IDS = TRACKS.map((track) => track.id);

/**
 * The published milestones as the tests expect to see them, read straight from the content files
 * (not from the built site) as the content collection reads them, so a test compares the page
 * against the source of truth.
 */
export function loadMilestones(root = process.cwd()): Milestone[] {
  const milestones = readContent(root)
    .files.filter((file) => isMilestonePath(file.path.slice(TIMELINE_DIR.length + 1)))
    .map((file) => {
      const read = readMilestoneFile(file);
      if (!read.milestone) throw new Error(`${file.path} is not a valid milestone: npm run check:content says why`);
      return read.milestone;
    })
    .filter((milestone) => !milestone.draft);
  return sortMilestones(milestones, loadTracks(root).map((track) => track.id));
}

/** The journey's words in its language (`lang` and `ui` in content/journey.yaml), as the pages say them. */
export function loadWords(root = process.cwd()): Words {
  return journeyWords(journeyCopySchema.parse(readJourneyCopy(readFileSync(join(root, 'content/journey.yaml'), 'utf8'))));
}

export function loadJourneyYears(root = process.cwd()): JourneyYear[] {
  return groupByYear(loadMilestones(root), loadTracks(root).map((track) => track.id), loadWords(root));
}

/** Milestones in reading order: year by year, each year lane by lane. */
export function inReadingOrder(years: readonly JourneyYear[]): Milestone[] {
  return years.flatMap((year) => TRACKS.flatMap((track) => inTrack(year, track.id)));
}

/** Places to link to: a year deep inside the journey, and a milestone far from the start of its year. */
export function deepLinkTargets(years: readonly JourneyYear[]): { year: JourneyYear; milestone: Milestone } {
  const year = years.find((candidate) => candidate.year === 2021) ?? years[Math.floor(years.length / 2)]!;
  const longestYear = [...years].sort((a, b) => b.milestones.length - a.milestones.length)[0]!;
  return { year, milestone: longestYear.milestones[Math.floor(longestYear.milestones.length * 0.7)]! };
}

/** Years to embed: a long year of both tracks, and the one-card deep-time era (the largest and the smallest). */
export function embedSamples(years: readonly JourneyYear[]): { longYear: JourneyYear; eraYear: JourneyYear } {
  return {
    longYear: years.reduce((longest, year) => (year.milestones.length > longest.milestones.length ? year : longest)),
    eraYear: years[0]!,
  };
}

/**
 * The years the example post (/blog/embedding-a-year/) shows, by its rule: the latest year,
 * rendered in the post, and the fullest of the other years (the latest of equals), framed; a
 * journey of one year has none to frame.
 */
export function examplePostYears(years: readonly JourneyYear[]): { rendered: JourneyYear; framed: JourneyYear | undefined } {
  const rendered = years.at(-1)!;
  let framed: JourneyYear | undefined;
  for (const year of years.slice(0, -1)) {
    if (!framed || year.milestones.length >= framed.milestones.length) framed = year;
  }
  return { rendered, framed };
}

/** The series the growth charts draw, from `growth` in content/journey.yaml and the milestones' figures. */
export function loadGrowthSeries(root = process.cwd()): GrowthSeries[] {
  const copy = journeyCopySchema.parse(readJourneyCopy(readFileSync(join(root, 'content/journey.yaml'), 'utf8')));
  return copy.growth ? growthSeries(loadMilestones(root), copy.growth.series).series : [];
}

/**
 * One page of each kind the site serves (the journey, a year's embed page, the example post), by its
 * path inside the site, with the share card (`og/<card>.png`) it names.
 */
export function pagesOfEachKind(years: readonly JourneyYear[]): Array<{ name: string; path: string; card: string }> {
  const year = years.find((candidate) => candidate.key === '2022') ?? years.at(-1)!;
  return [
    { name: 'the journey', path: '', card: 'journey' },
    { name: `the embed page of ${year.label}`, path: `embed/${year.key}/`, card: year.key },
    { name: 'the example post', path: 'blog/embedding-a-year/', card: 'journey' },
  ];
}
