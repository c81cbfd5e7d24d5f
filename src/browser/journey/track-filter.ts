/**
 * The track filter's script: the radio buttons already filter the page through CSS; this keeps the
 * choice in the URL (`?track=…`, replaced, never pushed), restores it from the URL, and keeps the
 * visitor's year in view as the layout closes up.
 */
import { ALL_TRACKS, TRACK_PARAM, parseTrackFilter, searchWithTrack, type TrackFilter } from '../../model/track-filter.ts';
import { hook } from '../../layout/contract.ts';
import { travelToShow } from '../../layout/geometry.ts';
import { getView } from './view.ts';

const root = document.documentElement;

function radios(): HTMLInputElement[] {
  return [...document.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${TRACK_PARAM}"]`)];
}

function show(filter: TrackFilter): void {
  for (const radio of radios()) radio.checked = radio.value === filter;
  if (filter === ALL_TRACKS) delete root.dataset.track;
  else root.dataset.track = filter;
}

/** The year section the visitor is looking at, before the layout changes. */
function currentYear(): HTMLElement | null {
  const view = getView();
  const probe = view.position() + view.extent() / 2;
  let found: HTMLElement | null = null;
  for (const section of document.querySelectorAll<HTMLElement>(hook('year'))) {
    if (!section.checkVisibility()) continue;
    const span = view.spanOf(section);
    if (span.start <= probe) found = section;
  }
  return found;
}

/** The first year at or after `year` that the filter leaves visible. */
function nearestVisible(year: HTMLElement): HTMLElement | null {
  let candidate: Element | null = year;
  while (candidate) {
    if (candidate instanceof HTMLElement && candidate.matches(hook('year')) && candidate.checkVisibility()) return candidate;
    candidate = candidate.nextElementSibling;
  }
  return null;
}

export function applyFilter(filter: TrackFilter): void {
  const year = currentYear();
  show(filter);
  const url = `${location.pathname}${searchWithTrack(location.search, filter)}${location.hash}`;
  history.replaceState(history.state, '', url);
  const view = getView();
  view.refresh();
  const keep = year && nearestVisible(year);
  if (keep && view.mode === 'travel') {
    view.goTo(travelToShow(view.spanOf(keep), view.extent(), view.length(), 'start'));
  } else if (keep) {
    keep.scrollIntoView({ block: 'start', behavior: 'instant' });
  }
}

/** Shows every track again, e.g. to land on a link into a lane the filter hides. */
export function followAllTracks(): void {
  show(ALL_TRACKS);
  history.replaceState(history.state, '', `${location.pathname}${searchWithTrack(location.search, ALL_TRACKS)}${location.hash}`);
  getView().refresh();
}

export function startTrackFilter(): void {
  show(parseTrackFilter(location.search, radios().map((radio) => radio.value)));
  for (const radio of radios()) {
    radio.addEventListener('change', () => {
      if (radio.checked) applyFilter(radio.value as TrackFilter);
    });
  }
}
