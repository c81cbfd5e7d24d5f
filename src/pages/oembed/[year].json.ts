import type { APIContext, GetStaticPaths } from 'astro';
import { getDefaultEmbedHeight } from '../../embed/journey.ts';
import { OG_SIZE, ogImagePath } from '../../lib/art/og.ts';
import { oembedResponse } from '../../lib/embed.ts';
import { getJourneyCopy, getJourneyYears } from '../../lib/journey-data.ts';
import type { JourneyYear } from '../../lib/milestones.ts';

/** The oEmbed response of each year: /oembed/2022.json, /oembed/66000000-bc.json. */
export const getStaticPaths = (async () =>
  (await getJourneyYears()).map((year) => ({ params: { year: year.key }, props: { year } }))) satisfies GetStaticPaths;

interface Props {
  year: JourneyYear;
}

export async function GET({ props: { year }, site, url }: APIContext<Props>) {
  const { siteName } = await getJourneyCopy();
  const response = oembedResponse({
    year,
    siteName,
    height: await getDefaultEmbedHeight(year),
    base: import.meta.env.BASE_URL,
    site: site ?? url,
    // The year's share card (src/pages/og/[year].png.ts).
    thumbnail: { path: ogImagePath(year.key, import.meta.env.BASE_URL), ...OG_SIZE },
  });
  return new Response(JSON.stringify(response), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
