import { TYPOGRAPHIC_KINDS, type MilestoneData } from './schema/milestone.ts';

/**
 * What picture a milestone gets, from its `art` field and kind:
 * - `none`: no picture (`art: none`, or a statistic or quote that names no art);
 * - `generated`: the illustration of the milestone's subject, in its track's colours; decoration,
 *   so its alt text is empty;
 * - `drawn`: the editor's file next to the MDX file, with the editor's alt text.
 */
export type ArtPlan =
  | { type: 'none' }
  | { type: 'generated'; alt: '' }
  | { type: 'drawn'; src: string; alt: string };

/** Statistics and quotes are set in type; every other kind leads with its art. */
export function isTypographic(milestone: Pick<MilestoneData, 'kind'>): boolean {
  return TYPOGRAPHIC_KINDS.includes(milestone.kind);
}

export function artPlanFor(milestone: Pick<MilestoneData, 'art' | 'kind'>): ArtPlan {
  const { art } = milestone;
  if (art === 'none') return { type: 'none' };
  if (typeof art === 'object' && 'src' in art) return { type: 'drawn', src: art.src, alt: art.alt };
  // `art: { motif }` asks for a generated picture, whatever the kind.
  if (art === 'decorative' || typeof art === 'object') return { type: 'generated', alt: '' };
  return isTypographic(milestone) ? { type: 'none' } : { type: 'generated', alt: '' };
}
