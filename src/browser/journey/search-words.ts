/**
 * The words the journey's search says (`search-panel.ts`), which `JourneySearch.astro` gives it;
 * `searchFound` is counted, given as its forms beside them. Free of the page: the component reads it at build time.
 */
import type { PlainKey } from '../../model/ui-words.ts';

export const SEARCH_WORDS = ['searchFirst', 'searchNothing', 'searchFailed'] as const satisfies readonly PlainKey[];
