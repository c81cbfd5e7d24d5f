import type { APIRoute, GetStaticPaths } from 'astro';
import { featuredArt, milestoneCard } from '../../../build-time/art/og.ts';
import { renderOgPng } from '../../../build-time/art/og-render.ts';
import { trackColour } from '../../../build-time/design-tokens.ts';
import { journey, type MilestoneView } from '../../../build-time/journey/index.ts';
import { eraForYear } from '../../../model/eras.ts';
import { trackById } from '../../../model/tracks.ts';

const { tracks, eras } = journey.shape;

/** One Open Graph card per milestone, for its own page: /og/milestones/2022-03-17-backstage-1-0-released.png. */
export const getStaticPaths = (() =>
  journey.milestones.map((milestone) => ({ params: { anchor: milestone.anchor }, props: { milestone } }))) satisfies GetStaticPaths;

interface Props {
  milestone: MilestoneView;
}

export const GET: APIRoute<Props> = async ({ props: { milestone } }) => {
  const card = milestoneCard({
    siteName: journey.copy.siteName,
    lang: journey.words.lang,
    title: milestone.title,
    date: milestone.dateTitle,
    track: { name: trackById(tracks, milestone.track).name, colour: trackColour(tracks, milestone.track) },
    scenery: eraForYear(eras, milestone.year).scenery,
    art: featuredArt([milestone], 1, journey.casting)[0],
  });
  return new Response(await renderOgPng(card), { headers: { 'Content-Type': 'image/png' } });
};
