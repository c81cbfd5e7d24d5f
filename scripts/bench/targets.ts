/**
 * What the benchmark holds its figures to, written once: the report's quality bars read them from
 * here. Times are judged only here, in the report, never in tests.
 */

/** The journey's Lighthouse mobile performance may trail the plain page's by this much. */
export const PERFORMANCE_GAP = 0.03;

/** A cold build, content check included, takes at most this long. */
export const COLD_BUILD_MS = 3 * 60_000;

/** The content check takes at most this long. */
export const CONTENT_CHECK_MS = 5000;

/** Cold builds of the journey with generated milestones, by count: the longest each may take. */
export const SCALE_TARGETS: ReadonlyArray<{ size: number; buildMs: number }> = [
  { size: 1000, buildMs: 60_000 },
  { size: 10_000, buildMs: 5 * 60_000 },
];

/**
 * A journey of any length opens like the project's own: each generated size's journey page against
 * the project's journey, measured alternately in one run (Lighthouse mobile, medians). Each figure
 * may be at most this multiple of the project's journey's.
 */
export const AT_SCALE = {
  tbt: 1.2,
  lcp: 1.1,
  /** The first document's bytes, gzip. */
  htmlGzip: 1.2,
} as const;

/** The project's journey against the plain-HTML page and against the commit it is compared with (`--page-baseline`). */
export const JOURNEY_VS = {
  /** Largest contentful paint, at most this multiple of the plain page's. */
  plainLcp: 1.2,
  /** Total blocking time, at most this multiple of the baseline commit's: no worse. */
  previousTbt: 1,
} as const;

/** Cumulative layout shift on every journey page measured, on load and while scrolling. */
export const MAX_LAYOUT_SHIFT = 0;

/**
 * Scrolling the generated journey of this many milestones end to end costs at most this multiple of
 * the project's journey, per 1,000 px of travel, at the same speed: no worse.
 */
export const SCROLL_AT_SCALE = { milestones: 1000, ratio: 1 } as const;

/**
 * The commit the cold builds are compared with by default (`--build-baseline`): the last one
 * before share cards were drawn over a scenery drawn once per build.
 */
export const BUILD_BASELINE = '5b29f03';

/**
 * The commit whose journey page is measured beside this checkout's by default (`--page-baseline`):
 * the last one whose journey page held every milestone.
 */
export const PAGE_BASELINE = 'cfb9604';
