import { journeyWords } from '../../src/model/words.ts';

/** The interface's words in English, as a journey without `lang` or `ui` says them. */
export const EN = journeyWords({ lang: 'en' });
