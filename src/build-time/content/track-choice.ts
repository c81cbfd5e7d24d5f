import { JOURNEY_FILE } from '../../model/milestone.ts';
import type { TrackId } from '../../model/tracks.ts';
import { closest } from './messages.ts';

/**
 * A milestone's `track` must be one the journey lists (`tracks:` in content/journey.yaml). The
 * content check and `npm run new` both say so in these words, with the closest id when one is near.
 */
export function trackChoiceProblem(track: string, trackIds: readonly TrackId[]): { problem: string; expected: string } | undefined {
  if (trackIds.includes(track)) return undefined;
  const near = closest(track, trackIds);
  const ids = trackIds.map((id) => `"${id}"`);
  const choices = ids.length > 1 ? `${ids.slice(0, -1).join(', ')} or ${ids.at(-1)}` : (ids[0] ?? 'a track id');
  return {
    problem: `"${track}" is not one of the journey's tracks (tracks: in ${JOURNEY_FILE})${near ? `; did you mean "${near}"?` : ''}`,
    expected: `${choices}; or a new track added to tracks: in ${JOURNEY_FILE} (- id: ${track}, with name: and short: lines)`,
  };
}
