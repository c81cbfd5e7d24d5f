import { isWithinReach } from '../lib/art/ahead.ts';

/**
 * Loads milestone pictures a screen ahead of the visitor: lazy pictures within one viewport of the
 * visible area switch to eager loading, so the art is there when the travel brings it into view.
 */

const SELECTOR = 'img[data-art][loading="lazy"]';

/** Switches lazy pictures within `screens` viewports to eager. Returns how many are still waiting. */
export function preloadArtAhead(screens = 1): number {
  const viewport = { width: window.innerWidth, height: window.innerHeight };
  const waiting = document.querySelectorAll<HTMLImageElement>(SELECTOR);
  let left = 0;
  for (const image of waiting) {
    if (isWithinReach(image.getBoundingClientRect(), viewport, screens)) image.loading = 'eager';
    else left++;
  }
  return left;
}

let watching = false;

/**
 * Checks after the page has loaded (so the first screen's pictures go first) and then on every
 * scroll, of the page or of any scroller, at most once a frame. Stops once every picture is asked for.
 */
export function watchArtAhead(): void {
  if (watching || !('loading' in HTMLImageElement.prototype)) return;
  watching = true;
  let queued = false;
  const check = () => {
    queued = false;
    if (preloadArtAhead() === 0) stop();
  };
  const schedule = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(check);
  };
  const stop = () => {
    document.removeEventListener('scroll', schedule, { capture: true });
    window.removeEventListener('resize', schedule);
  };
  document.addEventListener('scroll', schedule, { capture: true, passive: true });
  window.addEventListener('resize', schedule, { passive: true });
  if (document.readyState === 'complete') schedule();
  else window.addEventListener('load', schedule, { once: true });
}
