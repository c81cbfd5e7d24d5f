import { describe, expect, it } from 'vitest';
import {
  centredTravel,
  eraStretches,
  indexAt,
  isInView,
  parallaxShift,
  progress,
  scrollForTravel,
  startingWithin,
  stripPosition,
  stripSegments,
  stripShift,
  stripWidth,
  travelForScroll,
  travelToShow,
} from '../../src/layout/geometry.ts';

const range = { start: 100, end: 10_100, distance: 10_000 };

describe('scroll and travel', () => {
  it('maps a travel offset to the page scroll that shows it, and back', () => {
    expect(scrollForTravel(range, 0)).toBe(100);
    expect(scrollForTravel(range, 2_500)).toBe(2_600);
    expect(travelForScroll(range, 2_600)).toBe(2_500);
  });

  it('scales when the scroll span differs from the travel distance', () => {
    const slow = { start: 0, end: 20_000, distance: 10_000 };
    expect(scrollForTravel(slow, 5_000)).toBe(10_000);
    expect(travelForScroll(slow, 10_000)).toBe(5_000);
  });

  it('clamps to the ends of the journey', () => {
    expect(scrollForTravel(range, -50)).toBe(100);
    expect(scrollForTravel(range, 99_999)).toBe(10_100);
    expect(travelForScroll(range, 0)).toBe(0);
    expect(travelForScroll(range, 50_000)).toBe(10_000);
  });

  it('stays at the start when there is nothing to travel', () => {
    expect(scrollForTravel({ start: 40, end: 40, distance: 0 }, 300)).toBe(40);
    expect(travelForScroll({ start: 40, end: 40, distance: 0 }, 300)).toBe(0);
  });
});

describe('travelToShow', () => {
  const extent = 1_000;
  const distance = 9_000;

  it('puts a year at the viewport start', () => {
    expect(travelToShow({ start: 4_200, size: 3_000 }, extent, distance, 'start')).toBe(4_200);
    expect(travelToShow({ start: 4_200, size: 300 }, extent, distance, 'start', 0, 24)).toBe(4_176);
  });

  it('centres a milestone', () => {
    expect(travelToShow({ start: 5_000, size: 300 }, extent, distance, 'center')).toBe(4_650);
  });

  it('starts a box longer than the viewport rather than centring it', () => {
    expect(travelToShow({ start: 5_000, size: 1_800 }, extent, distance, 'center', 0, 20)).toBe(4_980);
  });

  it('moves as little as possible for nearest', () => {
    // Ahead: its end comes to the viewport's end.
    expect(travelToShow({ start: 2_000, size: 300 }, extent, distance, 'nearest', 1_000, 40)).toBe(1_340);
    // Behind: its start comes to the viewport's start.
    expect(travelToShow({ start: 500, size: 300 }, extent, distance, 'nearest', 1_000, 40)).toBe(460);
    // Already in view: no move.
    expect(travelToShow({ start: 1_200, size: 300 }, extent, distance, 'nearest', 1_000, 40)).toBe(1_000);
  });

  it('never leaves the journey', () => {
    expect(travelToShow({ start: 100, size: 300 }, extent, distance, 'center')).toBe(0);
    expect(travelToShow({ start: 9_900, size: 100 }, extent, distance, 'start')).toBe(9_000);
  });
});

describe('isInView', () => {
  it('needs the whole box inside, with the inset to spare', () => {
    expect(isInView({ start: 100, size: 300 }, 0, 1_000)).toBe(true);
    expect(isInView({ start: 900, size: 300 }, 0, 1_000)).toBe(false);
    expect(isInView({ start: 20, size: 300 }, 0, 1_000, 40)).toBe(false);
    expect(isInView({ start: 40, size: 300 }, 0, 1_000, 40)).toBe(true);
  });
});

describe('indexAt', () => {
  const starts = [0, 1_200, 3_000, 3_400, 9_000];

  it('finds the year a position is in', () => {
    expect(indexAt(starts, 0)).toBe(0);
    expect(indexAt(starts, 1_199)).toBe(0);
    expect(indexAt(starts, 1_200)).toBe(1);
    expect(indexAt(starts, 3_399)).toBe(2);
    expect(indexAt(starts, 50_000)).toBe(4);
  });

  it('answers 0 before the first year and for no years at all', () => {
    expect(indexAt([500, 900], 10)).toBe(0);
    expect(indexAt([], 10)).toBe(0);
  });
});

