/**
 * What the embeds need from the journey's content, for Astro pages and endpoints: a year by its
 * key, and a year's default iframe height worked out from its milestones' text.
 */
import { getJourneyYears, getMilestoneEntry } from '../lib/journey-data.ts';
import { defaultEmbedHeight } from '../lib/embed.ts';
import type { JourneyYear } from '../lib/milestones.ts';
import { ALL_TRACKS, type TrackFilter } from '../lib/track-filter.ts';

/** A year of the journey by its key ("2022", "66000000-bc"), for an MDX post or a page. */
export async function getJourneyYear(key: string): Promise<JourneyYear> {
  const years = await getJourneyYears();
  const year = years.find((candidate) => candidate.key === key);
  if (!year) {
    throw new Error(`The journey has no year "${key}". Its years are: ${years.map((candidate) => candidate.key).join(', ')}.`);
  }
  return year;
}

/** Characters of reading text in an MDX body: tags, expressions and markup left out. */
function readingLength(body: string | undefined): number {
  if (!body) return 0;
  return body
    .replace(/<[^>]*>|\{[^}]*\}|[#*_`>[\]()]/g, '')
    .replace(/\s+/g, ' ')
    .trim().length;
}

/** The year's iframe height before the host script sizes it: see `defaultEmbedHeight`. */
export async function getDefaultEmbedHeight(year: JourneyYear, filter: TrackFilter = ALL_TRACKS): Promise<number> {
  const lengths = new Map<string, number>();
  for (const milestone of year.milestones) {
    lengths.set(milestone.id, readingLength((await getMilestoneEntry(milestone.id))?.body));
  }
  return defaultEmbedHeight(year, filter, (id) => lengths.get(id) ?? 0);
}
