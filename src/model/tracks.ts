/**
 * A journey's tracks: the lanes its milestones run in, written by the editor in `content/journey.yaml`
 * (`tracks:`), in lane order (first lane on top). Everything here takes the journey's list; nothing
 * names a track of its own.
 */

/** The most lanes a journey can show side by side: one colour each (`--track-1` … `--track-4`). */
export const MAX_TRACKS = 4;

export interface Track {
  /** What a milestone writes in `track:`, and the filter writes in `?track=`. */
  id: string;
  /** The lane's heading. */
  name: string;
  /** The filter's label and the share card's tag. */
  short: string;
  /** The lane's colour when the editor picks one; otherwise the design's colour for its place. */
  colour?: string;
}

export type TrackId = Track['id'];

/** The track with this id; a milestone naming another track never passes the content check. */
export function trackById(tracks: readonly Track[], id: TrackId): Track {
  const track = tracks.find((candidate) => candidate.id === id);
  if (!track) throw new Error(`Unknown track "${id}"`);
  return track;
}

/** Position of a track in lane order (0 first), used to order milestones that share a date; unknown tracks come last. */
export function trackOrder(trackIds: readonly TrackId[], id: TrackId): number {
  const index = trackIds.indexOf(id);
  return index < 0 ? trackIds.length : index;
}

/** A track's lane number, 1 for the first: its colour is `--track-<lane>`. */
export function laneNumber(trackIds: readonly TrackId[], id: TrackId): number {
  return trackOrder(trackIds, id) + 1;
}
