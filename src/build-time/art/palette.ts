import { TRACK_IDS, type TrackId } from '../../model/tracks.ts';

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

/** In lane order: the first track takes the first palette, and so on (wrapping round). */
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

export function paletteForTrack(track: TrackId): ArtPalette {
  const index = Math.max(0, TRACK_IDS.indexOf(track));
  return ART_PALETTES[index % ART_PALETTES.length]!;
}
