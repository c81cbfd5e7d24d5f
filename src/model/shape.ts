/**
 * A journey's shape as the pages use it: its tracks in lane order and its eras, from the checked
 * `content/journey.yaml`.
 */
import { resolveEras, type Era } from './eras.ts';
import type { JourneyCopy } from './schema/journey.ts';
import { subjectTable, type Subject } from './pictures.ts';
import type { Track, TrackId } from './tracks.ts';

export interface JourneyShape {
  tracks: readonly Track[];
  /** The tracks' ids in lane order. */
  trackIds: readonly TrackId[];
  eras: readonly Era[];
  /** The accent colour the editor chose; the design's own otherwise. */
  accent?: string;
  /** The rules its generated pictures are chosen by: the journey's own (`pictures:`) with the project's. */
  pictures: readonly Subject[];
}

export function journeyShape(copy: Pick<JourneyCopy, 'tracks' | 'eras' | 'accent' | 'pictures'>): JourneyShape {
  return {
    tracks: copy.tracks,
    trackIds: copy.tracks.map((track) => track.id),
    eras: resolveEras(copy.eras),
    pictures: subjectTable(copy.pictures),
    ...(copy.accent ? { accent: copy.accent } : {}),
  };
}
