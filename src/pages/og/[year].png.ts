import type { APIRoute, GetStaticPaths } from 'astro';
import { featuredArt, yearCard } from '../../build-time/art/og.ts';
import { renderOgPng } from '../../build-time/art/og-render.ts';
import { journey, type YearView } from '../../build-time/journey/index.ts';

/** One Open Graph card per year: /og/2022.png, /og/66000000-bc.png. */
export const getStaticPaths = (() =>
  journey.years.map((year) => ({ params: { year: year.key }, props: { year } }))) satisfies GetStaticPaths;

interface Props {
  year: YearView;
}

export const GET: APIRoute<Props> = async ({ props: { year } }) => {
  const { era } = year;
  const card = yearCard({
    siteName: journey.copy.siteName,
    words: journey.words,
    label: year.label,
    era: { scenery: era.scenery, name: era.name },
    milestones: year.milestones,
    featured: featuredArt(year.milestones, 3, journey.casting),
  });
  return new Response(await renderOgPng(card), { headers: { 'Content-Type': 'image/png' } });
};
