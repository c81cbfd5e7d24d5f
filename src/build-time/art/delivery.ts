import { ART_SIZES_ATTR } from '../../layout/dimensions.ts';
import { ART_WIDTHS, heightForWidth } from './frame.ts';
import { ART_FORMATS, imagesOf, lookupArt, srcsetOf, withBase, type ArtManifest } from './manifest.ts';
import type { ArtSource } from './source.ts';

/** What `<MilestoneArt>` renders: a `<picture>` of encoded files, or (dev server only) the source itself. */
export type ArtImage =
  | {
      kind: 'encoded';
      /** `<source>` elements, best format first. */
      sources: Array<{ type: string; srcset: string }>;
      sizes: string;
      /** The `<img>` fallback: the narrowest WebP, never a PNG. */
      src: string;
      width: number;
      height: number;
      alt: string;
    }
  | { kind: 'unencoded'; src: string; width: number; height: number; alt: string; reason: string };

export const MIME_TYPES: Readonly<Record<string, string>> = {
  avif: 'image/avif',
  webp: 'image/webp',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
};

/** The build stops on this: a published page never ships a milestone without its encoded picture. */
export class ArtNotEncodedError extends Error {
  readonly milestoneId: string;
  readonly reason: string;

  constructor(milestoneId: string, reason: string) {
    super(
      `Milestone ${milestoneId}: ${reason}. Run \`npm run art\` to draw and encode it, ` +
        'then commit public/images/art/ and art/manifest.json.',
    );
    this.name = 'ArtNotEncodedError';
    this.milestoneId = milestoneId;
    this.reason = reason;
  }
}

export interface DeliveryOptions {
  /** The site's base path (`import.meta.env.BASE_URL`). */
  base?: string;
  /** Show a picture that is not encoded yet from its source (the dev server), instead of failing. */
  allowUnencoded?: boolean;
}

export function artImageFor(source: ArtSource, manifest: ArtManifest, options: DeliveryOptions = {}): ArtImage {
  const base = options.base ?? '/';
  const lookup = lookupArt(manifest, source.id, source.hash);
  if (lookup.status === 'ready') {
    const fallback = imagesOf(lookup.entry, 'webp')[0];
    if (fallback) {
      return {
        kind: 'encoded',
        sources: ART_FORMATS.map((format) => ({ type: MIME_TYPES[format]!, srcset: srcsetOf(lookup.entry, format, base) })),
        sizes: ART_SIZES_ATTR,
        src: withBase(base, fallback.file),
        width: fallback.width,
        height: fallback.height,
        alt: source.alt,
      };
    }
  }
  const reason =
    lookup.status === 'missing'
      ? 'its picture has not been encoded yet'
      : lookup.status === 'stale'
        ? source.type === 'generated'
          ? 'its picture is out of date (its kind, track, year or file name changed)'
          : 'its picture is out of date (the drawn file changed)'
        : 'its picture has no WebP fallback';
  if (!options.allowUnencoded) throw new ArtNotEncodedError(source.id, reason);
  const width = ART_WIDTHS[0];
  return { kind: 'unencoded', src: dataUri(source), width, height: heightForWidth(width), alt: source.alt, reason };
}

function dataUri(source: ArtSource): string {
  if (source.type === 'generated') return `data:image/svg+xml,${encodeURIComponent(source.svg)}`;
  const extension = source.path.slice(source.path.lastIndexOf('.') + 1).toLowerCase();
  return `data:${MIME_TYPES[extension] ?? 'application/octet-stream'};base64,${Buffer.from(source.bytes).toString('base64')}`;
}
