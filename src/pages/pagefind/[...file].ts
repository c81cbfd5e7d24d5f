import type { APIRoute, GetStaticPaths } from 'astro';
import { journey } from '../../build-time/journey/index.ts';
import { buildSearchIndex, searchRecord, type SearchIndexFile } from '../../build-time/publish/search-index.ts';

/**
 * The journey's search index (`SEARCH_INDEX`, `src/build-time/publish/search-index.ts`): every file
 * Pagefind writes for the journey's milestones, indexed once per build from the journey's view.
 */
export const getStaticPaths = (async () => {
  const records = journey.milestones.map((milestone) => searchRecord(milestone, journey.shape.tracks, import.meta.env.BASE_URL, journey.words.lang));
  const files = await buildSearchIndex(records);
  return files.map((file) => ({ params: { file: file.path }, props: { file } }));
}) satisfies GetStaticPaths;

interface Props {
  file: SearchIndexFile;
}

const TYPES: Record<string, string> = { js: 'text/javascript; charset=utf-8', json: 'application/json; charset=utf-8' };

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(props.file.content, { headers: { 'Content-Type': TYPES[props.file.path.split('.').pop() ?? ''] ?? 'application/octet-stream' } });
