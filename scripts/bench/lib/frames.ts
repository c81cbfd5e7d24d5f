/** Turning what the browser recorded during a scroll into smoothness figures. */

/** One display frame at 60 Hz. */
export const FRAME_MS = 1000 / 60;

/**
 * rAF timestamps are frame start times, so a smooth run has gaps of one frame, give or take
 * timer jitter of a millisecond. A gap counts as "over 16.7 ms" (a frame was dropped) when it is
 * more than a frame plus this slack, and "over 33 ms" when more than two frames plus it.
 */
export const FRAME_SLACK_MS = 1.5;

/** The main-thread bar of the brief: no animation frame over 50 ms while scrolling. */
export const LONG_FRAME_MS = 50;

export interface LongAnimationFrame {
  startTime: number;
  duration: number;
  /** The part of the frame over 50 ms that blocked input, as Chromium reports it. */
  blockingDuration: number;
  /** When the frame's rendering (rAF callbacks, style, layout, paint) began; 0 when it did not render. */
  renderStart?: number;
  /** The scripts that ran in the frame, longest first as Chromium lists them. */
  scripts?: LongFrameScript[];
}

export interface LongFrameScript {
  /** What ran it: "DOMWindow.onwheel", "FrameRequestCallback", "#document.onscroll"… */
  invoker: string;
  /** The file and function, when known: "index.js Is". */
  source: string;
  duration: number;
  /** Style and layout the script forced by reading geometry after a change. */
  forcedStyleAndLayoutDuration: number;
}

/** Where the time of long animation frames went, to point at what makes scrolling stutter. */
export interface LongFrameAttribution {
  scriptMs: number;
  /** Part of scriptMs spent in style and layout forced by the scripts. */
  forcedLayoutMs: number;
  /** Rendering after the scripts: style, layout, paint. */
  renderMs: number;
  /** The scripts that took longest in total, with how often they ran. */
  topScripts: { name: string; ms: number; count: number }[];
}

export interface FrameSummary {
  /** Frames painted during the scroll. */
  frames: number;
  /** Gaps between frames longer than one frame (16.7 ms): at least one dropped frame. */
  over16: number;
  /** Gaps longer than two frames (33.3 ms). */
  over33: number;
  /** The longest gap between two frames. */
  longestMs: number;
  /** 95th percentile gap. */
  p95Ms: number;
  /** Long animation frames (over 50 ms) and their summed blocking time. */
  longFrames: number;
  blockingMs: number;
  longestLongFrameMs: number;
}

/** The gaps between consecutive timestamps. */
export function gaps(timestamps: readonly number[]): number[] {
  const result: number[] = [];
  for (let index = 1; index < timestamps.length; index++) result.push(timestamps[index]! - timestamps[index - 1]!);
  return result;
}

export function percentile(values: readonly number[], fraction: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[rank]!;
}

/**
 * Smoothness of a scroll from the rAF timestamps recorded during it and the long animation frames
 * that started inside it.
 */
export function summariseFrames(
  timestamps: readonly number[],
  longFrames: readonly LongAnimationFrame[],
  window: { start: number; end: number },
): FrameSummary {
  const inside = timestamps.filter((time) => time >= window.start && time <= window.end);
  const frameGaps = gaps(inside);
  const long = longFrames.filter(
    (frame) => frame.duration > LONG_FRAME_MS && frame.startTime + frame.duration >= window.start && frame.startTime <= window.end,
  );
  return {
    frames: inside.length,
    over16: frameGaps.filter((gap) => gap > FRAME_MS + FRAME_SLACK_MS).length,
    over33: frameGaps.filter((gap) => gap > 2 * FRAME_MS + FRAME_SLACK_MS).length,
    longestMs: frameGaps.length ? Math.max(...frameGaps) : 0,
    p95Ms: percentile(frameGaps, 0.95),
    longFrames: long.length,
    blockingMs: long.reduce((sum, frame) => sum + frame.blockingDuration, 0),
    longestLongFrameMs: long.length ? Math.max(...long.map((frame) => frame.duration)) : 0,
  };
}

/** Sums the long frames' time by what spent it: scripts (and the layouts they forced) and rendering. */
export function attributeLongFrames(frames: readonly LongAnimationFrame[], top = 3): LongFrameAttribution {
  let scriptMs = 0;
  let forcedLayoutMs = 0;
  let renderMs = 0;
  const byScript = new Map<string, { ms: number; count: number }>();
  for (const frame of frames) {
    if (frame.renderStart) renderMs += Math.max(0, frame.startTime + frame.duration - frame.renderStart);
    for (const script of frame.scripts ?? []) {
      scriptMs += script.duration;
      forcedLayoutMs += script.forcedStyleAndLayoutDuration;
      const name = [script.invoker, script.source].filter(Boolean).join(' → ');
      const entry = byScript.get(name) ?? { ms: 0, count: 0 };
      entry.ms += script.duration;
      entry.count += 1;
      byScript.set(name, entry);
    }
  }
  const topScripts = [...byScript.entries()]
    .map(([name, entry]) => ({ name, ...entry }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, top);
  return { scriptMs, forcedLayoutMs, renderMs, topScripts };
}
