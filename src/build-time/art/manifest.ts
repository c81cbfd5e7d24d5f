import { createHash } from 'node:crypto';
import { ART_WIDTHS } from './frame.ts';
import { GENERATOR_VERSION } from './generate.ts';

/**
 * The art manifest (`art/manifest.json`): for each milestone with a picture, the hash of what the
 * picture was made from and the encoded files in `public/images/art/`. `npm run art` writes it; the
 * page reads it. A hash that no longer matches the milestone means the picture is out of date.
 */

export const MANIFEST_PATH = 'art/manifest.json';
/** Where encoded pictures go, relative to `public/` (and so to the site's base). */
export const ART_OUTPUT_DIR = 'images/art';

/** Best first: browsers take the first `<source>` they can decode. */
export const ART_FORMATS = ['avif', 'webp'] as const;
export type ArtFormat = (typeof ART_FORMATS)[number];

/**
 * Encoder settings. Flat colours and clean outlines compress well: AVIF quality 55 keeps the
 * outlines crisp at about 2.5 kB per 320w picture; WebP is the fallback for browsers without AVIF.
 */
export const ENCODER = {
  avif: { quality: 55, effort: 4, chromaSubsampling: '4:4:4' },
  // A lossy alpha channel: lossless alpha at effort 6 takes seconds per drawn picture with transparency.
  webp: { quality: 80, effort: 6, smartSubsample: true, alphaQuality: 90 },
} as const;

/** Everything that changes the encoded bytes besides the source: part of every hash. */
export const ENCODER_SIGNATURE = JSON.stringify({ generator: GENERATOR_VERSION, widths: ART_WIDTHS, encoder: ENCODER });

export interface EncodedImage {
  format: ArtFormat;
  width: number;
  height: number;
  /** Path under `public/`: "images/art/2022-03-17-backstage-1-0-released-3fa9c1d2e4-320.avif". */
  file: string;
  bytes: number;
}

export interface ArtManifestEntry {
  /** Hash of the source (the generated SVG, or the drawn file's bytes) and the encoder settings. */
  hash: string;
  source: 'generated' | 'drawn';
  /** Every format at every width, in `ART_FORMATS` then `ART_WIDTHS` order. */
  images: EncodedImage[];
}

export interface ArtManifest {
  /** Milestone id → its encoded picture, ids in sorted order. */
  art: Record<string, ArtManifestEntry>;
}

export function emptyManifest(): ArtManifest {
  return { art: {} };
}

/** The hash that names a picture's files and tells whether they are up to date. */
export function artHash(source: string | Uint8Array): string {
  return createHash('sha256').update(ENCODER_SIGNATURE).update('\n').update(source).digest('hex').slice(0, 20);
}

/** "images/art/<anchor>-<hash>-<width>.<format>": unique per picture, changes when the picture does. */
export function encodedFileName(anchor: string, hash: string, width: number, format: ArtFormat): string {
  return `${ART_OUTPUT_DIR}/${anchor}-${hash.slice(0, 10)}-${width}.${format}`;
}

export type ArtLookup =
  | { status: 'ready'; entry: ArtManifestEntry }
  | { status: 'missing' }
  | { status: 'stale'; entry: ArtManifestEntry };

/** A milestone's encoded picture, if the manifest has one made from the current source. */
export function lookupArt(manifest: ArtManifest, id: string, expectedHash: string): ArtLookup {
  const entry = Object.hasOwn(manifest.art, id) ? manifest.art[id] : undefined;
  if (!entry) return { status: 'missing' };
  if (entry.hash !== expectedHash) return { status: 'stale', entry };
  return { status: 'ready', entry };
}

/** The entry's images of one format, narrowest first. */
export function imagesOf(entry: ArtManifestEntry, format: ArtFormat): EncodedImage[] {
  return entry.images.filter((image) => image.format === format).sort((a, b) => a.width - b.width);
}

/** A `srcset` for one format: "/images/art/x-320.avif 320w, /images/art/x-640.avif 640w". */
export function srcsetOf(entry: ArtManifestEntry, format: ArtFormat, base = '/'): string {
  return imagesOf(entry, format)
    .map((image) => `${withBase(base, image.file)} ${image.width}w`)
    .join(', ');
}

export function withBase(base: string, file: string): string {
  return `${base.replace(/\/?$/, '/')}${file}`;
}

/** The manifest as committed: keys sorted and two-space indented, so reruns give identical bytes. */
export function serializeManifest(manifest: ArtManifest): string {
  const art: Record<string, ArtManifestEntry> = {};
  for (const id of Object.keys(manifest.art).sort()) art[id] = manifest.art[id]!;
  return `${JSON.stringify({ art }, null, 2)}\n`;
}

/** Reads a manifest's text, tolerating an empty or missing file (no art encoded yet). */
export function parseManifest(text: string | undefined): ArtManifest {
  if (!text || !text.trim()) return emptyManifest();
  const data = JSON.parse(text) as Partial<ArtManifest>;
  return { art: data.art && typeof data.art === 'object' ? data.art : {} };
}
