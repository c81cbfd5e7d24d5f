/**
 * The journey's search index: one Pagefind record per published milestone, written by the build
 * into `SEARCH_INDEX` (`src/pages/pagefind/[...file].ts` publishes its files) and read by the
 * journey's search field (`src/browser/journey/search/`), a chunk at a time as a query needs it.
 * Each record is made from the milestone's view, not from any page: its words are what its card
 * says, its address is its place on the journey, and the index grows with the journey alone.
 */
import * as pagefind from 'pagefind';
import type { MilestoneView } from '../journey/index.ts';
import { trackById, type Track } from '../../model/tracks.ts';
import { withBase } from './embed.ts';

/** The index's folder under the site's base, as `src/pages/pagefind/` publishes it. */
export const SEARCH_INDEX = 'pagefind/';

/** What a search result shows beside its title, read back from the index with it. */
export interface SearchMeta {
  /** The title, as the card writes it. */
  title: string;
  /** The date in full, as the card's title attribute writes it ("March 17, 2022"). */
  date: string;
  /** The track's name. */
  track: string;
}

export interface SearchRecord {
  /** Its place on the journey: `/#<anchor>`, under the site's base. */
  url: string;
  /** A small HTML document of its words: the title as a heading, so a match there ranks first. */
  content: string;
}

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[character]!);

/** The search record of a milestone: its title, sub-line, attribution and body, with its date and track as the result's meta. */
export function searchRecord(milestone: MilestoneView, tracks: readonly Track[], base: string, lang: string): SearchRecord {
  const meta: SearchMeta = { title: milestone.title, date: milestone.dateTitle, track: trackById(tracks, milestone.track).name };
  const metaTags = Object.entries(meta)
    .map(([key, value]) => `<meta data-pagefind-meta="${key}[content]" content="${escape(value)}">`)
    .join('');
  const lines = [milestone.subtitle, milestone.attribution, milestone.text].filter((line): line is string => Boolean(line?.trim()));
  const body = lines.map((line) => `<p>${escape(line)}</p>`).join('');
  return {
    url: withBase(base, `#${milestone.anchor}`),
    content: `<html lang="${escape(lang)}"><head>${metaTags}</head><body><h1>${escape(milestone.title)}</h1>${body}</body></html>`,
  };
}

/**
 * The files the journey's search reads: Pagefind's script, its worker and WebAssembly, and the
 * index. Pagefind's own ready-made interfaces are left out: the journey draws its results itself.
 */
export function isSearchFile(path: string): boolean {
  return !/^pagefind-(ui|modular-ui|component-ui|highlight)\.|^playground\//.test(path);
}

export interface SearchIndexFile {
  /** Its path inside `SEARCH_INDEX`: "pagefind.js", "fragment/en_4e1847a.pf_fragment". */
  path: string;
  content: Uint8Array<ArrayBuffer>;
}

/** Indexes the milestones and returns the files to publish; a record Pagefind refuses stops the build with its reason. */
export async function buildSearchIndex(records: readonly SearchRecord[]): Promise<SearchIndexFile[]> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`The search index could not be started: ${errors.join('; ')}`);
  try {
    for (const record of records) {
      const added = await index.addHTMLFile({ url: record.url, content: record.content });
      if (added.errors.length > 0) throw new Error(`The search index refused ${record.url}: ${added.errors.join('; ')}`);
    }
    const written = await index.getFiles();
    if (written.errors.length > 0) throw new Error(`The search index could not be written: ${written.errors.join('; ')}`);
    return written.files.filter((file) => isSearchFile(file.path)).map(({ path, content }) => ({ path, content: new Uint8Array(content) }));
  } finally {
    await pagefind.close();
  }
}
