import { describe, expect, it } from 'vitest';
import { attributeLongFrames, FRAME_MS, gaps, percentile, summariseFrames } from '../../scripts/bench/lib/frames.ts';

describe('summariseFrames', () => {
  const smooth = Array.from({ length: 61 }, (_, index) => 1000 + index * FRAME_MS);

  it('finds no dropped frame in a steady 60 Hz run, despite timer jitter', () => {
    const jittered = smooth.map((time, index) => time + (index % 2 ? 0.4 : -0.4));
    const summary = summariseFrames(jittered, [], { start: 0, end: 5000 });
    expect(summary).toMatchObject({ frames: 61, over16: 0, over33: 0, longFrames: 0, blockingMs: 0 });
    expect(summary.longestMs).toBeLessThan(18);
  });

  it('counts a one-frame drop as over 16.7 ms and a three-frame gap as over 33 ms too', () => {
    const times = [0, 16.7, 50, 66.7, 133.4, 150].map((time) => time + 100);
    const summary = summariseFrames(times, [], { start: 0, end: 1000 });
    expect(summary.over16).toBe(2);
    expect(summary.over33).toBe(1);
    expect(summary.longestMs).toBeCloseTo(66.7);
  });

  it('counts long animation frames over 50 ms inside the scroll and sums their blocking time', () => {
    const summary = summariseFrames(smooth, [
      { startTime: 500, duration: 120, blockingDuration: 70 },
      { startTime: 1200, duration: 80, blockingDuration: 30 },
      { startTime: 1300, duration: 60, blockingDuration: 10 },
      { startTime: 1400, duration: 50, blockingDuration: 0 },
    ], { start: 1000, end: 2000 });
    expect(summary.longFrames).toBe(2);
    expect(summary.blockingMs).toBe(40);
    expect(summary.longestLongFrameMs).toBe(80);
  });

  it('only looks inside the scroll window', () => {
    expect(summariseFrames(smooth, [], { start: 1101, end: 1199 }).frames).toBe(5);
  });
});

describe('helpers', () => {
  it('computes gaps and percentiles', () => {
    expect(gaps([0, 10, 30])).toEqual([10, 20]);
    expect(percentile([5, 1, 4, 2, 3], 0.95)).toBe(5);
    expect(percentile([5, 1, 4, 2, 3], 0.5)).toBe(3);
    expect(percentile([], 0.5)).toBe(0);
  });
});

describe('attributeLongFrames', () => {
  it('sums script, forced layout and rendering time and ranks the scripts', () => {
    const script = (invoker: string, source: string, duration: number, forced = 0) => ({ invoker, source, duration, forcedStyleAndLayoutDuration: forced });
    const attribution = attributeLongFrames([
      { startTime: 0, duration: 100, blockingDuration: 50, renderStart: 70, scripts: [script('#document.onscroll', 'index.js Is', 60, 30)] },
      { startTime: 200, duration: 80, blockingDuration: 30, renderStart: 0, scripts: [script('#document.onscroll', 'index.js Is', 50, 20), script('FrameRequestCallback', '', 20)] },
    ]);
    expect(attribution).toEqual({
      scriptMs: 130,
      forcedLayoutMs: 50,
      renderMs: 30,
      topScripts: [
        { name: '#document.onscroll → index.js Is', ms: 110, count: 2 },
        { name: 'FrameRequestCallback', ms: 20, count: 1 },
      ],
    });
  });
});
