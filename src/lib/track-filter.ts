/**
 * Following one track alone: the filter's values, how it is written in the URL (`?track=open-source`),
 * and the CSS that closes the layout up around the chosen track, with or without JavaScript.
 */
import { TRACKS, TRACK_IDS, isTrackId, type TrackId } from './tracks.ts';
import type { JourneyYear, Milestone } from './milestones.ts';
import type { YearFootprint } from './layout.ts';

/** Every track, or one of them. */
export type TrackFilter = 'all' | TrackId;

export const ALL_TRACKS = 'all' as const;

/** The query parameter that carries the filter. */
export const TRACK_PARAM = 'track';

/** The filter's choices in the order the control shows them. */
export const TRACK_FILTERS: readonly TrackFilter[] = [ALL_TRACKS, ...TRACK_IDS];

/** The label of a filter choice: "Both tracks" (or "All tracks"), then each track's short name. */
export function trackFilterLabel(filter: TrackFilter): string {
  if (filter === ALL_TRACKS) return TRACKS.length === 2 ? 'Both tracks' : 'All tracks';
  return TRACKS.find((track) => track.id === filter)!.short;
}

/** The filter named by a query string such as "?track=open-source"; anything unknown means all. */
export function parseTrackFilter(search: string): TrackFilter {
  const value = new URLSearchParams(search).get(TRACK_PARAM);
  return isTrackId(value) ? value : ALL_TRACKS;
}

/** The query string for a filter, keeping other parameters: "" for all tracks. */
export function searchWithTrack(search: string, filter: TrackFilter): string {
  const params = new URLSearchParams(search);
  if (filter === ALL_TRACKS) params.delete(TRACK_PARAM);
  else params.set(TRACK_PARAM, filter);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Whether a milestone of `track` shows under `filter`. */
export function showsTrack(filter: TrackFilter, track: TrackId): boolean {
  return filter === ALL_TRACKS || filter === track;
}

/** The tracks a year has milestones in, in lane order. */
export function tracksOf(year: JourneyYear): TrackId[] {
  return TRACK_IDS.filter((id) => year.milestones.some((milestone) => milestone.track === id));
}

/**
 * A year as the layout sees it under a filter: for each visible lane, the card widths its
 * milestones take (`spanOf` tells a wide card from a narrow one).
 */
export function footprintOf(
  year: JourneyYear,
  filter: TrackFilter,
  spanOf: (milestone: Milestone) => number = () => 1,
): YearFootprint {
  const laneUnits = TRACK_IDS.filter((id) => showsTrack(filter, id)).map((id) =>
    year.milestones.filter((milestone) => milestone.track === id).reduce((units, milestone) => units + spanOf(milestone), 0),
  );
  return { year: year.year, label: year.label, laneUnits };
}

/**
 * The rules that hide what the chosen track does not need. They apply when the control's radio for
 * a track is checked (CSS `:has()`, no script needed) or when the root carries `data-track`, which
 * the page's script sets before first paint from `?track=`. Elements name their tracks in
 * `data-tracks`; time-gap markers name the filters they belong to in `data-filters`.
 */
export function trackFilterCss(): string {
  const active = (filter: string) =>
    `:root:is([data-track="${filter}"], :has(input[name="${TRACK_PARAM}"][value="${filter}"]:checked))`;
  const anyTrack = `:is([data-track], :has(input[name="${TRACK_PARAM}"]:checked:not([value="${ALL_TRACKS}"])))`;
  const rules = [
    `:root:not(${anyTrack}) .time-gap:not([data-filters~="${ALL_TRACKS}"]){display:none}`,
    ...TRACK_IDS.map(
      (id) =>
        `${active(id)} :is([data-tracks]:not([data-tracks~="${id}"]),.time-gap:not([data-filters~="${id}"])){display:none}`,
    ),
  ];
  return rules.join('\n');
}
