import { trackOrder, type Track, type TrackId } from '../../model/tracks.ts';
import { trackColour } from '../design-tokens.ts';
import { hsl, toHsl } from '../../model/colour.ts';

/**
 * The colours of one illustration. Every motif draws with these names only, so a track's palette
 * recolours every picture in that lane and the style stays one family.
 */
export interface ArtPalette {
  /** The panel behind the motif. */
  sky: string;
  /** The large soft disc behind the motif. */
  halo: string;
  /** The ground the motif stands on, back and front. */
  groundBack: string;
  groundFront: string;
  /** The motif's main colour and its shadow side. */
  primary: string;
  primaryShade: string;
  /** Light surfaces: paper, faces, windows. */
  light: string;
  /** Small warm highlights: stars, flames, candles. */
  accent: string;
  accentHot: string;
  /** Outlines: every shape is drawn with the same dark outline. */
  ink: string;
  /** Far-away sparkles and dots. */
  particle: string;
}

/** The design's own palettes for the first lanes, in lane order, drawn for their lane colours. */
export const ART_PALETTES: readonly ArtPalette[] = [
  {
    sky: '#0d2619',
    halo: '#143d27',
    groundBack: '#10311f',
    groundFront: '#0a1f14',
    primary: '#1ed760',
    primaryShade: '#139a45',
    light: '#d9fbe4',
    accent: '#ffc45c',
    accentHot: '#ff7847',
    ink: '#04110a',
    particle: '#2e7a4f',
  },
  {
    sky: '#191433',
    halo: '#28215a',
    groundBack: '#211b47',
    groundFront: '#120e28',
    primary: '#a594ff',
    primaryShade: '#7059dc',
    light: '#f1edff',
    accent: '#ffc45c',
    accentHot: '#ff6f91',
    ink: '#0a071c',
    particle: '#5a4fa6',
  },
];

/**
 * A track's palette: the design's own for its lane, unless the editor gave the track a colour of its
 * own or the design has none for that lane; then one made from the track's colour.
 */
export function paletteForTrack(tracks: readonly Track[], track: TrackId): ArtPalette {
  const index = trackOrder(tracks.map((one) => one.id), track);
  const own = ART_PALETTES[index];
  return own && !tracks[index]?.colour ? own : paletteFromColour(trackColour(tracks, track));
}

/**
 * A palette in the family of the design's own, around one colour: the motif in the colour itself,
 * the panel, halo and ground as deep tints of its hue (dark, like the page), the warm highlights of
 * every palette.
 */
export function paletteFromColour(colour: string): ArtPalette {
  const [hue, saturation, lightness] = toHsl(colour);
  const tint = Math.min(saturation, 0.5);
  return {
    sky: hsl(hue, tint, 0.1),
    halo: hsl(hue, tint, 0.16),
    groundBack: hsl(hue, tint, 0.13),
    groundFront: hsl(hue, tint, 0.08),
    primary: colour,
    primaryShade: hsl(hue, saturation, lightness * 0.72),
    light: hsl(hue, Math.max(saturation, 0.6), 0.93),
    accent: '#ffc45c',
    accentHot: '#ff7847',
    ink: hsl(hue, tint, 0.04),
    particle: hsl(hue, tint, 0.34),
  };
}
