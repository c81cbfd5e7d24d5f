import type { APIRoute, GetStaticPaths } from 'astro';
import { generateScenerySvg, sceneryTiles, type SceneryLayerId } from '../../build-time/art/scenery.ts';
import { journey } from '../../build-time/journey/index.ts';
import type { Landscape } from '../../model/landscapes.ts';

/** The scenery tiles, drawn at build time from src/build-time/art/scenery.ts: one per depth layer of each landscape the journey's eras show. */
export const getStaticPaths = (() =>
  sceneryTiles(journey.shape.eras.map((era) => era.scenery)).map(({ landscape, layer, name }) => ({ params: { name }, props: { landscape, layer } }))) satisfies GetStaticPaths;

interface Props {
  landscape: Landscape;
  layer: SceneryLayerId;
}

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(generateScenerySvg(props.landscape, props.layer), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
