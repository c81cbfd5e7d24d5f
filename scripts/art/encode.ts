import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { contactSheetSvg, motifGuideMarkdown, withMotifGuide } from '../../src/build-time/art/contact-sheet.ts';
import { MOTIF_CATALOGUE } from '../../src/model/motifs.ts';
import { ART_FRAME } from '../../src/build-time/art/frame.ts';
import { ENCODER, type ArtFormat, type ArtManifestEntry } from '../../src/build-time/art/manifest.ts';
import { plannedImages } from '../../src/build-time/art/pipeline.ts';
import type { ArtSource } from '../../src/build-time/art/source.ts';
import { ADOPTER_SIGNS } from '../../src/model/pictures.ts';
import { contentShape } from '../../src/build-time/content/snapshot.ts';

/** Where the art guide's contact sheet goes, relative to the project root. */
export const CONTACT_SHEET_PATH = 'art/motifs.png';
export const ART_GUIDE_PATH = 'art/README.md';

/** Draws every motif into one palette PNG for the art guide, and writes the guide's list of motifs. */
export async function writeContactSheet(root: string): Promise<string> {
  const { svg } = contactSheetSvg(ADOPTER_SIGNS);
  await sharp(Buffer.from(svg), { density: 72 }).resize({ width: 1560 }).png({ palette: true, quality: 90, effort: 8, compressionLevel: 9 }).toFile(join(root, CONTACT_SHEET_PATH));
  const guide = join(root, ART_GUIDE_PATH);
  writeFileSync(guide, withMotifGuide(readFileSync(guide, 'utf8'), motifGuideMarkdown(contentShape(root).pictures, MOTIF_CATALOGUE)));
  return CONTACT_SHEET_PATH;
}

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
    const bytes = await encodeImage(source, image.format, image.width, image.height);
    files.set(image.file, bytes);
    entry.images.push({ ...image, bytes: bytes.length });
  }
  return { entry, files };
}

/** One encoded file of a picture, exactly as `npm run art` writes it. */
export async function encodeImage(source: ArtSource, format: ArtFormat, width: number, height: number): Promise<Buffer> {
  const pipeline = await rasterize(source, width, height);
  return format === 'avif' ? pipeline.avif({ ...ENCODER.avif }).toBuffer() : pipeline.webp({ ...ENCODER.webp }).toBuffer();
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
