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

/**
 * The journey with generated milestones, by count: Lighthouse mobile total blocking time, largest
 * contentful paint as a multiple of the plain page's with the same milestones, and the cold build.
 */
export const SCALE_TARGETS: ReadonlyArray<{ size: number; tbtMs?: number; lcpRatio?: number; buildMs?: number }> = [
  { size: 1000, tbtMs: 300, lcpRatio: 1.5, buildMs: 60_000 },
  { size: 4000, tbtMs: 600 },
  { size: 10_000, buildMs: 5 * 60_000 },
];

/**
 * The commit the cold builds are compared with by default (`--build-baseline`): the last one
 * before share cards were drawn over a scenery drawn once per build.
 */
export const BUILD_BASELINE = '5b29f03';
