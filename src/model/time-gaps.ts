/**
 * The markers between years that lie far apart ("66 million years later"), so deep time reads as
 * a compressed stretch rather than empty space. Which years are neighbours depends on the track
 * filter, so each marker names the filters it belongs to.
 */
import { yearsBetween } from './journey-date.ts';
import type { Words } from './words.ts';
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

/**
 * "a year later", "6 years later", "66 million years later", "13.8 billion years later"
 * (`yearsLater` in the journey's words). From ten thousand years on, the count is rounded to
 * thousands, millions or tenths of billions and written in words ("45 thousand", "66 millions" in
 * French), and the word takes the form for the rounded count.
 */
export function formatTimeGap(years: number, words: Words): string {
  const scale = years >= 999_500_000 ? 100_000_000 : years >= 1_000_000 ? 1_000_000 : years >= 10_000 ? 1_000 : 1;
  const count = Math.round(years / scale) * scale;
  const shown =
    scale === 1
      ? words.number(count)
      : words.number(count, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: scale === 100_000_000 ? 1 : 0 });
  return words.count('yearsLater', count, { shown });
}

/** The markers to place before each year (by year key), for every filter. */
export function timeGapsBefore(years: readonly JourneyYear[], trackIds: readonly TrackId[], words: Words): Map<string, TimeGap[]> {
  const gaps = new Map<string, TimeGap[]>();
  for (const filter of trackFilters(trackIds)) {
    const visible = years.filter((year) => year.milestones.some((milestone) => showsTrack(filter, milestone.track)));
    visible.forEach((year, index) => {
      const previous = visible[index - 1];
      if (!previous || !hasTimeGap(previous.year, year.year)) return;
      const text = formatTimeGap(yearsBetween(previous.year, year.year), words);
      const list = gaps.get(year.key) ?? [];
      const same = list.find((gap) => gap.text === text);
      if (same) same.filters.push(filter);
      else list.push({ text, filters: [filter] });
      gaps.set(year.key, list);
    });
  }
  return gaps;
}
