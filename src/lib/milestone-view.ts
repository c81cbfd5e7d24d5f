/** Decisions about how a milestone is shown, kept out of the components so they can be tested. */
import type { Milestone } from './milestones.ts';
import type { CardContent } from './layout.ts';
import { TYPOGRAPHIC_KINDS } from '../schemas/milestone.ts';

const normalise = (text: string) => text.toLowerCase().replace(/\s+/g, ' ');

/**
 * Whether every statistic already reads in the title or sub-line ("280+ squads are using…"). The
 * large figures then only restate those words for the eye, and screen readers skip them so no
 * text is heard twice.
 */
export function statsRestateText(milestone: Pick<Milestone, 'title' | 'subtitle' | 'stats'>): boolean {
  const stats = milestone.stats ?? [];
  if (stats.length === 0) return false;
  const text = normalise(`${milestone.title} ${milestone.subtitle ?? ''}`);
  return stats.every((stat) => text.includes(normalise(stat.value)) && text.includes(normalise(stat.label)));
}

/** Statistics and quotes are set in type; every other kind leads with its art. */
export function isTypographic(milestone: Pick<Milestone, 'kind'>): boolean {
  return TYPOGRAPHIC_KINDS.includes(milestone.kind);
}

/** Whether the milestone gets a picture: drawn art, or generated art for every kind not set in type. */
export function hasArt(milestone: Pick<Milestone, 'kind' | 'art'>): boolean {
  if (milestone.art === 'none') return false;
  if (typeof milestone.art === 'object') return true;
  return !isTypographic(milestone);
}

/** The words of an MDX body without its markup, near enough to count lines. */
export function plainBody(mdx: string | undefined): string {
  return (mdx ?? '')
    .replace(/<[^>]*>/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`#>]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** What the layout needs to know about a milestone's card. */
export function cardContent(milestone: Milestone, body: string | undefined): CardContent {
  return {
    title: milestone.title,
    subtitle: milestone.subtitle,
    attribution: milestone.attribution,
    stats: milestone.stats,
    body: plainBody(body),
    quote: milestone.kind === 'quote',
    hasArt: hasArt(milestone),
  };
}
