/**
 * End, reading down the page, is the browser's own key: it scrolls to the end of the page as the
 * page stands at that moment. The page can still change height after that, and during the scroll:
 * the cards held unrendered (`readingHoldRules` in `src/layout/css.ts`) are drawn at their real
 * heights as the scroll passes them, pictures and fonts arrive. Chromium and Firefox keep what is in
 * view in place as the content above it grows (scroll anchoring), so they stay at the closing
 * screen; WebKit does not, and it also ends its animated End scroll where the end was when the
 * scroll began. The reader is then left short of the end, among the last years, with the address
 * naming one of them.
 *
 * So after an End press, once the browser's own scroll has come to rest, the reader is brought the
 * rest of the way, and kept at the end while the page grows, until the visitor moves (any wheel,
 * touch, key or pointer press, or a scroll away from the end).
 */
import { getView, VISITOR_INPUT } from './view.ts';

/** Without a `scrollend` event, the browser's scroll counts as at rest after this many frames without moving. */
const REST_FRAMES = 5;

/** Keys inside these move the caret or the choice, not the page. */
const EDITABLE = 'input, select, textarea, [contenteditable]:not([contenteditable="false"])';

/** Chromium and Firefox say when a scroll has come to rest; WebKit does not yet. */
const supportsScrollEnd = 'onscrollend' in window;

const scrollEnd = (): number => {
  const page = document.scrollingElement ?? document.documentElement;
  return page.scrollHeight - window.innerHeight;
};
const atEnd = (): boolean => scrollEnd() - window.scrollY <= 1;

let current: AbortController | null = null;

/**
 * Called for an End press the page leaves to the browser (the reading layout): follows the
 * browser's scroll to the end and keeps the reader there.
 */
export function stayAtEndAfter(press: KeyboardEvent): void {
  if (press.target instanceof Element && press.target.closest(EDITABLE)) return;
  current?.abort();
  const watch = new AbortController();
  current = watch;
  const { signal } = watch;
  const stop = () => watch.abort();
  // Added while the press itself is being dispatched, so only later input stops it.
  for (const type of VISITOR_INPUT) window.addEventListener(type, stop, { passive: true, capture: true, signal });

  /**
   * waiting: the browser has not moved yet (its scroll may start a few frames after the press);
   * moving: its scroll is under way; holding: it came to rest, and the reader is kept at the end.
   */
  let phase: 'waiting' | 'moving' | 'holding' = atEnd() ? 'holding' : 'waiting';
  let last = window.scrollY;
  let still = 0;
  let frame = 0;

  const toEnd = () => {
    window.scrollTo({ top: scrollEnd(), behavior: 'instant' });
    last = window.scrollY;
  };

  const rest = () => {
    phase = 'holding';
    if (!atEnd()) toEnd();
    last = window.scrollY;
  };

  const check = () => {
    frame = 0;
    if (signal.aborted) return;
    // Another script took the key, or the layout changed to the sideways travel, which has its own End.
    if (press.defaultPrevented || getView().mode !== 'native') return stop();
    const y = window.scrollY;
    const moved = Math.abs(y - last) >= 1;
    if (phase === 'waiting') {
      if (y > last) {
        phase = 'moving';
        // Without `scrollend`, count the frames from here on to see it come to rest.
        if (!supportsScrollEnd) schedule();
      }
      last = y;
    } else if (phase === 'moving') {
      if (!supportsScrollEnd) {
        still = moved ? 0 : still + 1;
        if (still >= REST_FRAMES) rest();
        else schedule();
      }
      if (moved) last = y;
    } else if (!atEnd()) {
      // Holding: the page grew under a reader who has not moved, or the reader moved away.
      if (moved) stop();
      else toEnd();
    } else {
      last = y;
    }
  };
  const schedule = () => {
    if (!frame && !signal.aborted) frame = requestAnimationFrame(check);
  };

  if (supportsScrollEnd) {
    window.addEventListener(
      'scrollend',
      () => {
        if (phase === 'moving' || (phase === 'waiting' && window.scrollY > last)) rest();
      },
      { signal },
    );
  }
  window.addEventListener('scroll', schedule, { passive: true, signal });
  window.addEventListener('resize', schedule, { signal });
  const growth = new ResizeObserver(schedule);
  growth.observe(document.documentElement);
  signal.addEventListener('abort', () => {
    growth.disconnect();
    cancelAnimationFrame(frame);
    if (current === watch) current = null;
  });
  schedule();
}
