import type { Browser } from '@playwright/test';
import { attributeLongFrames, LONG_FRAME_MS, summariseFrames, type FrameSummary, type LongAnimationFrame, type LongFrameAttribution } from './lib/frames.ts';
import { VIEWPORTS } from './bytes.ts';
import { mainThreadWork, type MainThreadWork, type TraceEvent } from './lib/trace.ts';

/** A visitor's brisk wheel: 2,000 px a second. */
export const SCROLL_SPEED = 2000;
/** Longer pages are scrolled faster so one pass takes at most this long, unless told otherwise. */
export const MAX_SCROLL_MS = 60_000;

export interface ScrollOptions {
  loadTimeoutMs?: number;
  /** The longest the pass may take: a page that would take longer is scrolled faster. */
  maxScrollMs?: number;
  /** Scroll at this speed (px/s) whatever the page's length: to compare two pages at the same speed. */
  speed?: number;
}

export interface ScrollFigures extends FrameSummary {
  /** How far the page scrolled, in CSS pixels, and how fast. */
  distance: number;
  speed: number;
  durationMs: number;
  reachedEnd: boolean;
  /** Layouts and style recalculations the browser ran while scrolling (DevTools' counters). */
  layouts: number;
  styleRecalcs: number;
  layoutMs: number;
  scriptMs: number;
  /** What the long animation frames spent their time on. */
  attribution: LongFrameAttribution;
  /** The main thread's CPU time over the scroll, from a trace: unaffected by other load on the machine. */
  mainThread: MainThreadWork;
  /** Layout shift over the scroll: the sum of every layout-shift entry's score (0 when nothing in view moved). */
  layoutShift: number;
}

declare global {
  interface Window {
    __benchScroll?: { frames: number[]; longFrames: LongAnimationFrame[]; layoutShift: number; running: boolean };
  }
}

/**
 * Wheel-scrolls a page from its start to its end at 1440×900 in Chromium (a synthetic mouse-wheel
 * gesture, as DevTools' own smoothness tests do) and records every frame and long animation frame.
 */
export async function measureScroll(
  browser: Browser,
  url: string,
  { loadTimeoutMs = 60_000, maxScrollMs = MAX_SCROLL_MS, speed: fixedSpeed }: ScrollOptions = {},
): Promise<ScrollFigures> {
  const context = await browser.newContext(VIEWPORTS.desktop.options);
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(loadTimeoutMs);
    await page.goto(url, { waitUntil: 'load', timeout: loadTimeoutMs });
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    // Let scripts that wait for layout and fonts finish their set-up before the clock starts.
    await page.waitForTimeout(1000);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(300);

    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const distance = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
    const speed = fixedSpeed ?? Math.max(SCROLL_SPEED, Math.ceil((distance * 1000) / maxScrollMs));

    const start = await page.evaluate(() => {
      const state = { frames: [] as number[], longFrames: [] as LongAnimationFrame[], layoutShift: 0, running: true };
      window.__benchScroll = state;
      const tick = (time: number) => {
        state.frames.push(time);
        if (state.running) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      try {
        new PerformanceObserver((list) => {
          type ScriptTiming = {
            invoker?: string;
            sourceURL?: string;
            sourceFunctionName?: string;
            duration: number;
            forcedStyleAndLayoutDuration?: number;
          };
          type Entry = PerformanceEntry & { blockingDuration?: number; renderStart?: number; scripts?: ScriptTiming[] };
          for (const entry of list.getEntries() as Entry[]) {
            state.longFrames.push({
              startTime: entry.startTime,
              duration: entry.duration,
              blockingDuration: entry.blockingDuration ?? 0,
              renderStart: entry.renderStart ?? 0,
              scripts: (entry.scripts ?? []).map((script) => ({
                invoker: script.invoker ?? '',
                source: [script.sourceURL?.split('/').pop(), script.sourceFunctionName].filter(Boolean).join(' '),
                duration: script.duration,
                forcedStyleAndLayoutDuration: script.forcedStyleAndLayoutDuration ?? 0,
              })),
            });
          }
        }).observe({ type: 'long-animation-frame', buffered: false });
      } catch {
        // Browsers without long-animation-frame entries report none.
      }
      // A wheel does not count as input for layout shift: whatever moves in view while scrolling counts.
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) state.layoutShift += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: false });
      return performance.now();
    });
    const before = await metrics(cdp);
    await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'] });

    await cdp.send('Input.synthesizeScrollGesture', {
      x: Math.floor(VIEWPORTS.desktop.options.viewport.width / 2),
      y: Math.floor(VIEWPORTS.desktop.options.viewport.height / 2),
      yDistance: -distance,
      speed,
      gestureSourceType: 'mouse',
      preventFling: true,
    });
    // Smooth scrolling can run on a little after the last wheel event: wait until the page stands still.
    const end = await page.evaluate(async () => {
      let last = -1;
      let still = 0;
      const deadline = performance.now() + 5000;
      while (still < 10 && performance.now() < deadline) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const y = window.scrollY;
        still = y === last ? still + 1 : 0;
        last = y;
      }
      window.__benchScroll!.running = false;
      return performance.now();
    });
    const after = await metrics(cdp);
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
    const mainThread = mainThreadWork(Array.isArray(trace) ? trace : trace.traceEvents);
    // Long-animation-frame entries arrive after their frame ends.
    await page.waitForTimeout(200);
    const recorded = await page.evaluate(() => ({
      frames: window.__benchScroll!.frames,
      longFrames: window.__benchScroll!.longFrames,
      layoutShift: window.__benchScroll!.layoutShift,
      scrollY: window.scrollY,
      end: document.documentElement.scrollHeight - window.innerHeight,
    }));
    const long = recorded.longFrames.filter(
      (frame) => frame.duration > LONG_FRAME_MS && frame.startTime + frame.duration >= start && frame.startTime <= end,
    );
    return {
      ...summariseFrames(recorded.frames, recorded.longFrames, { start, end }),
      attribution: attributeLongFrames(long),
      mainThread,
      layoutShift: recorded.layoutShift,
      distance,
      speed,
      durationMs: end - start,
      reachedEnd: recorded.scrollY >= recorded.end - 2,
      layouts: (after.LayoutCount ?? 0) - (before.LayoutCount ?? 0),
      styleRecalcs: (after.RecalcStyleCount ?? 0) - (before.RecalcStyleCount ?? 0),
      layoutMs: ((after.LayoutDuration ?? 0) - (before.LayoutDuration ?? 0)) * 1000,
      scriptMs: ((after.ScriptDuration ?? 0) - (before.ScriptDuration ?? 0)) * 1000,
    };
  } finally {
    await context.close();
  }
}

async function metrics(cdp: import('@playwright/test').CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((metric) => [metric.name, metric.value]));
}
