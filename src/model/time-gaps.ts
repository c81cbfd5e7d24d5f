/**
 * The markers between years that lie far apart ("66 million years later"), so deep time reads as
 * a compressed stretch rather than empty space. Which years are neighbours depends on the track
 * filter, so each marker names the filters it belongs to.
 */
import { yearsBetween } from './journey-date.ts';
import type { JourneyYear } from './milestone.ts';
import type { TrackId } from './tracks.ts';
import { showsTrack, trackFilters, type TrackFilter } from './track-filter.ts';

export interface TimeGap {
  /** "66 million years later". */
  text: string;
  /** The filters under which this marker stands before its year. */
  filters: TrackFilter[];
}

/** Whether two consecutive journey years are far enough apart to show a time-gap marker. */
export function hasTimeGap(from: number, to: number): boolean {
  return yearsBetween(from, to) > 1;
}

/** "a year later", "6 years later", "66 million years later", "13.7 billion years later". */
export function formatTimeGap(years: number): string {
  if (years === 1) return 'a year later';
  if (years >= 999_500_000) return `${(Math.round(years / 100_000_000) / 10).toLocaleString('en-US')} billion years later`;
  if (years >= 1_000_000) return `${Math.round(years / 1_000_000).toLocaleString('en-US')} million years later`;
  if (years >= 10_000) return `${Math.round(years / 1_000).toLocaleString('en-US')} thousand years later`;
  return `${years.toLocaleString('en-US')} years later`;
}

/** The markers to place before each year (by year key), for every filter. */
export function timeGapsBefore(years: readonly JourneyYear[], trackIds: readonly TrackId[]): Map<string, TimeGap[]> {
  const gaps = new Map<string, TimeGap[]>();
  for (const filter of trackFilters(trackIds)) {
    const visible = years.filter((year) => year.milestones.some((milestone) => showsTrack(filter, milestone.track)));
    visible.forEach((year, index) => {
      const previous = visible[index - 1];
      if (!previous || !hasTimeGap(previous.year, year.year)) return;
      const text = formatTimeGap(yearsBetween(previous.year, year.year));
      const list = gaps.get(year.key) ?? [];
      const same = list.find((gap) => gap.text === text);
      if (same) same.filters.push(filter);
      else list.push({ text, filters: [filter] });
      gaps.set(year.key, list);
    });
  }
  return gaps;
}
