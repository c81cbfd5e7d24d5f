/**
 * Following one track alone: the filter's values and how it is written in the URL
 * (`?track=<id>`). The CSS that closes the layout up around the chosen track is in
 * `src/layout/css.ts`. A journey of one track has nothing to filter.
 */
import type { Track, TrackId } from './tracks.ts';
import type { JourneyYear } from './milestone.ts';
import type { Words } from './words.ts';

/** Every track, or one of them. */
export type TrackFilter = 'all' | TrackId;

export const ALL_TRACKS = 'all' as const;

/** The query parameter that carries the filter. */
export const TRACK_PARAM = 'track';

/** The tracks a visitor can follow alone: each of them, or none when the journey has one. */
export function followableTracks(trackIds: readonly TrackId[]): TrackId[] {
  return trackIds.length > 1 ? [...trackIds] : [];
}

/** The filter's values in the order the control shows them: every track, then each followable one. */
export function trackFilters(trackIds: readonly TrackId[]): TrackFilter[] {
  return [ALL_TRACKS, ...followableTracks(trackIds)];
}

/** The label of a filter choice: "Both tracks" (or "All tracks"), then each track's short name. */
export function trackFilterLabel(tracks: readonly Track[], filter: TrackFilter, words: Words): string {
  if (filter === ALL_TRACKS) return words.say(tracks.length === 2 ? 'bothTracks' : 'allTracks');
  return tracks.find((track) => track.id === filter)!.short;
}

/** The filter named by a query string such as "?track=<id>"; anything not among `trackIds` means all. */
export function parseTrackFilter(search: string, trackIds: readonly TrackId[]): TrackFilter {
  const value = new URLSearchParams(search).get(TRACK_PARAM);
  return value !== null && value !== ALL_TRACKS && trackIds.includes(value) ? value : ALL_TRACKS;
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
export function tracksOf(year: JourneyYear, trackIds: readonly TrackId[]): TrackId[] {
  return trackIds.filter((id) => year.milestones.some((milestone) => milestone.track === id));
}
