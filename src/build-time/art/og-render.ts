import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { BUILD_CACHE_DIR } from '../build-cache.ts';

/**
 * An Open Graph card's SVG as PNG (link previews do not take AVIF). The art is flat colour, so a
 * palette PNG keeps it sharp at a fraction of the bytes. Encoding is the slow part of drawing a
 * card, so each PNG is kept in a cache on disk under the hash of its SVG and these settings: a
 * card whose SVG has not changed is read back, never encoded again.
 */

/** The PNG encoder's settings; part of every cached card's key. */
export const OG_PNG = { palette: true, quality: 92, effort: 8, compressionLevel: 9 } as const;

/** Where encoded cards are kept between builds: inside the build's cache folder, which hosts keep between builds too. */
export const OG_CACHE_DIR = join(process.cwd(), BUILD_CACHE_DIR, 'journey-og');

/** The key of a card: its SVG, the encoder's settings and sharp's version. */
export function ogCacheKey(svg: string): string {
  return createHash('sha256').update(JSON.stringify([sharp.versions.sharp ?? '', OG_PNG])).update('\0').update(svg).digest('hex');
}

export interface OgCache {
  dir: string;
  /** Encodes an SVG that is not in the cache. */
  encode?: (svg: string) => Promise<Buffer>;
}

function encode(svg: string): Promise<Buffer> {
  return sharp(Buffer.from(svg)).png(OG_PNG).toBuffer();
}

function readCached(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** A card's PNG, from the cache when its SVG has been encoded before, else encoded and kept. */
export async function cachedOgPng(svg: string, cache: OgCache = { dir: OG_CACHE_DIR }): Promise<Buffer> {
  const file = join(cache.dir, `${ogCacheKey(svg)}.png`);
  const hit = readCached(file);
  if (hit) return hit;
  const png = await (cache.encode ?? encode)(svg);
  try {
    mkdirSync(cache.dir, { recursive: true });
    // Written aside, then renamed: a build stopped half-way never leaves half a card behind.
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, png);
    renameSync(partial, file);
  } catch {
    // A read-only or full disk only costs the next build the encoding.
  }
  return png;
}

export async function renderOgPng(svg: string): Promise<ArrayBuffer> {
  const png = await cachedOgPng(svg);
  return png.buffer.slice(png.byteOffset, png.byteOffset + png.byteLength) as ArrayBuffer;
}
