/**
 * Loads milestone pictures a screen ahead of the travel. Chromium lazy-loads images in a horizontal
 * track only as they are about to enter the viewport, so while the journey travels sideways an
 * IntersectionObserver rooted at its viewport (the box that clips the track) switches the pictures
 * within a screen either side to eager loading: a visitor can travel back, or land in the middle
 * through a link. Reading down the page, the browser's own lazy loading already looks far enough ahead.
 *
 * The observer does the geometry off the main thread's critical path: no layout is read while scrolling.
 */

const SELECTOR = 'img[data-art][loading="lazy"]';
/** A screen and a half either side of the viewport (a screen ahead, whatever the picture's width), and a quarter above and below. */
const REACH = '25% 150%';

let observer: IntersectionObserver | null = null;

/** Observes the pictures still waiting, for the layout the page has now. */
function connect(): void {
  observer?.disconnect();
  observer = null;
  const root = document.querySelector<HTMLElement>('[data-journey-viewport]');
  if (!root || !document.documentElement.classList.contains('travel')) return;
  const waiting = root.querySelectorAll<HTMLImageElement>(SELECTOR);
  if (waiting.length === 0) return;
  observer = new IntersectionObserver(
    (entries, self) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const image = entry.target as HTMLImageElement;
        image.loading = 'eager';
        self.unobserve(image);
      }
    },
    { root, rootMargin: REACH },
  );
  for (const image of waiting) observer.observe(image);
}

let watching = false;

/**
 * Starts after the page has loaded (so the first screen's pictures go first), and starts again when
 * the layout may have switched between travelling sideways and reading down.
 */
export function watchArtAhead(): void {
  if (watching || !('loading' in HTMLImageElement.prototype) || !('IntersectionObserver' in window)) return;
  watching = true;
  let timer = 0;
  const reconnect = () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(connect, 150);
  };
  window.addEventListener('resize', reconnect, { passive: true });
  matchMedia('(prefers-reduced-motion: reduce)').addEventListener('change', reconnect);
  if (document.readyState === 'complete') connect();
  else window.addEventListener('load', connect, { once: true });
}
