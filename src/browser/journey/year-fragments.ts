/**
 * The years the journey page's first document holds back (`src/build-time/journey/first-document.ts`)
 * arrive from their fragments: as the visitor nears one (a screen and a half ahead or behind, in
 * either layout, measured once per layout and looked up on a move, as the pictures ahead are), and
 * at once when something needs it now (a link to it or into it, the year index, a search result,
 * focus reaching it). A held year already has its heading and the room its
 * cards take, so its cards arrive into their places and nothing in view moves. A fragment that cannot
 * arrive (offline, or gone after a new deploy) leaves the year as it was: its link to the year's own
 * page, which shows every card.
 */
import { HOOKS, hook } from '../../layout/contract.ts';
import { wireEmbedThisYear } from '../embed/embed-this-year.ts';
import { getView, onLayout, onMove, type JourneyView } from './view.ts';

/** How far ahead of and behind the viewport a held year starts arriving, in viewport sizes. */
const REACH = 1.5;

/** Each held year's arrival, once asked for: whether it arrived. */
const arrivals = new Map<HTMLElement, Promise<boolean>>();
/** When the journey will have measured its layout with the years just arrived. */
let measured: Promise<void> | null = null;

/** The held year an element is in, or is: null once it has arrived (or was never held). */
export function heldYearOf(element: Element): HTMLElement | null {
  return element.closest<HTMLElement>(hook('held'));
}

/** Brings a held year's cards (nothing for one that has arrived); resolves with whether it is complete. */
export function arrive(section: HTMLElement): Promise<boolean> {
  const address = section.getAttribute(HOOKS.held);
  if (address === null) return Promise.resolve(true);
  let arrival = arrivals.get(section);
  if (!arrival) {
    arrival = fetchYear(section, address);
    arrivals.set(section, arrival);
  }
  return arrival;
}

async function fetchYear(section: HTMLElement, address: string): Promise<boolean> {
  // Screen readers wait for the year to be whole before they read it.
  section.setAttribute('aria-busy', 'true');
  try {
    return await fetchAndFill(section, address);
  } finally {
    section.removeAttribute('aria-busy');
  }
}

async function fetchAndFill(section: HTMLElement, address: string): Promise<boolean> {
  let incoming: Element | null;
  try {
    const response = await fetch(address);
    if (!response.ok) return false;
    // A template's content is inert: nothing in it loads or runs until it is placed.
    const template = document.createElement('template');
    template.innerHTML = await response.text();
    // The page already runs every script a year needs.
    for (const script of template.content.querySelectorAll('script')) script.remove();
    incoming = template.content.getElementById(section.id);
  } catch {
    return false;
  }
  if (!incoming) return false;
  fill(section, incoming);
  await measureAfter();
  return true;
}

/** Where the focus is inside a year, so it can be found again in what replaces it. */
function focusInside(section: HTMLElement): (() => void) | null {
  const focused = document.activeElement;
  if (!(focused instanceof HTMLElement) || !section.contains(focused)) return null;
  const id = focused.id;
  const href = focused.getAttribute('href');
  return () => {
    const again =
      (id && section.querySelector<HTMLElement>(`#${CSS.escape(id)}`)) ||
      (href && [...section.querySelectorAll<HTMLElement>('a[href]')].find((link) => link.getAttribute('href') === href)) ||
      section.querySelector<HTMLElement>(`${hook('arrives', 'lanes')} a[href]`);
    again?.focus({ preventScroll: true });
  };
}

/**
 * What keeps its place on screen through a change: the first card or year (or the closing screen)
 * in view or after it, outside `changing`, as the browser's own scroll anchoring would choose.
 * Looked for in the year the view is in and the next, so the search stays short at any length.
 */
