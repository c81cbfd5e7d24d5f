import type { MilestoneKind } from '../../model/schema/milestone.ts';
import { eraForYear } from '../../model/eras.ts';
import { contentShape } from '../content/snapshot.ts';
import type { JourneyShape } from '../../model/shape.ts';
import type { Landscape } from '../../model/landscapes.ts';
import type { TrackId } from '../../model/tracks.ts';
import { ART_FRAME } from './frame.ts';
import type { MotifId } from '../../model/motifs.ts';
import { MOTIFS, particle } from './motifs.ts';
import { paletteForTrack, type ArtPalette } from './palette.ts';
import { createRng, r, type Rng } from './random.ts';
import { circle, group, line, path, rect, sparklePath, starPath } from './svg.ts';

/**
 * Everything generated art depends on. The motif and label come from the milestone's words
 * (casting.ts); kind and track set the framing and colours; the id only nudges the composition.
 */
export interface ArtInput {
  id: string;
  kind: MilestoneKind;
  track: TrackId;
  year: number;
  motif: MotifId;
  /** Words set on the picture: an adopter's name, a city, an age. */
  label?: string;
}

/** Bump when the drawing changes, so `npm run art` re-encodes every generated picture. */
export const GENERATOR_VERSION = 2;

/** Motifs are drawn about 400 px wide; this keeps them inside the frame's safe area. */
export const MOTIF_SCALE = 0.92;

/**
 * The kind's framing around the subject, small beside it: smoke for a launch, rays for a release,
 * laurels for a recognition, confetti for an award or a birthday, a path for a goal, a pennant for a
 * milestone. Adoptions, communities and eras are framed by their subject alone.
 */
function framing(kind: MilestoneKind, palette: ArtPalette, rng: Rng): string {
  const p = palette;
  switch (kind) {
    case 'launch':
      return [-1, 1]
        .flatMap((side) => [0, 1].map((i) => circle(side * (140 + i * 34), -14 - i * 10, 24 - i * 6, p.light, { 'fill-opacity': 0.85 })))
        .join('');
    case 'release':
      return [-1, 1]
        .flatMap((side) => [0, 1, 2].map((i) => line(side * 168, -230 + i * 40, side * 194, -246 + i * 44, { stroke: p.accent, 'stroke-width': 6 })))
        .join('');
    case 'recognition':
      return [-1, 1]
        .map((side) =>
          group(
            [0, 1, 2, 3].map((i) => path('M0,0C-14,-10 -14,-30 0,-40C14,-30 14,-10 0,0Z', p.primaryShade, { 'stroke-width': 4, transform: `translate(${side * (184 - i * 6)} ${-30 - i * 46}) rotate(${side * (20 + i * 8)})` })),
          ),
        )
        .join('');
    case 'award':
    case 'anniversary':
      return Array.from({ length: 6 }, (_, i) => {
        const side = i % 2 === 0 ? -1 : 1;
        const x = side * rng.range(172, 196);
        const y = -60 - i * 40;
        return rect(x - 5, y - 9, 10, 18, [p.accent, p.accentHot, p.light][i % 3]!, { 'stroke-width': 3, transform: `rotate(${r(rng.range(-50, 50))} ${r(x)} ${r(y)})` });
      }).join('');
    case 'goal':
      return path('M-196,-20C-180,-120 -150,-200 -180,-270', 'none', { stroke: p.light, 'stroke-width': 5, 'stroke-dasharray': '4 14', 'stroke-opacity': 0.7 }) + path(starPath(-180, -286, 16, 6), p.accent, { 'stroke-width': 3 });
    case 'milestone':
      return line(176, 0, 176, -120, { 'stroke-width': 5 }) + path('M179,-120L204,-108L179,-96Z', p.accentHot, { 'stroke-width': 4 });
    case 'statistic':
    case 'quote':
      return path(sparklePath(186, -260, 16), p.accent, { 'stroke-width': 3 });
    default:
      return '';
  }
}

/**
 * Pictures already drawn in this process, by everything a drawing depends on: a build needs each
 * picture's SVG in three places (its hash for the encoded files' names, the page, the share cards)
 * and draws it once. Kept on `globalThis`, which the config's integrations and the pages share;
 * emptied when a build or the dev server starts (`forgetDrawings`), so a changed drawing is drawn anew.
 */
const DRAWN = Symbol.for('journey:drawn-pictures');
const holder = globalThis as { [DRAWN]?: Map<string, string> };

export function forgetDrawings(): void {
  holder[DRAWN] = new Map();
}

/**
 * The illustration of a milestone as an SVG document, ART_FRAME sized: a panel in the track's
 * colours, a halo, era particles, a hill, the subject's motif framed by the kind, and a foreground.
 * Same input, same text: drawn once, then reused.
 */
export function generateMilestoneSvg(input: ArtInput, options: { motifOnly?: boolean; shape?: JourneyShape } = {}): string {
  const shape = options.shape ?? contentShape();
  const setting: Setting = { palette: paletteForTrack(shape.tracks, input.track), scenery: eraForYear(shape.eras, input.year).scenery };
  const key = JSON.stringify([GENERATOR_VERSION, input.id, input.kind, input.track, input.year, input.motif, input.label ?? null, options.motifOnly ?? false, setting]);
  const drawn = (holder[DRAWN] ??= new Map());
  let svg = drawn.get(key);
  if (svg === undefined) {
    svg = drawMilestoneSvg(input, setting, options);
    drawn.set(key, svg);
  }
  return svg;
}

/** Where a picture stands in its journey: its track's colours and its year's landscape (content/journey.yaml). */
interface Setting {
  palette: ArtPalette;
  scenery: Landscape;
}

function drawMilestoneSvg(input: ArtInput, { palette, scenery }: Setting, options: { motifOnly?: boolean }): string {
  const { width: W, height: H } = ART_FRAME;
  const rng = createRng(`${input.id}|${input.kind}|${input.track}`);

  // The seed nudges the composition only a little: the subject, not the seed, tells pictures apart.
  const haloX = W / 2 + rng.pick([-1, 1]) * rng.range(10, 40);
  const haloY = rng.range(150, 170);
  const haloR = rng.range(145, 155);

  // One sky per year and lane: the year's pictures share their far-away shapes, like one scene.
  const sky = createRng(`sky|${input.year}|${input.track}`);
  const particles: string[] = [];
  const count = sky.int(10, 16);
  for (let i = 0; i < count; i++) {
    // Spread across the panel in columns so they never pile up in one corner.
    const x = ((i + sky.range(0.1, 0.9)) / count) * W;
    const y = sky.range(24, 250);
    particles.push(particle(scenery, x, y, sky.range(7, 15), i % 4 === 0 ? palette.accent : palette.particle));
  }

  const hill = (base: number, swing: number) => {
    const a = base + rng.range(-swing, swing);
    const b = base + rng.range(-swing, swing);
    const c = base + rng.range(-swing, swing);
    return `M0,${r(a)}C${r(W * 0.3)},${r(b)} ${r(W * 0.6)},${r(c)} ${W},${r(base + rng.range(-swing, swing))}L${W},${H}L0,${H}Z`;
  };
  const groundBack = path(hill(300, 12), palette.groundBack);
  const groundFront = path(hill(362, 6), palette.groundFront);

  const motifX = W / 2 + rng.range(-6, 6);
  const motif = framing(input.kind, palette, rng) + MOTIFS[input.motif]({ rng, palette, scenery, label: input.label });

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
