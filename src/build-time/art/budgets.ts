import { ART_SIZE } from '../../layout/dimensions.ts';
import { ART_WIDTHS } from './frame.ts';

/**
 * The art's budgets, asserted by the tests (tests/unit/art-*.test.ts, tests/e2e/art.spec.ts):
 * - the images the first screen needs at 1440×900 weigh at most 200 kB;
 * - no delivered image has more than twice the pixels (per side) it is drawn at;
 * - every delivered image has width and height; every milestone with art has an AVIF source.
 */
export const ART_BUDGETS = {
  firstScreenViewport: { width: 1440, height: 900 },
  firstScreenImageBytes: 200_000,
  maxOversize: 2,
} as const;

/** The width a browser takes from a `srcset`: the narrowest covering the need, or the widest there is. */
export function pickWidth(widths: readonly number[], neededPixels: number): number {
  const sorted = [...widths].sort((a, b) => a - b);
  return sorted.find((width) => width >= neededPixels) ?? sorted[sorted.length - 1]!;
}

/** Every drawn art size at 1x, 2x and 3x screens, with the encoded width a browser would deliver. */
export function deliveryCases(): Array<{ layout: string; density: number; drawn: number; delivered: number }> {
  return Object.entries(ART_SIZE).flatMap(([layout, size]) =>
    [1, 2, 3].map((density) => ({ layout, density, drawn: size.width, delivered: pickWidth(ART_WIDTHS, size.width * density) })),
  );
}
