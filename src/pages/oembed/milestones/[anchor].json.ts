import type { APIContext, GetStaticPaths } from 'astro';
import { journey, type MilestoneView } from '../../../build-time/journey/index.ts';
import { OG_SIZE, milestoneOgKey, ogImagePath } from '../../../build-time/art/og.ts';
import { milestoneEmbedKey, oembedResponse } from '../../../build-time/publish/embed.ts';
import { milestonePageTitle } from '../../../build-time/publish/milestone-page.ts';
import { milestoneEmbedHeight } from '../../../layout/card-metrics.ts';

/** The oEmbed response of each milestone embedded alone: /oembed/milestones/<anchor>.json, what pasting its own address embeds. */
export const getStaticPaths = (() =>
  journey.milestones.map((milestone) => ({ params: { anchor: milestone.anchor }, props: { milestone } }))) satisfies GetStaticPaths;

interface Props {
  milestone: MilestoneView;
}

export function GET({ props: { milestone }, site, url }: APIContext<Props>) {
  const { siteName } = journey.copy;
  const title = milestonePageTitle(milestone.title, siteName, journey.words);
  const response = oembedResponse({
    year: { key: milestoneEmbedKey(milestone.anchor), label: milestone.title },
    title,
    siteName,
    words: journey.words,
    height: milestoneEmbedHeight(milestone.alone),
    base: import.meta.env.BASE_URL,
    site: site ?? url,
    // The milestone's share card (src/pages/og/milestones/).
    thumbnail: { path: ogImagePath(milestoneOgKey(milestone.anchor), import.meta.env.BASE_URL), ...OG_SIZE },
  });
  return new Response(JSON.stringify(response), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
