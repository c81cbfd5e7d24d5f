/**
 * The tour: where the travel runs, a play button in the journey bar travels the journey at a
 * reading pace, holding at each year where the year index would land (`tour-plan.ts` keeps the
 * schedule). It moves by scrolling the page, frame by frame, through the travel's view; any wheel,
 * touch, key or pointer press of the visitor stops it at once, as does a scroll it did not make
 * itself, and Play goes on from wherever the visitor then is. Its state is spoken through a polite
 * status line, in the words the page gives on the control.
 */
import { HOOKS, STATE, hook } from '../../../layout/contract.ts';
import { announce } from '../../announce.ts';
import { travelToShow } from '../../../layout/geometry.ts';
import { onLayout, VISITOR_INPUT, type JourneyView } from '../view.ts';
import { fill, wordsOf } from '../../words.ts';
import { stepTour, tourFrom, TOUR_WORDS, type TourState } from './tour-plan.ts';

/** Keys that press a focused button: on the tour's own button they toggle it, they do not stop it. */
const PRESS_KEYS = new Set(['Enter', ' ']);
/** How far, in pixels, the page's scroll may be from where the tour left it before the tour counts it as moved by someone else. */
const MOVED_ELSEWHERE = 2;

/** The name of the year the year navigator marks as current, as its heading writes it. */
function currentYear(): string | null {
  const key = document.querySelector(`${hook('yearLink')}[aria-current]`)?.getAttribute(HOOKS.yearLink);
  const section = key ? document.getElementById(key) : null;
  const heading = section?.getAttribute('aria-labelledby');
  return (heading && document.getElementById(heading)?.textContent?.trim()) || null;
}

/** Shows the tour's control and runs it; returns how to stop it and take the control away. */
export function startTour(track: HTMLElement, view: JourneyView): () => void {
  const control = document.querySelector<HTMLElement>(hook('tour'));
  const button = control?.querySelector<HTMLButtonElement>(hook('tourToggle'));
  const status = control?.querySelector<HTMLElement>(hook('tourStatus'));
  if (!control || !button || !status) return () => {};
  const words = wordsOf(control, TOUR_WORDS);
  /** Where the tour stopped, said: at the year in view, when there is one. */
  const pausedHere = () => {
    const year = currentYear();
    return year ? fill(words.tourPausedAt, { year }) : words.tourPaused;
  };

  let stops: number[] | null = null;
  let state: TourState | null = null;
  let frame = 0;
  let last = 0;
  /** The page's scroll where the tour last left it. */
  let scrolledTo = 0;

  /** The travel that shows each year from its start, as the year index lands: measured when first needed after a layout. */
  const stopsNow = () =>
    (stops ??= [...track.querySelectorAll<HTMLElement>(hook('year'))]
      .filter((section) => section.checkVisibility())
      .map((section) => travelToShow(view.spanOf(section), view.extent(), view.length(), 'start'))
      .sort((a, b) => a - b));
  const forgetStops = onLayout(() => {
    stops = null;
  });

  const show = (playing: boolean, announcement: string) => {
    control.classList.toggle(STATE.touring, playing);
    announce(status, announcement);
  };

  const tick = (now: number) => {
    if (!state) return;
    // Moved by something that is no input event (a dragged scrollbar, a find-in-page match, a screen reader's focus): stay there.
    if (Math.abs(window.scrollY - scrolledTo) > MOVED_ELSEWHERE) {
      stop(pausedHere());
      return;
    }
    const step = stepTour(state, last ? now - last : 0, stopsNow(), view.length());
    last = now;
    if (step.position !== state.position) view.goTo(step.position);
    scrolledTo = window.scrollY;
    state = step;
    if (step.finished) stop(words.tourFinished);
    else frame = requestAnimationFrame(tick);
  };

  const play = () => {
    // At the end, Play tours again from the start; anywhere else it goes on from where the visitor is.
    if (view.position() >= view.length() - 1) view.goTo(0);
    state = tourFrom(view.position(), stopsNow());
    scrolledTo = window.scrollY;
    last = 0;
    show(true, words.tourPlaying);
    frame = requestAnimationFrame(tick);
  };

  function stop(announcement: string) {
    if (!state) return;
    cancelAnimationFrame(frame);
    state = null;
    show(false, announcement);
  }

  const onInput = (event: Event) => {
    if (!state) return;
    // The button's own press arrives as a click (after its pointerdown, or Enter and Space), which toggles.
    const onButton = event.target instanceof Node && button.contains(event.target);
    const press = event instanceof KeyboardEvent ? PRESS_KEYS.has(event.key) : event.type !== 'wheel';
    if (onButton && press) return;
    stop(pausedHere());
  };

  const listening = new AbortController();
  for (const type of VISITOR_INPUT) window.addEventListener(type, onInput, { capture: true, passive: true, signal: listening.signal });
  button.addEventListener('click', () => (state ? stop(pausedHere()) : play()), { signal: listening.signal });
  control.hidden = false;

  return () => {
    cancelAnimationFrame(frame);
    state = null;
    listening.abort();
    forgetStops();
    show(false, '');
    control.hidden = true;
  };
}
