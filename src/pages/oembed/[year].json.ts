import type { APIContext, GetStaticPaths } from 'astro';
import { embedHeight, journey, type YearView } from '../../build-time/journey/index.ts';
import { OG_SIZE, ogImagePath } from '../../build-time/art/og.ts';
import { oembedResponse } from '../../build-time/publish/embed.ts';

/** The oEmbed response of each year: /oembed/2022.json, /oembed/66000000-bc.json. */
export const getStaticPaths = (() =>
  journey.years.map((year) => ({ params: { year: year.key }, props: { year } }))) satisfies GetStaticPaths;

interface Props {
  year: YearView;
}

export function GET({ props: { year }, site, url }: APIContext<Props>) {
  const response = oembedResponse({
    year,
    siteName: journey.copy.siteName,
    words: journey.words,
    height: embedHeight(year),
    base: import.meta.env.BASE_URL,
    site: site ?? url,
    // The year's share card (src/pages/og/[year].png.ts).
    thumbnail: { path: ogImagePath(year.key, import.meta.env.BASE_URL), ...OG_SIZE },
  });
  return new Response(JSON.stringify(response), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
