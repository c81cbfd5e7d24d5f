import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { journey } from '../build-time/journey/index.ts';
import { feedItems } from '../build-time/publish/feed.ts';

/** RSS of every milestone, newest first, so followers hear of new ones. */
export async function GET(context: APIContext) {
  const { copy } = journey;
  const journeyUrl = new URL(import.meta.env.BASE_URL, context.site);
  return rss({
    title: copy.siteName,
    description: copy.description,
    site: journeyUrl,
    items: feedItems(journey.milestones, journey.shape.tracks, journeyUrl, journey.words),
    customData: `<language>${journey.words.lang}</language>`,
  });
}
