/**
 * Every year's own page: `/years/<year>/`, the year's section with every track, the year index and
 * the years before and after, readable without a script (`src/pages/years/[year].astro`).
 */
import { withBase } from './embed.ts';

/** The folder of the years' pages (`src/pages/years/`). */
export const YEAR_PAGES = 'years/';

/** The page of a year: "/years/2022/", "/years/66000000-bc/". */
export function yearPagePath(base: string, yearKey: string): string {
  return withBase(base, `${YEAR_PAGES}${yearKey}/`);
}
