/**
 * Links into the journey (`/#2021`, `/#<milestone>`): on load, on following a link on the page, and
 * on back/forward, the target lands in view in either layout. Positions saved in the history entry
 * (by the year navigator) win over the fragment, so reload and back/forward return to the exact place.
 */
import { HOOKS } from '../../layout/contract.ts';
import { travelToShow } from '../../layout/geometry.ts';
import { getView, type JourneyView } from './view.ts';
import { followAllTracks } from './track-filter.ts';

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
    element.scrollIntoView({ block: 'start', behavior: 'instant' });
    return;
  }
  const align = element.hasAttribute(HOOKS.milestone) ? 'center' : 'start';
  view.goTo(travelToShow(view.spanOf(element), view.extent(), view.length(), align, view.position()));
}

function land(): void {
  const view = getView();
  const saved = savedPosition(view);
  if (saved !== null) {
    view.goTo(saved);
    return;
  }
  const target = fragmentTarget();
  if (target) reveal(target);
}

/**
 * Back and forward: land now, and once more after the browser's own scroll to the entry's fragment
 * (which may come after this event), so a saved position wins over it.
 */
function landAgain(): void {
  land();
  requestAnimationFrame(() => {
    if (savedPosition(getView()) !== null) land();
  });
}

export function startDeepLinks(): void {
  history.scrollRestoration = 'manual';
  land();
  window.addEventListener('hashchange', landAgain);
  window.addEventListener('popstate', landAgain);
}
