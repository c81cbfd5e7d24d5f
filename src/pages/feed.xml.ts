import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getJourneyCopy, getMilestones } from '../lib/journey-data.ts';
import { feedItems } from '../lib/feed.ts';

/** RSS of every milestone, newest first, so followers hear of new ones. */
export async function GET(context: APIContext) {
  const copy = await getJourneyCopy();
  const journeyUrl = new URL(import.meta.env.BASE_URL, context.site);
  return rss({
    title: copy.siteName,
    description: copy.description,
    site: journeyUrl,
    items: feedItems(await getMilestones(), journeyUrl),
    customData: '<language>en</language>',
  });
}
