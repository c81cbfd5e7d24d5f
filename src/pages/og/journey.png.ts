import type { APIRoute } from 'astro';
import { featuredArt, journeyCard } from '../../build-time/art/og.ts';
import { renderOgPng } from '../../build-time/art/og-render.ts';
import { journey } from '../../build-time/journey/index.ts';

/** The Open Graph card of the whole journey: /og/journey.png. */
export const GET: APIRoute = async () => {
  const { copy, years, milestones, shape } = journey;
  // One illustration from each era, oldest first.
  const featured = journey.eras.flatMap((era) => featuredArt(years.filter((year) => year.era === era).flatMap((year) => year.milestones), 1, journey.casting));
  const card = journeyCard({
    title: copy.intro.title,
    words: journey.words,
    firstLabel: years[0]?.label ?? '',
    lastLabel: years.at(-1)?.label ?? '',
    milestoneCount: milestones.length,
    trackCount: shape.tracks.length,
    featured,
  });
  return new Response(await renderOgPng(card), { headers: { 'Content-Type': 'image/png' } });
};
