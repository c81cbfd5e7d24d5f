import type { APIContext } from 'astro';
import { journeyEmbedOptions } from '../../build-time/journey/index.ts';
import { OG_SIZE, ogImagePath } from '../../build-time/art/og.ts';
import { oembedResponse } from '../../build-time/publish/embed.ts';

/** The oEmbed response of the journey's own embed (/embed/journey/): what pasting the journey's address embeds. */
export function GET({ site, url }: APIContext) {
  const response = oembedResponse({
    ...journeyEmbedOptions(),
    site: site ?? url,
    // The journey's share card (src/pages/og/journey.png.ts).
    thumbnail: { path: ogImagePath('journey', import.meta.env.BASE_URL), ...OG_SIZE },
  });
  return new Response(JSON.stringify(response), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
