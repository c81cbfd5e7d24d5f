import { posix } from 'node:path';
import { TIMELINE_DIR, type Milestone } from '../../model/milestone.ts';
import { castJourney, type Casting } from './casting.ts';
import { contentShape } from '../content/snapshot.ts';
import type { JourneyShape } from '../../model/shape.ts';
import { generateMilestoneSvg } from './generate.ts';
import { artHash } from './manifest.ts';
import { artPlanFor } from '../../model/art-plan.ts';

/** The parts of a milestone its picture depends on: its words pick the subject (casting.ts). */
export type ArtMilestone = Pick<Milestone, 'id' | 'anchor' | 'year' | 'kind' | 'track' | 'art' | 'title'> & {
  subtitle?: string;
  /** The body's plain words, when the caller has them. */
  words?: string;
};

/** What a milestone's picture is made from, and the hash that names its encoded files. */
export type ArtSource =
  | { type: 'generated'; id: string; anchor: string; alt: ''; svg: string; hash: string; casting: Casting }
  | { type: 'drawn'; id: string; anchor: string; alt: string; path: string; bytes: Uint8Array; hash: string };

export type ArtSourceResult =
  | { ok: true; source: ArtSource | undefined }
  | { ok: false; id: string; problem: string };

/**
 * Resolves a milestone's picture source: the generated SVG, or the editor's drawn file read through
 * `readFile` (undefined when the file does not exist). `undefined` source: the milestone has no picture.
 * `casting` is the milestone's place in the journey's casting (content.ts casts the whole journey);
 * without it the milestone is cast on its own. `shape` is the journey's (its tracks' colours, its
 * eras' landscapes): the project's own unless given.
 */
export function artSourceFor(
  milestone: ArtMilestone,
  readFile: (path: string) => Uint8Array | undefined,
  options: { casting?: Casting; timelineDir?: string; shape?: JourneyShape } = {},
): ArtSourceResult {
  const plan = artPlanFor(milestone);
  const { id, anchor } = milestone;
  if (plan.type === 'none') return { ok: true, source: undefined };
  if (plan.type === 'generated') {
    const shape = options.shape ?? contentShape();
    const casting = options.casting ?? castJourney([milestone], shape.eras, shape.pictures).get(id)!;
    const svg = generateMilestoneSvg({ ...milestone, motif: casting.motif, label: casting.label }, { shape });
    return { ok: true, source: { type: 'generated', id, anchor, alt: '', svg, hash: artHash(svg), casting } };
  }
  const path = drawnSourcePath(options.timelineDir ?? TIMELINE_DIR, id, plan.src);
  const bytes = readFile(path);
  if (!bytes) {
    return {
      ok: false,
      id,
      problem: `art.src "${plan.src}" names ${path}, which does not exist: put the picture next to the milestone file or fix the path`,
    };
  }
  return { ok: true, source: { type: 'drawn', id, anchor, alt: plan.alt, path, bytes, hash: artHash(bytes) } };
}

/**
 * Where an editor's drawn file is, relative to the project root: `src` is relative to the MDX file,
 * whose id is its path under the timeline folder without the extension.
 */
export function drawnSourcePath(timelineDir: string, milestoneId: string, src: string): string {
  const folder = milestoneId.includes('/') ? milestoneId.slice(0, milestoneId.lastIndexOf('/')) : '';
  return posix.normalize(posix.join(timelineDir, folder, src));
}
