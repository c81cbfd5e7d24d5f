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
 * Index of the last start that is at or before `position` (starts in ascending order), or 0 when
 * the position is before every start: the year the visitor is in.
 */
export function indexAt(starts: readonly number[], position: number): number {
  let low = 0;
  let high = starts.length - 1;
  let found = 0;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (starts[middle]! <= position) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
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

/** The journey's progress from 0 to 1. */
export function progress(position: number, length: number): number {
  return length <= 0 ? 0 : clamp(position / length, 0, 1);
}
