import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { BUILD_CACHE_DIR } from '../build-cache.ts';
import { ogBackdropSvg, ogCardSvg, ogOverlaySvg, OG_SIZE, type OgCard } from './og.ts';

/**
 * An Open Graph card as PNG (link previews do not take AVIF). A card is drawn in two layers
 * (`OgCard`): the scenery behind it is drawn once per landscape and build, and only the card's own
 * words and picture are drawn for each card and laid over it. Each PNG is kept in a cache on disk
 * under the hash of the card's SVG and these settings: a card that has not changed is read back,
 * never encoded again.
 */

/**
 * The PNG encoder's settings for a card: full colour at zlib's default level. A palette PNG is
 * 2.5 times smaller, but reducing each card to a palette costs about 30 ms of CPU more than the
 * whole rest of the card, which at 10,000 milestones is minutes of every cold build
 * (docs/benchmark.md has the figures). Part of every cached card's key.
 */
export const OG_PNG = { palette: false, compressionLevel: 6 } as const;

/**
 * The scenery, reduced to a palette once per landscape: at most 256 flat colours compress far
 * better than its smooth veil, so every card is smaller (88 kB against 112 kB drawn in full
 * colour). Half dithered: the faint silhouettes under the veil on the words' side stay visible.
 */
export const SCENERY_PNG = { palette: true, quality: 92, effort: 10, dither: 0.5, compressionLevel: 1 } as const;

/** Where a project's encoded cards are kept between builds: inside the build's cache folder, which hosts keep between builds too. */
export function ogCacheDir(root: string): string {
  return join(root, BUILD_CACHE_DIR, 'journey-og');
}

export const OG_CACHE_DIR = ogCacheDir(process.cwd());

/** The key of a card: its SVG, the encoders' settings and sharp's version. */
export function ogCacheKey(card: OgCard): string {
  return createHash('sha256')
    .update(JSON.stringify([sharp.versions.sharp ?? '', OG_PNG, SCENERY_PNG]))
    .update('\0')
    .update(ogCardSvg(card))
    .digest('hex');
}

export interface OgCache {
  dir: string;
  /** Encodes a card that is not in the cache. */
  encode?: (card: OgCard) => Promise<Buffer>;
}

const { width, height } = OG_SIZE;

/** The scenery of each landscape as RGB pixels, already reduced to its palette: drawn once per build, by every card that needs it. */
const sceneries = new Map<string, Promise<Buffer>>();

function sceneryPixels(card: OgCard): Promise<Buffer> {
  const svg = ogBackdropSvg(card.scenery);
  let pixels = sceneries.get(svg);
  if (!pixels) {
    pixels = sharp(Buffer.from(svg))
      .png(SCENERY_PNG)
      .toBuffer()
      .then((png) => sharp(png).removeAlpha().raw().toBuffer());
    sceneries.set(svg, pixels);
  }
  return pixels;
}

/**
 * The card's own layer (RGBA, straight alpha, as sharp gives it) laid over the scenery (RGB), in
 * place. A loop over the pixels: sharp's own composite costs four times as much here (measured).
 */
function layOver(scenery: Buffer, layer: Buffer): Buffer {
  const out = Buffer.from(scenery);
  for (let p = 0, q = 0; p < out.length; p += 3, q += 4) {
    const alpha = layer[q + 3]!;
    if (alpha === 0) continue;
    if (alpha === 255) {
      out[p] = layer[q]!;
      out[p + 1] = layer[q + 1]!;
      out[p + 2] = layer[q + 2]!;
    } else {
      const rest = 255 - alpha;
      out[p] = (layer[q]! * alpha + out[p]! * rest + 127) / 255;
      out[p + 1] = (layer[q + 1]! * alpha + out[p + 1]! * rest + 127) / 255;
      out[p + 2] = (layer[q + 2]! * alpha + out[p + 2]! * rest + 127) / 255;
    }
  }
  return out;
}

/** Draws and encodes a card: its scenery (once per landscape), its own layer over it, one PNG. */
export async function encodeOgCard(card: OgCard): Promise<Buffer> {
  const [scenery, layer] = await Promise.all([sceneryPixels(card), sharp(Buffer.from(ogOverlaySvg(card))).ensureAlpha().raw().toBuffer()]);
  return sharp(layOver(scenery, layer), { raw: { width, height, channels: 3 } }).png(OG_PNG).toBuffer();
}

function readCached(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** A card's PNG, from the cache when it has been encoded before, else encoded and kept. */
export async function cachedOgPng(card: OgCard, cache: OgCache = { dir: OG_CACHE_DIR }): Promise<Buffer> {
  const file = join(cache.dir, `${ogCacheKey(card)}.png`);
  const hit = readCached(file);
  if (hit) return hit;
  const png = await (cache.encode ?? encodeOgCard)(card);
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

export async function renderOgPng(card: OgCard): Promise<ArrayBuffer> {
  const png = await cachedOgPng(card);
  return png.buffer.slice(png.byteOffset, png.byteOffset + png.byteLength) as ArrayBuffer;
}
