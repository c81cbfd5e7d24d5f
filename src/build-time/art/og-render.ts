import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import sharp from 'sharp';
import { BUILD_CACHE_DIR } from '../build-cache.ts';
import { ogBackdropSvg, ogCardSvg, ogOverlaySvg, OG_SIZE, type OgCard } from './og.ts';
import type { CardDone, CardJob, CardWorkerSettings } from './og-worker.ts';

/**
 * An Open Graph card as PNG (link previews do not take AVIF). A card is drawn in two layers
 * (`OgCard`): the scenery behind it is drawn once per landscape and build, and only the card's own
 * words and picture are drawn for each card and laid over it, in worker threads (`og-worker.ts`)
 * while the build goes on with its pages. Each PNG is kept in a cache on disk
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
 * colour, both at zlib level 6). Half dithered: the faint silhouettes under the veil on the words' side stay visible.
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

/**
 * The workers that draw and encode the cards (`og-worker.ts`), as many as the machine has cores,
 * started with the first card a process encodes. The file is loaded from the source tree under the
 * project's root (where the build runs, as `OG_CACHE_DIR` has it): bundled chunks do not sit
 * beside their sources.
 */
const CARD_WORKER = join(process.cwd(), 'src', 'build-time', 'art', 'og-worker.ts');

interface Painter {
  worker: Worker;
  /** Its cards sent and not yet back: while there are any, it keeps the process alive. */
  busy: number;
}

interface Waiting {
  painter: Painter;
  resolve: (png: Buffer) => void;
  reject: (error: Error) => void;
}

let painters: Painter[] = [];
const waiting = new Map<number, Waiting>();
let lastJob = 0;

function startPainter(): Painter {
  const settings: CardWorkerSettings = { ...OG_SIZE, card: OG_PNG, scenery: SCENERY_PNG };
  const painter: Painter = { worker: new Worker(CARD_WORKER, { workerData: settings }), busy: 0 };
  painter.worker.unref();
  painter.worker.on('message', (done: CardDone) => {
    const job = waiting.get(done.id);
    if (!job) return;
    waiting.delete(done.id);
    if (--painter.busy === 0) painter.worker.unref();
    if ('png' in done) job.resolve(Buffer.from(done.png.buffer, done.png.byteOffset, done.png.byteLength));
    else job.reject(new Error(`A share card could not be drawn: ${done.error}`));
  });
  // A worker that fails or stops takes its cards with it, each with the reason; the next card starts another.
  const lost = (error: Error) => {
    painters = painters.filter((other) => other !== painter);
    for (const [id, job] of waiting) {
      if (job.painter !== painter) continue;
      waiting.delete(id);
      job.reject(new Error(`A share card could not be drawn: ${error.message}`));
    }
  };
  painter.worker.on('error', lost);
  painter.worker.on('exit', (code) => lost(new Error(`its worker stopped (exit code ${code})`)));
  return painter;
}

/** Draws and encodes a card in one of the workers: its own layer over its scenery, one PNG. */
export function encodeOgCard(card: OgCard): Promise<Buffer> {
  while (painters.length < availableParallelism()) painters.push(startPainter());
  const painter = painters.reduce((idlest, other) => (other.busy < idlest.busy ? other : idlest));
  const id = ++lastJob;
  const job: CardJob = { id, scenery: ogBackdropSvg(card.scenery), layer: ogOverlaySvg(card) };
  return new Promise((resolve, reject) => {
    waiting.set(id, { painter, resolve, reject });
    if (painter.busy++ === 0) painter.worker.ref();
    painter.worker.postMessage(job);
  });
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
