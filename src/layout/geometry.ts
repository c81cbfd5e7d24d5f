/**
 * The journey's geometry, free of the DOM: where the page must scroll to show a place on the
 * horizontal track, which year is current, how far a parallax layer lags. Positions along the track
 * ("travel") are CSS pixels from the track's left edge to the viewport's left edge.
 */

/** The page-scroll span over which the pinned track travels its whole distance. */
export interface TravelRange {
  /** Page scroll position where the travel starts. */
  start: number;
  /** Page scroll position where the travel ends. */
  end: number;
  /** How far the track moves: its width minus the viewport's. */
  distance: number;
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** The page scroll position at which the track has travelled `travel` pixels. */
export function scrollForTravel(range: TravelRange, travel: number): number {
  if (range.distance <= 0) return range.start;
  const fraction = clamp(travel, 0, range.distance) / range.distance;
  return range.start + fraction * (range.end - range.start);
}

/** The inverse of `scrollForTravel`: how far the track has travelled at a page scroll position. */
export function travelForScroll(range: TravelRange, scroll: number): number {
  const span = range.end - range.start;
  if (span <= 0) return 0;
  return clamp((scroll - range.start) / span, 0, 1) * range.distance;
}

/** A box along the journey's axis: where it starts and how long it is. */
export interface Span {
  start: number;
  size: number;
}

export type Alignment = 'start' | 'center' | 'nearest';

/**
 * The travel that shows `box` in a viewport `extent` pixels long, clamped to `[0, distance]`.
 * `start` puts the box `inset` pixels after the viewport's edge; `center` centres it (boxes longer
 * than the viewport start at the inset); `nearest` moves as little as possible from `current`.
 */
export function travelToShow(
  box: Span,
  extent: number,
  distance: number,
  align: Alignment,
  current = 0,
  inset = 0,
): number {
  let target: number;
  const fits = box.size + 2 * inset <= extent;
  if (align === 'start' || (!fits && align === 'center')) {
    target = box.start - inset;
  } else if (align === 'center') {
    target = box.start + box.size / 2 - extent / 2;
  } else if (box.start - inset < current || !fits) {
    target = box.start - inset;
  } else if (box.start + box.size + inset > current + extent) {
    target = box.start + box.size + inset - extent;
  } else {
    target = current;
  }
  return clamp(target, 0, Math.max(0, distance));
}

/** Whether `box` lies wholly inside the viewport `[current, current + extent]`, with `inset` to spare. */
export function isInView(box: Span, current: number, extent: number, inset = 0): boolean {
  return box.start >= current + inset - 0.5 && box.start + box.size <= current + extent - inset + 0.5;
}

/**
 * How many of the ascending starts lie before `value` (and at it, when `orAt`): a binary search,
 * however many there are. `startAt(index)` reads the start at an index.
 */
function countBefore(length: number, startAt: (index: number) => number, value: number, orAt: boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const start = startAt(middle);
    if (start < value || (orAt && start === value)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Index of the last start that is at or before `position` (starts in ascending order), or 0 when
 * the position is before every start: the year the visitor is in.
 */
export function indexAt(starts: readonly number[], position: number): number {
  return Math.max(0, countBefore(starts.length, (index) => starts[index]!, position, true) - 1);
}

/**
 * Of spans sorted by their start, the index range `[from, to)` of those that start within
 * `[low, high]`.
 */
export function startingWithin(spans: readonly Span[], low: number, high: number): { from: number; to: number } {
  const startAt = (index: number) => spans[index]!.start;
  const from = countBefore(spans.length, startAt, low, false);
  return { from, to: Math.max(from, countBefore(spans.length, startAt, high, true)) };
}

/**
 * The travel at which a box is centred in the viewport: a parallax layer sits at its drawn place
 * at that moment and lags away from it on either side.
 */
export function centredTravel(box: Span, extent: number): number {
  return box.start + box.size / 2 - extent / 2;
}

/**
 * How far a layer of `depth` (0 = moves with the track, 1 = stays put) is shifted at `travel`:
 * it lags behind by that fraction of the travel since its centred moment.
 */
export function parallaxShift(depth: number, travel: number, centred: number): number {
  return depth * (travel - centred);
}

/**
 * The journey's scenery is drawn on strips, one per depth, that span the whole journey and move at
 * `1 − depth` of the track's speed. A point of the track at `position` is drawn on a strip here: the
 * two meet when that point is centred in a viewport `extent` wide, so a year's scenery stands behind
 * the year when the year is centred and lags away from it on either side.
 */
export function stripPosition(depth: number, position: number, extent: number): number {
  return (1 - depth) * position + (depth * extent) / 2;
}

/** How wide a strip must be to fill the viewport from the start of the travel to its end. */
export function stripWidth(depth: number, distance: number, extent: number): number {
  return (1 - depth) * Math.max(0, distance) + extent;
}

/** How far a strip has moved from its place at `travel`: it keeps up with `1 − depth` of the track. */
export function stripShift(depth: number, travel: number): number {
  return -(1 - depth) * travel;
}

/** Consecutive years of one scenery era, as one stretch of the track. */
export interface EraStretch {
  era: string;
  start: number;
  end: number;
}

/**
 * The stretches of the track each era's years cover, in track order. Years that take no room (a
 * track filter hid them) neither start nor break a stretch.
 */
export function eraStretches(years: readonly { era: string; span: Span }[]): EraStretch[] {
  const stretches: EraStretch[] = [];
  for (const { era, span } of years) {
    if (span.size <= 0) continue;
    const last = stretches.at(-1);
    if (last?.era === era) last.end = span.start + span.size;
    else stretches.push({ era, start: span.start, end: span.start + span.size });
  }
  return stretches;
}

/**
 * Where each era's scenery lies on a strip of `depth`: from its first year's start to its last
 * year's end as the strip draws them, reaching `fade` / 2 beyond both so that two eras that meet
 * fade into each other.
 */
export function stripSegments(stretches: readonly EraStretch[], depth: number, extent: number, fade: number): (EraStretch & { size: number })[] {
  return stretches.map(({ era, start, end }) => {
    const from = stripPosition(depth, start, extent) - fade / 2;
    const to = stripPosition(depth, end, extent) + fade / 2;
    return { era, start: from, end: to, size: to - from };
  });
}

/** The journey's progress from 0 to 1. */
export function progress(position: number, length: number): number {
  return length <= 0 ? 0 : clamp(position / length, 0, 1);
}
