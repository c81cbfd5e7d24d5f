/**
 * The page that carries every milestone's words in reading order, `/read/`: for printing, for the
 * browser's find, and for reading without the journey's pictures and motion
 * (`src/pages/read.astro`). The journey points to it when printed and without a script.
 */
import { withBase } from './embed.ts';

/** The page of words, inside the site (`src/pages/read.astro`). */
export const STORY_PAGE = 'read/';

/** The address of the page of words: "/read/", "/read/#2022". */
export function storyPagePath(base: string, anchor?: string): string {
  return `${withBase(base, STORY_PAGE)}${anchor ? `#${anchor}` : ''}`;
}
