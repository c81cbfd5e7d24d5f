import sharp, { type Sharp } from 'sharp';
import { ART_FRAME } from '../../src/build-time/art/frame.ts';
import { ENCODER, type ArtManifestEntry } from '../../src/build-time/art/manifest.ts';
import { plannedImages } from '../../src/build-time/art/pipeline.ts';
import type { ArtSource } from '../../src/build-time/art/source.ts';

/** One picture at a time, one libvips thread: the same bytes on every run, and the machine stays usable. */
sharp.concurrency(1);

/**
 * Encodes one picture at every planned width and format. Generated SVG is rendered straight at each
 * width (sharp draws SVG at the density asked for, so outlines stay sharp); a drawn file is fitted
 * into the 16:10 frame without cropping, on a transparent background.
 */
export async function encodeArt(source: ArtSource): Promise<{ entry: ArtManifestEntry; files: Map<string, Buffer> }> {
  const files = new Map<string, Buffer>();
  const entry: ArtManifestEntry = { hash: source.hash, source: source.type, images: [] };
  for (const image of plannedImages(source)) {
    const pipeline = await rasterize(source, image.width, image.height);
    const bytes =
      image.format === 'avif' ? await pipeline.avif({ ...ENCODER.avif }).toBuffer() : await pipeline.webp({ ...ENCODER.webp }).toBuffer();
    files.set(image.file, bytes);
    entry.images.push({ ...image, bytes: bytes.length });
  }
  return { entry, files };
}

async function rasterize(source: ArtSource, width: number, height: number): Promise<Sharp> {
  if (source.type === 'generated') {
    return sharp(Buffer.from(source.svg), { density: (72 * width) / ART_FRAME.width }).resize(width, height);
  }
  const input = Buffer.from(source.bytes);
  const metadata = await sharp(input).metadata();
  // Vector files are drawn at the density that makes them at least as wide as the target.
  const density = metadata.format === 'svg' && metadata.width ? Math.min(2400, Math.max(72, (72 * width * 2) / metadata.width)) : undefined;
  return sharp(input, density ? { density } : {}).resize(width, height, {
    fit: 'contain',
    background: { r: 0, g: 0, b: 0, alpha: 0 },
  });
}
