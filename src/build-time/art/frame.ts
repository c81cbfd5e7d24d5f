import { ART_ASPECT, ART_OVERSCAN, ART_SIZE } from '../../layout/dimensions.ts';

/**
 * The frame every milestone picture is encoded in, at the layout's aspect ratio (16:10). Cards draw
 * art 200 to 480 CSS px wide (`ART_SIZE`), so 320w serves 1x screens and 640w serves 2x screens:
 * the browser picks the smallest width covering the drawn size, and none is ever more than twice it.
 */
export const ART_FRAME = {
  width: 640,
  height: Math.round((640 * ART_ASPECT.height) / ART_ASPECT.width),
} as const;

/** Encoded widths, smallest first. The largest equals the frame. */
export const ART_WIDTHS = [320, 640] as const;

/** The smallest size any layout draws art at: the densest the 320w image can ever be. */
export const ART_MIN_DRAWN_WIDTH = Math.min(...Object.values(ART_SIZE).map((size) => size.width));

export function heightForWidth(width: number): number {
  return Math.round((width * ART_FRAME.height) / ART_FRAME.width);
}

/**
 * Where a motif must stay to be seen whole. The journey draws art `ART_OVERSCAN` times larger than
 * its card and lets it drift sideways within that slack, so only this middle part is always visible.
 */
export const ART_SAFE_AREA = {
  left: Math.ceil(ART_FRAME.width * (1 - 1 / ART_OVERSCAN)),
  right: Math.floor(ART_FRAME.width / ART_OVERSCAN),
  top: Math.ceil((ART_FRAME.height * (1 - 1 / ART_OVERSCAN)) / 2),
  bottom: Math.floor(ART_FRAME.height - (ART_FRAME.height * (1 - 1 / ART_OVERSCAN)) / 2),
} as const;
