/**
 * The year navigator follows the journey: it marks the current year, fills its progress line,
 * writes the current year into the address bar (`history.replaceState`, so no history entries pile
 * up), and saves the exact position in the history entry for reload and back/forward.
 */
import { HOOKS, hook } from '../../layout/contract.ts';
import { indexAt, progress } from '../../layout/geometry.ts';
import { getView, onLayout, onMove, type JourneyView } from './view.ts';
import { fragmentTarget, isLanding, type SavedPosition } from './deep-links.ts';

/** Where along the viewport a year counts as current: its first quarter when travelling, its upper third when reading down. */
const PROBE = { travel: 0.25, native: 0.33 } as const;
/** Saving the position waits for scrolling to pause. */
const SAVE_DELAY = 250;

export function startYearNavigator(nav: HTMLElement, track: HTMLElement): void {
  const sections = [...track.querySelectorAll<HTMLElement>(hook('year'))];
  const links = new Map<string, HTMLAnchorElement>();
  for (const link of nav.querySelectorAll<HTMLAnchorElement>(hook('yearLink'))) links.set(link.getAttribute(HOOKS.yearLink)!, link);
  const list = nav.querySelector<HTMLElement>('ol');
  const fill = nav.querySelector<HTMLElement>(hook('progress'));

  let visible: HTMLElement[] = [];
  let starts: number[] = [];
  let current: string | null = null;
  let saveTimer = 0;

  const measure = (view: JourneyView) => {
    visible = sections.filter((section) => section.checkVisibility());
    starts = visible.map((section) => view.spanOf(section).start);
  };

  const mark = (key: string | null) => {
    if (current) links.get(current)?.removeAttribute('aria-current');
    current = key;
    const link = key ? links.get(key) : undefined;
    if (!link) return;
    link.setAttribute('aria-current', 'location');
    // Keep the current year visible inside the index without scrolling the page.
    if (list && list.scrollWidth > list.clientWidth) {
      const left = link.offsetLeft - (list.clientWidth - link.offsetWidth) / 2;
      list.scrollTo({ left, behavior: 'instant' });
    }
  };

  /** The address names the current year, unless it names something inside it, or something that starts on screen. */
  const follow = (view: JourneyView, key: string | null) => {
    // A link still landing (its year on its way from its fragment) keeps the address it came with.
    if (isLanding()) return;
    const target = fragmentTarget();
    const section = key ? document.getElementById(key) : null;
    if (section ? target && section.contains(target) : !location.hash) return;
    if (target && target.checkVisibility()) {
      const start = view.spanOf(target).start;
      const position = view.position();
      if (start >= position - 1 && start < position + view.extent()) return;
    }
    const hash = key ? `#${key}` : '';
    history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
  };

  const save = (view: JourneyView) => {
    window.clearTimeout(saveTimer);
    saveTimer = window.setTimeout(() => {
      const journey: SavedPosition = { mode: view.mode, position: view.position() };
      history.replaceState({ ...(history.state as object | null), journey }, '');
    }, SAVE_DELAY);
  };

  const update = (view: JourneyView) => {
    const position = view.position();
    // On the line itself, not as a property the whole index inherits: a frame restyles one element.
    if (fill) fill.style.transform = `scaleX(${progress(position, view.length())})`;
    const probe = position + view.extent() * PROBE[view.mode];
    const index = indexAt(starts, probe);
    const key = starts.length > 0 && probe >= starts[0]! ? visible[index]!.id : null;
    if (key !== current) {
      mark(key);
      follow(view, key);
    }
    save(view);
  };

  onLayout(measure);
  onMove(update);
  measure(getView());
  update(getView());
}
