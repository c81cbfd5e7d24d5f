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
 * The PNG encoder's settings for a card: full colour at zlib level 3. A palette PNG is 2.5 times
 * smaller, but reducing each card to a palette costs about 30 ms of CPU more than the whole rest of
 * the card; level 3 takes half the time of zlib's default level 6 for 17% more bytes, and lower
 * levels save little more time for many more bytes. At 10,000 milestones each of these milliseconds
 * is 10 s of CPU in every cold build (docs/benchmark.md has the figures). Part of every cached card's key.
 */
export const OG_PNG = { palette: false, compressionLevel: 3 } as const;

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
 * Draws and encodes a card: its own layer laid over its scenery (drawn once per landscape) and
 * written as one PNG, all inside sharp. No card's pixels pass through JavaScript: a few megabytes of
 * them a card made the collector mark the whole build's heap every dozen cards, a cost that grew
 * with the journey (docs/benchmark.md).
 */
export async function encodeOgCard(card: OgCard): Promise<Buffer> {
  const scenery = await sceneryPixels(card);
  return sharp(scenery, { raw: { width, height, channels: 3 } })
    .composite([{ input: Buffer.from(ogOverlaySvg(card)) }])
    .removeAlpha()
    .png(OG_PNG)
    .toBuffer();
}

function readCached(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** The cache folders this process has made: made once, not once a card. */
const madeDirs = new Set<string>();

/** A card's PNG, from the cache when it has been encoded before, else encoded and kept. */
export async function cachedOgPng(card: OgCard, cache: OgCache = { dir: OG_CACHE_DIR }): Promise<Buffer> {
  const file = join(cache.dir, `${ogCacheKey(card)}.png`);
  const hit = readCached(file);
  if (hit) return hit;
  const png = await (cache.encode ?? encodeOgCard)(card);
  try {
    if (!madeDirs.has(cache.dir)) {
      mkdirSync(cache.dir, { recursive: true });
      madeDirs.add(cache.dir);
    }
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
