/**
 * The length of the horizontal journey, worked out at build time from the layout's sizes: the
 * figure the page's tagline shows before a script can measure the track (and without one).
 */
import type { JourneyYear, Milestone } from '../model/milestone.ts';
import { hasTimeGap } from '../model/time-gaps.ts';
import type { TrackId } from '../model/tracks.ts';
import { showsTrack, type TrackFilter } from '../model/track-filter.ts';
import { TRAVEL, yearMinContent } from './dimensions.ts';

/**
 * Width of one lane whose cards take `units` card widths in all (a wide card takes two, and
 * swallows the gap between them).
 */
export function laneWidth(units: number): number {
  if (units <= 0) return 0;
  return units * TRAVEL.cardWidth + (units - 1) * TRAVEL.cardGap;
}

/**
 * Width of a year section in the horizontal journey: its widest lane (or the room its numeral
 * needs), padded on both sides. `laneUnits` holds, for each visible lane, the card widths its visible milestones take.
 */
export function yearWidth(label: string, laneUnits: readonly number[]): number {
  const widest = Math.max(yearMinContent(label), ...laneUnits.map(laneWidth));
  return TRAVEL.yearPadding + widest + TRAVEL.yearPadding;
}

/** A year as the layout sees it: its label, its year number and the card widths each lane holds. */
export interface YearFootprint {
  year: number;
  label: string;
  laneUnits: readonly number[];
}

/**
 * A year as the layout sees it under a filter: for each visible lane (`trackIds`, the journey's
 * tracks in lane order), the card widths its milestones take (`spanOf` tells a wide card from a
 * narrow one).
 */
export function footprintOf<M extends Milestone>(
  year: JourneyYear<M>,
  trackIds: readonly TrackId[],
  filter: TrackFilter,
  spanOf: (milestone: M) => number = () => 1,
): YearFootprint {
  const laneUnits = trackIds.filter((id) => showsTrack(filter, id)).map((id) =>
    year.milestones.filter((milestone) => milestone.track === id).reduce((units, milestone) => units + spanOf(milestone), 0),
  );
  return { year: year.year, label: year.label, laneUnits };
}

/** The width of the growth charts' screen before the outro: one row of `charts` charts, padded at each side; none without charts. */
export function growthWidth(charts: number): number {
  if (charts <= 0) return 0;
  return TRAVEL.growthPadding + charts * TRAVEL.growthChartWidth + (charts - 1) * TRAVEL.growthGap + TRAVEL.growthPadding;
}

/**
 * The length of the whole horizontal journey in CSS pixels: intro, every year with its time-gap
 * markers, the growth charts (`growthCharts` of them) and the outro. Years without visible milestones
 * take no room. This is the figure the page's tagline shows; in the browser the same length is
 * measured as the track's `scrollWidth`.
 */
export function travelLength(years: readonly YearFootprint[], growthCharts = 0, ending = true): number {
  const visible = years.filter((year) => year.laneUnits.some((units) => units > 0));
  let length = TRAVEL.introWidth + (ending ? TRAVEL.outroWidth : 0) + growthWidth(growthCharts);
  visible.forEach((year, index) => {
    length += yearWidth(year.label, year.laneUnits);
    const previous = visible[index - 1];
    if (previous && hasTimeGap(previous.year, year.year)) length += TRAVEL.timeGapWidth;
  });
  return length;
}
