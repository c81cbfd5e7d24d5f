import type { JourneyDate } from '../../model/journey-date.ts';
import type { Milestone } from '../../model/milestone.ts';
import { trackById, type Track } from '../../model/tracks.ts';
import type { Words } from '../../model/words.ts';
import { milestoneSummary, milestoneUrl } from './milestone-page.ts';

/**
 * The publication date a feed reader sorts by. RSS needs a calendar date, so a month or year stands
 * for its first day; years before 1970 (and every BC year) have none and are sent without one.
 */
export function feedDate(date: JourneyDate): Date | undefined {
  if (date.year < 1970) return undefined;
  return new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
}

export interface FeedItem {
  title: string;
  link: string;
  description: string;
  pubDate?: Date;
  categories: string[];
}

/** Feed items newest first, linking to each milestone's own page (which opens the journey at it). */
export function feedItems(milestones: readonly Milestone[], tracks: readonly Track[], journeyUrl: URL, words: Words): FeedItem[] {
  return [...milestones].reverse().map((milestone) => {
    const track = trackById(tracks, milestone.track).name;
    const pubDate = feedDate(milestone.date);
    return {
      title: milestone.title,
      link: milestoneUrl(journeyUrl, milestone.anchor),
      description: milestoneSummary(milestone, tracks, words),
      ...(pubDate ? { pubDate } : {}),
      categories: [track],
    };
  });
}
