import type { MilestoneKind } from '../../model/schema/milestone.ts';
import { eraForYear } from '../../model/eras.ts';
import type { TrackId } from '../../model/tracks.ts';
import { ART_FRAME } from './frame.ts';
import { MOTIFS, motifFor, particle, type MotifId } from './motifs.ts';
import { paletteForTrack } from './palette.ts';
import { createRng, r } from './random.ts';
import { circle, group, path, rect } from './svg.ts';

/** Everything generated art depends on. Nothing else (not the title, not the date) changes the picture. */
export interface ArtInput {
  id: string;
  kind: MilestoneKind;
  track: TrackId;
  year: number;
}

/** Bump when the drawing changes, so `npm run art` re-encodes every generated picture. */
export const GENERATOR_VERSION = 1;

/** Motifs are drawn about 400 px wide; this keeps them inside the frame's safe area. */
const MOTIF_SCALE = 0.92;

export function motifOf(input: ArtInput): MotifId {
  return motifFor(input.kind, eraForYear(input.year).id);
}

/**
 * The illustration of a milestone as an SVG document, ART_FRAME sized: a panel in the track's
 * colours, a halo, era particles, a hill, the kind's motif and a foreground. Same input, same text.
 */
export function generateMilestoneSvg(input: ArtInput, options: { motifOnly?: boolean } = {}): string {
  const { width: W, height: H } = ART_FRAME;
  const palette = paletteForTrack(input.track);
  const era = eraForYear(input.year).id;
  const rng = createRng(`${input.id}|${input.kind}|${input.track}`);

  const haloX = W / 2 + rng.pick([-1, 1]) * rng.range(30, 120);
  const haloY = rng.range(140, 190);
  const haloR = rng.range(130, 170);

  const particles: string[] = [];
  const count = rng.int(10, 16);
  for (let i = 0; i < count; i++) {
    // Spread across the panel in columns so they never pile up in one corner.
    const x = ((i + rng.range(0.1, 0.9)) / count) * W;
    const y = rng.range(24, 250);
    particles.push(particle(era, x, y, rng.range(7, 15), i % 4 === 0 ? palette.accent : palette.particle));
  }

  const hill = (base: number, swing: number) => {
    const a = base + rng.range(-swing, swing);
    const b = base + rng.range(-swing, swing);
    const c = base + rng.range(-swing, swing);
    return `M0,${r(a)}C${r(W * 0.3)},${r(b)} ${r(W * 0.6)},${r(c)} ${W},${r(base + rng.range(-swing, swing))}L${W},${H}L0,${H}Z`;
  };
  const groundBack = path(hill(300, 26), palette.groundBack);
  const groundFront = path(hill(362, 10), palette.groundFront);

  const motifX = W / 2 + rng.range(-20, 20);
  const motif = MOTIFS[motifOf(input)]({ rng, palette, era });

  const placed = group(motif, {
    transform: `translate(${r(motifX)} 344) scale(${MOTIF_SCALE})`,
    stroke: palette.ink,
    'stroke-width': 6,
    'stroke-linejoin': 'round',
    'stroke-linecap': 'round',
  });
  const open = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}">`;
  // The motif alone, on nothing: what the tests measure against the frame's safe area.
  if (options.motifOnly) return `${open}${placed}</svg>`;
  return (
    open +
    rect(0, 0, W, H, palette.sky) +
    circle(haloX, haloY, haloR, palette.halo) +
    circle(haloX, haloY, haloR + 34, 'none', { stroke: palette.halo, 'stroke-width': 3, 'stroke-dasharray': '3 14' }) +
    group(particles, { 'fill-opacity': 0.8 }) +
    groundBack +
    placed +
    groundFront +
    '</svg>'
  );
}
