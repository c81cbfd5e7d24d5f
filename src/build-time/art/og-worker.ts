import { parentPort, workerData } from 'node:worker_threads';
import sharp, { type PngOptions } from 'sharp';

/**
 * The pixel work of the share cards, in worker threads that `og-render.ts` starts: each card's own
 * layer drawn, laid over its scenery and written as PNG. A card's pixels are megabytes; made in the
 * build's own thread they had its collector mark the whole build's heap every dozen cards, a cost
 * that grew with the journey. A worker's heap holds nothing else, so collecting it stays cheap,
 * and the loop over the pixels costs a quarter of sharp's own composite (docs/benchmark.md).
 *
 * Plain TypeScript that Node runs as it is (types only, no enums): the build's bundles do not
 * hold this file, the worker loads it from the source tree.
 */

export interface CardWorkerSettings {
  width: number;
  height: number;
  /** The card's PNG settings (`OG_PNG`). */
  card: PngOptions;
  /** The scenery's palette PNG settings (`SCENERY_PNG`). */
  scenery: PngOptions;
}

export interface CardJob {
  id: number;
  /** The scenery as an SVG document: drawn once per landscape by each worker. */
  scenery: string;
  /** The card's own layer as an SVG document, transparent where the scenery shows through. */
  layer: string;
}

export type CardDone = { id: number; png: Uint8Array } | { id: number; error: string };

const settings = workerData as CardWorkerSettings;
const { width, height } = settings;

/** Each landscape's scenery as RGB pixels, already reduced to its palette. */
const sceneries = new Map<string, Promise<Buffer>>();

function sceneryPixels(svg: string): Promise<Buffer> {
  let pixels = sceneries.get(svg);
  if (!pixels) {
    pixels = sharp(Buffer.from(svg))
      .png(settings.scenery)
      .toBuffer()
      .then((png) => sharp(png).removeAlpha().raw().toBuffer());
    sceneries.set(svg, pixels);
  }
  return pixels;
}

/** The card's layer (RGBA, straight alpha, as sharp gives it) laid over a copy of the scenery (RGB). */
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

async function encode(job: CardJob): Promise<Uint8Array> {
  const [scenery, layer] = await Promise.all([sceneryPixels(job.scenery), sharp(Buffer.from(job.layer)).ensureAlpha().raw().toBuffer()]);
  const png = await sharp(layOver(scenery, layer), { raw: { width, height, channels: 3 } }).png(settings.card).toBuffer();
  // A copy of its own, so its memory moves to the build's thread instead of being copied again.
  return new Uint8Array(png);
}

parentPort?.on('message', (job: CardJob) => {
  encode(job).then(
    (png) => parentPort?.postMessage({ id: job.id, png } satisfies CardDone, [png.buffer as ArrayBuffer]),
    (error: unknown) => parentPort?.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) } satisfies CardDone),
  );
});