function anchorInView(view: JourneyView, changing?: HTMLElement): HTMLElement | undefined {
  const position = view.position();
  const years = [...document.querySelectorAll<HTMLElement>(hook('year'))].filter((year) => year.checkVisibility());
  const at = Math.max(0, years.findLastIndex((year) => view.spanOf(year).start <= position));
  const near = years.slice(at, at + 2);
  // The closing screen after the last year, for a view past every year.
  const ending = document.querySelector(hook('track'))?.lastElementChild;
  const cards = near.flatMap((year) => [...year.querySelectorAll<HTMLElement>(hook('milestone'))]);
  const candidates = [...near, ...cards, ...(ending instanceof HTMLElement ? [ending] : [])]
    .filter((element) => !changing?.contains(element) && element.checkVisibility())
    .map((element) => ({ element, ...view.spanOf(element) }))
    .filter(({ start, size }) => start + size > position)
    .sort((a, b) => a.start - b.start);
  return candidates[0]?.element;
}

/**
 * Keeps what is in view where it was when a year that starts before the view changes size as it
 * arrives (read down the page, its cards' real heights differ from their estimates; travelling, a
 * card is widened to fit a short screen): the card or year that starts first in view stays where
 * it was on screen. A year that starts in view keeps its start, and grows into the room after it.
 */
function keepInView(change: () => void, changing?: HTMLElement): void {
  const view = getView();
  const reference = anchorInView(view, changing);
  const offset = reference ? view.spanOf(reference).start - view.position() : 0;
  change();
  if (!reference) return;
  const now = getView();
  const moved = now.spanOf(reference).start - now.position() - offset;
  if (Math.abs(moved) >= 1) now.goTo(now.position() + moved);
}

/** Puts the fragment's parts in place of the held year's. */
function fill(section: HTMLElement, incoming: Element): void {
  // The browser's own scroll anchoring would move the view for the same change: this frame, only ours does.
  document.documentElement.style.overflowAnchor = 'none';
  keepInView(() => swap(section, incoming), section);
}

function swap(section: HTMLElement, incoming: Element): void {
  const refocus = focusInside(section);
  for (const part of section.querySelectorAll<HTMLElement>(hook('arrives'))) {
    const name = part.getAttribute(HOOKS.arrives)!;
    const replacement = incoming.querySelector(hook('arrives', name));
    if (replacement) part.replaceWith(replacement);
    else part.remove();
  }
  section.removeAttribute(HOOKS.held);
  wireEmbedThisYear(section);
  refocus?.();
}

/** Resolves once the journey has measured its layout with the years that arrived in this frame. */
function measureAfter(): Promise<void> {
  measured ??= new Promise((resolve) => {
    requestAnimationFrame(() => {
      measured = null;
      document.documentElement.style.removeProperty('overflow-anchor');
      // Whatever the measuring does, a link waiting for the year lands.
      try {
        keepInView(() => getView().arrived());
      } finally {
        resolve();
      }
    });
  });
  return measured;
}

export function startYearFragments(track: HTMLElement): void {
  /** The held years not yet asked for, where the journey lays them out. */
  let waiting: { section: HTMLElement; start: number; size: number }[] = [];

  const measure = (view: JourneyView) => {
    waiting = [...track.querySelectorAll<HTMLElement>(hook('held'))]
      // A year the track filter hides takes no room: it is measured again when it comes back.
      .filter((section) => !arrivals.has(section) && section.checkVisibility())
      .map((section) => ({ section, ...view.spanOf(section) }));
  };

  const update = (view: JourneyView) => {
    if (waiting.length === 0) return;
    const reach = view.extent() * REACH;
    const from = view.position() - reach;
    const to = view.position() + view.extent() + reach;
    const near = waiting.filter(({ start, size }) => start < to && start + size > from);
    if (near.length === 0) return;
    waiting = waiting.filter((entry) => !near.includes(entry));
    for (const { section } of near) void arrive(section);
  };

  onLayout(measure);
  onMove(update);
  measure(getView());
  update(getView());
  // Focus reaching a held year (Tab, a screen reader): it arrives now, and the focus moves into its cards.
  track.addEventListener('focusin', (event) => {
    const section = event.target instanceof Element ? heldYearOf(event.target) : null;
    if (section) void arrive(section);
  });
}
