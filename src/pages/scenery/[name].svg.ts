import type { APIRoute, GetStaticPaths } from 'astro';
import { generateScenerySvg, sceneryTiles, type SceneryLayerId } from '../../build-time/art/scenery.ts';
import type { EraId } from '../../model/eras.ts';

/** The scenery tiles, drawn at build time from src/build-time/art/scenery.ts: one per era and depth layer. */
export const getStaticPaths = (() =>
  sceneryTiles().map(({ era, layer, name }) => ({ params: { name }, props: { era, layer } }))) satisfies GetStaticPaths;

interface Props {
  era: EraId;
  layer: SceneryLayerId;
}

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(generateScenerySvg(props.era, props.layer), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
