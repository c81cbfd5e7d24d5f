/**
 * Every milestone's own address, the one people share: `/milestones/<anchor>/`, a static page with
 * the milestone's title, words and share card for link previews, which opens the journey at the
 * milestone (`src/pages/milestones/[anchor].astro`).
 */
import { formatJourneyDateLong } from '../../model/journey-date.ts';
import type { Milestone } from '../../model/milestone.ts';
import { trackById, type Track } from '../../model/tracks.ts';
import type { Words } from '../../model/words.ts';
import htmlValidate from '../../../.htmlvalidate.json' with { type: 'json' };
import { withBase } from './embed.ts';

/** The folder of the milestones' pages (`src/pages/milestones/`). */
export const MILESTONE_PAGES = 'milestones/';

/** The page of a milestone: "/milestones/2022-03-17-backstage-1-0-released/". */
export function milestonePath(base: string, anchor: string): string {
  return withBase(base, `${MILESTONE_PAGES}${anchor}/`);
}

/**
 * Whether an address is a milestone's page. Search engines are not offered these: each names its
 * place on the journey as its canonical address and sends visitors there.
 */
export function isMilestonePage(pathname: string, base: string): boolean {
  return pathname.startsWith(withBase(base, MILESTONE_PAGES));
}

/** The milestone's page as an absolute address, from the journey's own address. */
export function milestoneUrl(journeyUrl: string | URL, anchor: string): string {
  const journey = new URL(journeyUrl);
  return new URL(milestonePath(journey.pathname, anchor), journey).href;
}

/** What a milestone is in one line, for its page's description and its feed item: "March 17, 2022 · The language. A stable core." */
export function milestoneSummary(milestone: Pick<Milestone, 'date' | 'track' | 'subtitle'>, tracks: readonly Track[], words: Words): string {
  const summary = words.say('milestoneSummary', { date: formatJourneyDateLong(milestone.date, words), track: trackById(tracks, milestone.track).name });
  return milestone.subtitle ? `${summary} ${milestone.subtitle}` : summary;
}

/** How long a description may be before link previews and search results cut it. */
const DESCRIPTION_MAX = 200;

/** A milestone's page description: its summary, then as much of its text as fits. */
export function milestoneDescription(milestone: Pick<Milestone, 'date' | 'track' | 'subtitle'> & { text: string }, tracks: readonly Track[], words: Words): string {
  const summary = milestoneSummary(milestone, tracks, words);
  const text = milestone.text.replace(/\s+/g, ' ').trim();
  if (!text) return summary;
  const full = `${summary} ${text}`;
  return full.length <= DESCRIPTION_MAX ? full : `${full.slice(0, DESCRIPTION_MAX - 1).replace(/\s+\S*$/, '')}…`;
}

/** The longest page title a search result shows whole (`long-title` in `.htmlvalidate.json`). */
export const PAGE_TITLE_MAX: number = (htmlValidate.rules['long-title'] as [string, { maxlength: number }])[1].maxlength;

/**
 * Characters as the page's HTML writes them (`'` as `&#39;`), as html-validate counts a title's
 * length: a title that reads within the limit but is written past it would fail the check.
 */
function writtenLength(text: string): number {
  return text.replace(/&/g, '&amp;').replace(/'/g, '&#39;').replace(/"/g, '&quot;').replace(/[<>]/g, '&lt;').length;
}

/** "Backstage 1.0 released – Spotify's Backstage Journey", or the title alone (cut, if need be) when that is too long. */
export function milestonePageTitle(title: string, siteName: string, words: Words): string {
  const full = words.say('milestonePageTitle', { title, siteName });
  if (writtenLength(full) <= PAGE_TITLE_MAX) return full;
  if (writtenLength(title) <= PAGE_TITLE_MAX) return title;
  let cut = title;
  // Whole characters off the end: an emoji is two code units, and half of one is no character.
  while (cut && writtenLength(`${cut}…`) > PAGE_TITLE_MAX) cut = [...cut].slice(0, -1).join('').trimEnd();
  return `${cut}…`;
}
