/**
 * The tour's pace and schedule, free of the DOM: how fast it travels, how long it holds when a
 * year arrives, and where it is after each frame. `tour.ts` runs it on the page.
 */
import { TRAVEL } from '../../../layout/dimensions.ts';
import type { PlainKey } from '../../../model/ui-words.ts';

/** Seconds to read one column of cards (a card of each lane, side by side on the shared axis). */
const SECONDS_PER_CARD = 4;

export const TOUR = {
  /** Travel per second, in CSS pixels: one card and the gap after it every SECONDS_PER_CARD. */
  pace: (TRAVEL.cardWidth + TRAVEL.cardGap) / SECONDS_PER_CARD,
  /** How long the tour holds when a year's heading arrives, in milliseconds. */
  hold: 2000,
  /** The longest frame counted, in milliseconds: after a stall (a hidden tab) the tour goes on, it does not jump. */
  longestFrame: 100,
} as const;

/** What the tour announces (its button's two names are in the page): the page gives these words on the control. */
export const TOUR_WORDS = ['tourPlaying', 'tourPaused', 'tourPausedAt', 'tourFinished'] as const satisfies readonly PlainKey[];

export interface TourState {
  /** Where the tour is along the track, in CSS pixels of travel. */
  position: number;
  /** Milliseconds still to hold at the stop it stands at (0 while moving). */
  holding: number;
}

export interface TourStep extends TourState {
  /** It reached a stop in this step and now holds there. */
  arrived: boolean;
  /** It reached the end. */
  finished: boolean;
}

/** Positions closer than this count as the same place. */
const SAME_PLACE = 0.5;

/**
 * Where a tour played from `position` starts: at a year a hair ahead (where the year index or a
 * pause left the visitor, give or take a rounded pixel), it starts past it rather than holding there again.
 */
export function tourFrom(position: number, stops: readonly number[]): TourState {
  const here = stops.find((stop) => stop > position && stop - position < SAME_PLACE);
  return { position: here ?? position, holding: 0 };
}

/**
 * Where the tour is `elapsed` milliseconds after `state`: it holds out a hold, then travels at
 * `TOUR.pace` towards the next of `stops` (ascending positions, the years' starts) after it, and
 * holds there; past the last stop it travels to `end` and finishes. A stop at the end is no hold.
 */
export function stepTour(state: TourState, elapsed: number, stops: readonly number[], end: number): TourStep {
  const time = Math.min(Math.max(0, elapsed), TOUR.longestFrame);
  if (state.holding > 0) {
    return { position: state.position, holding: Math.max(0, state.holding - time), arrived: false, finished: false };
  }
  const next = stops.find((stop) => stop > state.position && stop < end - SAME_PLACE);
  const target = next ?? end;
  const position = state.position + (TOUR.pace * time) / 1000;
  if (position < target) return { position, holding: 0, arrived: false, finished: false };
  if (next === undefined) return { position: end, holding: 0, arrived: false, finished: true };
  return { position: next, holding: TOUR.hold, arrived: true, finished: false };
}
