/**
 * Following one track alone: the filter's values and how it is written in the URL
 * (`?track=open-source`). The CSS that closes the layout up around the chosen track is in
 * `src/layout/css.ts`.
 */
import { TRACKS, TRACK_IDS, isTrackId, type TrackId } from './tracks.ts';
import type { JourneyYear } from './milestone.ts';

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
