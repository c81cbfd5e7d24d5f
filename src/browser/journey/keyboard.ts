/**
 * Keys along the horizontal journey: arrows, Page Up/Down, Space and Home/End move along the track.
 * In the vertical layout the browser's own keys already do that; End is followed until the reader
 * is at the end (`stay-at-end.ts`). In both, Tab brings the whole focused milestone into view, not
 * just its link.
 */
import { hook } from '../../layout/contract.ts';
import { isInView, travelToShow } from '../../layout/geometry.ts';
import { stayAtEndAfter } from './stay-at-end.ts';
import { getView } from './view.ts';

/** One arrow press moves this far, in CSS pixels. */
const ARROW_STEP = 160;
/** A page is this much of the viewport, so a little of the last page stays in sight. */
const PAGE_FRACTION = 0.85;
/** Room kept between a focused milestone and the viewport's edge. */
const FOCUS_INSET = 48;

/** Keys inside controls (the track filter's radios, a text field) keep their own meaning. */
function ownsKeys(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return Boolean(target.closest(`input, select, textarea, button, [contenteditable], ${hook('bar')}`));
}

export function startKeyboard(track: HTMLElement): void {
  window.addEventListener('keydown', (event) => {
    const view = getView();
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    if (view.mode !== 'travel') {
      if (event.key === 'End' && !event.shiftKey) stayAtEndAfter(event);
      return;
    }
    if (ownsKeys(event.target)) return;
    const page = view.extent() * PAGE_FRACTION;
    const moves: Record<string, number> = {
      ArrowRight: ARROW_STEP,
      ArrowLeft: -ARROW_STEP,
      PageDown: page,
      PageUp: -page,
      ' ': event.shiftKey ? -page : page,
    };
    let target: number | null = null;
    if (event.key in moves) target = view.position() + moves[event.key]!;
    else if (event.key === 'Home') target = 0;
    else if (event.key === 'End') target = view.length();
    if (target === null) return;
    event.preventDefault();
    view.goTo(target, true);
  });

  // Before the browser scrolls the focused link into view, show its whole milestone.
  track.addEventListener('focusin', (event) => {
    const view = getView();
    if (!(event.target instanceof HTMLElement)) return;
    const focused = event.target.closest<HTMLElement>(hook('milestone')) ?? event.target;
    const span = view.spanOf(focused);
    if (isInView(span, view.position(), view.extent(), FOCUS_INSET)) return;
    view.goTo(travelToShow(span, view.extent(), view.length(), 'nearest', view.position(), FOCUS_INSET));
  });
}
