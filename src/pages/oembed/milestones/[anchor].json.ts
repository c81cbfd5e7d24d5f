import type { APIContext, GetStaticPaths } from 'astro';
import { journey, milestoneEmbedOptions, type MilestoneView } from '../../../build-time/journey/index.ts';
import { OG_SIZE, milestoneOgKey, ogImagePath } from '../../../build-time/art/og.ts';
import { oembedResponse } from '../../../build-time/publish/embed.ts';

/** The oEmbed response of each milestone embedded alone: /oembed/milestones/<anchor>.json, what pasting its own address embeds. */
export const getStaticPaths = (() =>
  journey.milestones.map((milestone) => ({ params: { anchor: milestone.anchor }, props: { milestone } }))) satisfies GetStaticPaths;

interface Props {
  milestone: MilestoneView;
}

export function GET({ props: { milestone }, site, url }: APIContext<Props>) {
  const response = oembedResponse({
    ...milestoneEmbedOptions(milestone),
    site: site ?? url,
    // The milestone's share card (src/pages/og/milestones/).
    thumbnail: { path: ogImagePath(milestoneOgKey(milestone.anchor), import.meta.env.BASE_URL), ...OG_SIZE },
  });
  return new Response(JSON.stringify(response), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
