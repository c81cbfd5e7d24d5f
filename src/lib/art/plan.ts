import { TYPOGRAPHIC_KINDS, type MilestoneData } from '../../schemas/milestone.ts';

/**
 * What picture a milestone gets, from its `art` field and kind:
 * - `none`: no picture (`art: none`, or a statistic or quote that names no art);
 * - `generated`: the illustration of the milestone's subject (casting.ts), in its track's colours;
 *   decoration, so its alt text is empty;
 * - `drawn`: the editor's file next to the MDX file, with the editor's alt text.
 */
export type ArtPlan =
  | { type: 'none' }
  | { type: 'generated'; alt: '' }
  | { type: 'drawn'; src: string; alt: string };

export function artPlanFor(milestone: Pick<MilestoneData, 'art' | 'kind'>): ArtPlan {
  const { art, kind } = milestone;
  if (art === 'none') return { type: 'none' };
  if (typeof art === 'object' && 'src' in art) return { type: 'drawn', src: art.src, alt: art.alt };
  // `art: { motif }` asks for a generated picture, whatever the kind.
  if (art === 'decorative' || typeof art === 'object') return { type: 'generated', alt: '' };
  return TYPOGRAPHIC_KINDS.includes(kind) ? { type: 'none' } : { type: 'generated', alt: '' };
}

/**
 * Where an editor's drawn file is, relative to the project root: `src` is relative to the MDX file,
 * whose id is its path under the timeline folder without the extension.
 */
export function drawnSourcePath(timelineDir: string, milestoneId: string, src: string): string {
  const folder = milestoneId.includes('/') ? milestoneId.slice(0, milestoneId.lastIndexOf('/')) : '';
  const parts = [...timelineDir.split('/'), ...folder.split('/'), ...src.split('/')].filter((part) => part !== '' && part !== '.');
  const resolved: string[] = [];
  for (const part of parts) {
    if (part === '..') resolved.pop();
    else resolved.push(part);
  }
  return resolved.join('/');
}
