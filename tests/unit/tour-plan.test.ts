import { describe, expect, it } from 'vitest';
import { stepTour, tourFrom, TOUR, type TourState } from '../../src/browser/journey/travel/tour-plan.ts';
import { TRAVEL } from '../../src/layout/dimensions.ts';

const moving = (position: number): TourState => ({ position, holding: 0 });
/** Runs the tour in frames of `frame` ms until it finishes (or `limit` frames), recording each step. */
function run(stops: number[], end: number, from = 0, frame = 16) {
  const steps = [];
  let state: TourState = moving(from);
  for (let i = 0; i < 100_000; i++) {
    const step = stepTour(state, frame, stops, end);
    steps.push(step);
    state = step;
    if (step.finished) break;
  }
  return steps;
}

describe('the tour’s pace', () => {
  it('reads one card and its gap in a few seconds, whatever the card’s width', () => {
    const seconds = (TRAVEL.cardWidth + TRAVEL.cardGap) / TOUR.pace;
    expect(seconds).toBeGreaterThanOrEqual(2);
    expect(seconds).toBeLessThanOrEqual(8);
  });

  it('moves by the pace times the time elapsed', () => {
    const step = stepTour(moving(100), 50, [], 10_000);
    expect(step.position).toBeCloseTo(100 + TOUR.pace / 20);
    expect(step).toMatchObject({ holding: 0, arrived: false, finished: false });
  });

  it('counts a long stall as one longest frame, and time going backwards as none', () => {
    expect(stepTour(moving(0), 60_000, [], 10_000).position).toBeCloseTo((TOUR.pace * TOUR.longestFrame) / 1000);
    expect(stepTour(moving(50), -30, [], 10_000).position).toBe(50);
  });
});

describe('the tour’s schedule', () => {
  it('stops on a year exactly, holds there, then goes on', () => {
    const arrive = stepTour(moving(995), 1000, [1000, 3000], 5000);
    expect(arrive).toMatchObject({ position: 1000, holding: TOUR.hold, arrived: true, finished: false });
    const held = stepTour(arrive, TOUR.longestFrame, [1000, 3000], 5000);
    expect(held).toMatchObject({ position: 1000, holding: TOUR.hold - TOUR.longestFrame, arrived: false });
    const after = stepTour({ position: 1000, holding: 0 }, 100, [1000, 3000], 5000);
    expect(after.position).toBeGreaterThan(1000);
    expect(after.arrived).toBe(false);
  });

  it('holds once at every year ahead, in order, for the whole hold, and finishes at the end', () => {
    const stops = [400, 900, 2500];
    const steps = run(stops, 3000, 100);
    expect(steps.filter((step) => step.arrived).map((step) => step.position)).toEqual(stops);
    const frames = 16;
    for (const stop of stops) {
      const still = steps.filter((step) => step.position === stop).length;
      expect(still).toBeGreaterThanOrEqual(Math.floor(TOUR.hold / frames));
    }
    const last = steps.at(-1)!;
    expect(last).toMatchObject({ position: 3000, finished: true });
    const positions = steps.map((step) => step.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('goes on from where it is: years behind are not visited again, nor the one it stands at', () => {
    const steps = run([400, 900, 2500], 3000, 900);
    expect(steps.filter((step) => step.arrived).map((step) => step.position)).toEqual([2500]);
  });

  it('played from a hair before a year, starts at it without holding there', () => {
    expect(tourFrom(899.7, [400, 900])).toEqual({ position: 900, holding: 0 });
    expect(tourFrom(899.7, [400, 900, 2500]).position).toBe(900);
    expect(tourFrom(850, [400, 900])).toEqual({ position: 850, holding: 0 });
    const steps = run([400, 900, 2500], 3000, tourFrom(899.7, [400, 900, 2500]).position);
    expect(steps.filter((step) => step.arrived).map((step) => step.position)).toEqual([2500]);
  });

  it('does not hold at a year the travel cannot pass (one at the end)', () => {
    const steps = run([500, 3000], 3000, 0);
    expect(steps.filter((step) => step.arrived).map((step) => step.position)).toEqual([500]);
    expect(steps.at(-1)).toMatchObject({ position: 3000, finished: true });
  });

  it('finishes at once when it starts at the end', () => {
    expect(stepTour(moving(3000), 16, [100], 3000)).toMatchObject({ position: 3000, finished: true });
  });
});
