/**
 * The journey's tracks, in lane order (first lane on top). This list is the one place a track is
 * defined: adding a track is adding one line here.
 */
export const TRACKS = [
  { id: 'open-source', name: 'Backstage in open source', short: 'Open source' },
  { id: 'inside-spotify', name: 'Inside Spotify', short: 'Inside Spotify' },
] as const;

export type Track = (typeof TRACKS)[number];
export type TrackId = Track['id'];

export const TRACK_IDS = TRACKS.map((track) => track.id) as [TrackId, ...TrackId[]];

export function isTrackId(value: unknown): value is TrackId {
  return typeof value === 'string' && (TRACK_IDS as string[]).includes(value);
}

export function trackById(id: TrackId): Track {
  const track = TRACKS.find((candidate) => candidate.id === id);
  if (!track) throw new Error(`Unknown track "${id}"`);
  return track;
}

/** Position of a track in lane order, used to order milestones that share a date. */
export function trackOrder(id: TrackId): number {
  return TRACK_IDS.indexOf(id);
}