describe('parallax', () => {
  it('rests a layer where it is drawn when it is centred, and lags it by its depth elsewhere', () => {
    const centred = centredTravel({ start: 3_000, size: 400 }, 1_000);
    expect(centred).toBe(2_700);
    expect(parallaxShift(0.4, centred, centred)).toBe(0);
    expect(parallaxShift(0.4, centred + 1_000, centred)).toBe(400);
    expect(parallaxShift(0.4, centred - 500, centred)).toBe(-200);
  });

  it('keeps a layer of depth 0 on the track', () => {
    expect(parallaxShift(0, 5_000, 100)).toBe(0);
  });
});

describe('scenery strips', () => {
  const extent = 1_000;

  it('draws a point of the track on a strip where the two meet with the point centred on screen', () => {
    for (const depth of [0.15, 0.35, 0.6]) {
      const position = 12_000;
      const travel = position - extent / 2;
      const onScreen = stripPosition(depth, position, extent) + stripShift(depth, travel);
      expect(onScreen).toBeCloseTo(position - travel);
    }
  });

  it('moves a deep strip less than the track, and a strip of depth 0 with it', () => {
    expect(stripShift(0.6, 1_000)).toBeCloseTo(-400);
    expect(stripShift(0, 1_000)).toBeCloseTo(-1_000);
    expect(stripPosition(0, 5_000, extent)).toBe(5_000);
  });

  it('is wide enough to fill the viewport at both ends of the travel', () => {
    const distance = 30_000;
    for (const depth of [0.15, 0.6]) {
      const width = stripWidth(depth, distance, extent);
      // The viewport shows [−shift, −shift + extent] of the strip.
      expect(-stripShift(depth, 0)).toBeGreaterThanOrEqual(0);
      expect(-stripShift(depth, distance) + extent).toBeCloseTo(width);
    }
    expect(stripWidth(0.5, -10, extent)).toBe(extent);
  });

  it('groups consecutive years of an era into one stretch, skipping years that take no room', () => {
    const years = [
      { era: 'deep-time', span: { start: 1_000, size: 500 } },
      { era: 'homegrown', span: { start: 1_700, size: 400 } },
      { era: 'homegrown', span: { start: 2_100, size: 0 } },
      { era: 'homegrown', span: { start: 2_100, size: 600 } },
      { era: 'open-source', span: { start: 2_700, size: 300 } },
    ];
    expect(eraStretches(years)).toEqual([
      { era: 'deep-time', start: 1_000, end: 1_500 },
      { era: 'homegrown', start: 1_700, end: 2_700 },
      { era: 'open-source', start: 2_700, end: 3_000 },
    ]);
    expect(eraStretches([])).toEqual([]);
  });

  it('lays each era on a strip with room to fade into its neighbours', () => {
    const stretches = [
      { era: 'a', start: 2_000, end: 4_000 },
      { era: 'b', start: 4_000, end: 5_000 },
    ];
    const [a, b] = stripSegments(stretches, 0.5, extent, 200);
    expect(a).toEqual({ era: 'a', start: 1_150, end: 2_350, size: 1_200 });
    // Eras that meet on the track overlap on the strip by the fade.
    expect(a!.end - b!.start).toBeCloseTo(200);
    expect(b!.size).toBeCloseTo(700);
  });
});

describe('spans starting within a stretch', () => {
  const spans = [0, 100, 200, 200, 300, 900].map((start) => ({ start, size: 50 }));

  it('finds the spans that start inside the stretch, ends included', () => {
    expect(startingWithin(spans, 100, 300)).toEqual({ from: 1, to: 5 });
    expect(startingWithin(spans, 150, 250)).toEqual({ from: 2, to: 4 });
    expect(startingWithin(spans, -500, 0)).toEqual({ from: 0, to: 1 });
  });

  it('finds none outside them, or in an empty list', () => {
    expect(startingWithin(spans, 400, 800)).toEqual({ from: 5, to: 5 });
    expect(startingWithin(spans, 1_000, 2_000)).toEqual({ from: 6, to: 6 });
    expect(startingWithin(spans, 300, 100)).toEqual({ from: 4, to: 4 });
    expect(startingWithin([], 0, 10)).toEqual({ from: 0, to: 0 });
  });
});

describe('progress', () => {
  it('runs from 0 to 1', () => {
    expect(progress(0, 1_000)).toBe(0);
    expect(progress(250, 1_000)).toBe(0.25);
    expect(progress(2_000, 1_000)).toBe(1);
    expect(progress(10, 0)).toBe(0);
  });
});
