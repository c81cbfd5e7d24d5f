/**
 * Which pictures to fetch ahead of the travel. Chromium lazy-loads images in a horizontal track only
 * as they are about to enter the viewport, so the journey asks for them a screen early, both ways:
 * a visitor can travel back, or land in the middle through a link.
 */

export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
  width: number;
  height: number;
}

export interface Viewport {
  width: number;
  height: number;
}

/** Whether a picture's box lies within `screens` viewports of the visible area, in any direction. */
export function isWithinReach(box: Box, viewport: Viewport, screens = 1): boolean {
  // A box with no size is not rendered (a hidden lane): it needs no picture.
  if (box.width === 0 && box.height === 0) return false;
  const marginX = viewport.width * screens;
  const marginY = viewport.height * screens;
  return box.right >= -marginX && box.left <= viewport.width + marginX && box.bottom >= -marginY && box.top <= viewport.height + marginY;
}
