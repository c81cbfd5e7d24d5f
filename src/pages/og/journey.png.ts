import type { APIRoute } from 'astro';
import { featuredArt, journeyCardSvg } from '../../build-time/art/og.ts';
import { renderOgPng } from '../../build-time/art/og-render.ts';
import { ERAS, eraForYear } from '../../model/eras.ts';
import { journey } from '../../build-time/journey/index.ts';
import { TRACKS } from '../../model/tracks.ts';

/** The Open Graph card of the whole journey: /og/journey.png. */
export const GET: APIRoute = async () => {
  const { copy, years, milestones } = journey;
  // One illustration from each era, oldest first.
  const featured = ERAS.flatMap((era) => featuredArt(milestones.filter((milestone) => eraForYear(milestone.year).id === era.id), 1, journey.casting));
  const svg = journeyCardSvg({
    title: copy.intro.title,
    firstLabel: years[0]?.label ?? '',
    lastLabel: years.at(-1)?.label ?? '',
    milestoneCount: milestones.length,
    trackCount: TRACKS.length,
    featured,
  });
  return new Response(await renderOgPng(svg), { headers: { 'Content-Type': 'image/png' } });
};
