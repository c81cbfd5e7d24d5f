/**
 * The journey as the other scripts see it, whichever way it is laid out: a position along one axis
 * (the pinned track's travel, or the page's vertical scroll), the span of any element on that axis,
 * and a way to move. The travel script swaps in the horizontal view while it is active.
 */
import { hook } from '../../layout/contract.ts';
import type { Span } from '../../layout/geometry.ts';

export interface JourneyView {
  readonly mode: 'travel' | 'native';
  /** Where the visitor is along the journey, in CSS pixels. */
  position(): number;
  /** The furthest position. */
  length(): number;
  /** How much of the axis the viewport shows. */
  extent(): number;
  /** Where an element starts along the axis, and its size. */
  spanOf(element: Element): Span;
  /** Moves to a position; `smooth` animates where motion is welcome. */
  goTo(position: number, smooth?: boolean): void;
  /** Re-measures after the layout changed (a track filter, a resize). */
  refresh(): void;
  /**
   * Measures again after content arrived into room kept for it (a year from its fragment): as
   * `refresh`, but a journey that keeps its length keeps moving as it was (a smooth scroll, the tour).
   */
  arrived(): void;
}

/** What the visitor does to move or act on the page; a scroll is not among them, since scripts scroll too. */
export const VISITOR_INPUT = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

type MoveListener = (view: JourneyView) => void;

const moveListeners = new Set<MoveListener>();
const layoutListeners = new Set<MoveListener>();

/** The sticky year navigator covers the top of the page in the vertical layout, down to its bottom edge. */
function stickyInset(): number {
  const bar = document.querySelector(hook('navigator'));
  return bar ? Math.max(0, bar.getBoundingClientRect().bottom) : 0;
}

const nativeView: JourneyView = {
  mode: 'native',
  position: () => window.scrollY + stickyInset(),
  length: () => document.documentElement.scrollHeight - window.innerHeight + stickyInset(),
  extent: () => window.innerHeight - stickyInset(),
  spanOf(element) {
    const box = element.getBoundingClientRect();
    return { start: box.top + window.scrollY, size: box.height };
  },
  goTo(position, smooth = false) {
    window.scrollTo({ top: position - stickyInset(), behavior: smooth ? 'smooth' : 'instant' });
  },
  refresh() {
    notifyLayout();
  },
  arrived() {
    notifyLayout();
  },
};

let current: JourneyView = nativeView;

export function getView(): JourneyView {
  return current;
}

/** Makes `view` the journey's view (or the native one again with `null`) and tells every listener. */
export function setView(view: JourneyView | null): void {
  current = view ?? nativeView;
  notifyLayout();
}

/** Called whenever the position changes. */
export function onMove(listener: MoveListener): void {
  moveListeners.add(listener);
}

/** Called when the layout changed and cached spans must be measured again; returns how to stop listening. */
export function onLayout(listener: MoveListener): () => void {
  layoutListeners.add(listener);
  return () => layoutListeners.delete(listener);
}

export function notifyMove(): void {
  for (const listener of moveListeners) listener(current);
}

export function notifyLayout(): void {
  for (const listener of layoutListeners) listener(current);
  notifyMove();
}

/** The native view follows the page's scroll, once per frame. */
let frame = 0;
window.addEventListener(
  'scroll',
  () => {
    if (current !== nativeView || frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      notifyMove();
    });
  },
  { passive: true },
);
window.addEventListener('resize', () => {
  if (current === nativeView) notifyLayout();
});
