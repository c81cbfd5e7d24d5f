import { parse as parseYaml } from 'yaml';
import { readContent } from '../../src/lib/content-check/files.ts';
import { entryIdFor } from '../../src/lib/content-check/entry-id.ts';
import { splitFrontmatter } from '../../src/lib/content-check/frontmatter.ts';
import { groupByYear, inTrack, sortMilestones, TIMELINE_DIR, toMilestone, type JourneyYear, type Milestone } from '../../src/lib/milestones.ts';
import { TRACKS } from '../../src/lib/tracks.ts';
import { milestoneSchema } from '../../src/schemas/milestone.ts';

/**
 * The published milestones as the tests expect to see them, read straight from the content files
 * (not from the built site), so a test compares the page against the source of truth.
 */
export function loadMilestones(root = process.cwd()): Milestone[] {
  const milestones = readContent(root).files.flatMap((file) => {
    const split = splitFrontmatter(file.text);
    if (!split.ok) throw new Error(`${file.path}: ${split.problem}`);
    const data = milestoneSchema.parse(parseYaml(split.yaml));
    if (data.draft) return [];
    return [toMilestone(entryIdFor(file.path.slice(TIMELINE_DIR.length + 1)), data)];
  });
  return sortMilestones(milestones);
}

export function loadJourneyYears(root = process.cwd()): JourneyYear[] {
  return groupByYear(loadMilestones(root));
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
