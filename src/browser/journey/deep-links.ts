/**
 * Links into the journey (`/#2021`, `/#<milestone>`): on load, on following a link on the page, and
 * on back/forward, the target lands in view in either layout. Positions saved in the history entry
 * (by the year navigator) win over the fragment, so reload and back/forward return to the exact place.
 */
import { HOOKS } from '../../layout/contract.ts';
import { travelToShow } from '../../layout/geometry.ts';
import { getView, VISITOR_INPUT, type JourneyView } from './view.ts';
import { followAllTracks } from './track-filter.ts';
import { arrive, heldYearOf } from './year-fragments.ts';

export interface SavedPosition {
  mode: JourneyView['mode'];
  position: number;
}

/** The position saved in the current history entry, if it was saved in the same layout. */
export function savedPosition(view: JourneyView): number | null {
  const saved = (history.state as { journey?: SavedPosition } | null)?.journey;
  return saved && saved.mode === view.mode && Number.isFinite(saved.position) ? saved.position : null;
}

/** The element a fragment names, if it is part of the journey. */
export function fragmentTarget(hash = location.hash): HTMLElement | null {
  if (hash.length < 2) return null;
  let id: string;
  try {
    id = decodeURIComponent(hash.slice(1));
  } catch {
    return null;
  }
  const element = document.getElementById(id);
  return element?.closest('main') ? element : null;
}

/** Brings a journey element into view: milestones centred, years and panels from their start. */
export function reveal(element: HTMLElement): void {
  if (!element.checkVisibility()) followAllTracks();
  const view = getView();
  if (view.mode === 'native') {
    renderHeldAncestors(element);
    element.scrollIntoView({ block: 'start', behavior: 'instant' });
    keepInPlace(element);
    return;
  }
  const align = element.hasAttribute(HOOKS.milestone) ? 'center' : 'start';
  view.goTo(travelToShow(view.spanOf(element), view.extent(), view.length(), align, view.position()));
}

/**
 * The reading layout leaves cards and years far from view unrendered (`readingHoldRules` in
 * `src/layout/css.ts`). An element inside one has no box until it is rendered, and WebKit then
 * scrolls nowhere: render the target's held ancestors for good before scrolling to it.
 */
function renderHeldAncestors(element: HTMLElement): void {
  for (let node = element.parentElement; node; node = node.parentElement) {
    if (getComputedStyle(node).getPropertyValue('content-visibility') === 'auto') node.style.setProperty('content-visibility', 'visible');
  }
}

/** How many frames the target must stay put, and the most frames it is watched, after a jump. */
const STILL_FRAMES = 10;
const MOST_FRAMES = 120;

/**
 * After the jump, the held cards now near the view are rendered at their real heights, which differ
 * a little from the estimates they held: Chromium and Firefox keep the target in place (scroll
 * anchoring), WebKit does not. Keep the target where the jump put it until it stays put, or the
 * visitor moves.
 */
function keepInPlace(element: HTMLElement): void {
  const at = element.getBoundingClientRect().top;
  const watch = new AbortController();
  for (const type of VISITOR_INPUT) window.addEventListener(type, () => watch.abort(), { passive: true, signal: watch.signal });
  let frames = 0;
  let still = 0;
  const check = () => {
    if (watch.signal.aborted) return;
    const drift = element.getBoundingClientRect().top - at;
    if (Math.abs(drift) >= 1) {
      window.scrollBy({ top: drift, behavior: 'instant' });
      still = 0;
    } else {
      still++;
    }
    if (still < STILL_FRAMES && ++frames < MOST_FRAMES) requestAnimationFrame(check);
    else watch.abort();
  };
  requestAnimationFrame(check);
}

/** How many links are waiting for the year they lead into to arrive. */
let landing = 0;

/** Whether a link is still landing: its year is on its way, and the address must keep naming it. */
export function isLanding(): boolean {
  return landing > 0;
}

/** The element the address names, once the year it is in has arrived (its place in a held year, if it cannot). */
export async function arrivedTarget(): Promise<HTMLElement | null> {
  const target = fragmentTarget();
  const held = target && heldYearOf(target);
  if (!held) return target;
  landing++;
  try {
    await arrive(held);
  } finally {
    landing--;
  }
  return fragmentTarget();
}

async function land(): Promise<void> {
  const view = getView();
  const saved = savedPosition(view);
  if (saved !== null) {
    view.goTo(saved);
    return;
  }
  const target = await arrivedTarget();
  // The visitor may have gone elsewhere while the year arrived: land only where the address still points.
  if (target && target === fragmentTarget()) reveal(target);
}

/**
 * Back and forward: land now, and once more after the browser's own scroll to the entry's fragment
 * (which may come after this event), so a saved position wins over it.
 */
function landAgain(): void {
  void land();
  requestAnimationFrame(() => {
    if (savedPosition(getView()) !== null) void land();
  });
}

export function startDeepLinks(): void {
  history.scrollRestoration = 'manual';
  void land();
  window.addEventListener('hashchange', landAgain);
  window.addEventListener('popstate', landAgain);
}
