import type { APIRoute, GetStaticPaths } from 'astro';
import { featuredArt, yearCardSvg } from '../../lib/art/og.ts';
import { renderOgPng } from '../../lib/art/og-render.ts';
import { eraForYear } from '../../lib/eras.ts';
import { getJourneyCopy, getJourneyYears } from '../../lib/journey-data.ts';
import type { JourneyYear } from '../../lib/milestones.ts';

/** One Open Graph card per year: /og/2022.png, /og/66000000-bc.png. */
export const getStaticPaths = (async () =>
  (await getJourneyYears()).map((year) => ({ params: { year: year.key }, props: { year } }))) satisfies GetStaticPaths;

interface Props {
  year: JourneyYear;
}

export const GET: APIRoute<Props> = async ({ props: { year } }) => {
  const copy = await getJourneyCopy();
  const era = eraForYear(year.year);
  const svg = yearCardSvg({
    siteName: copy.siteName,
    label: year.label,
    era: { id: era.id, name: era.name },
    milestones: year.milestones,
    featured: featuredArt(year.milestones, 3),
  });
  return new Response(await renderOgPng(svg), { headers: { 'Content-Type': 'image/png' } });
};
