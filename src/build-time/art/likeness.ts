import sharp from 'sharp';

/**
 * When two pictures look alike, measured on the encoded pictures as a visitor gets them.
 *
 * Each picture (its 320 px AVIF) is decoded and shrunk to a 32 × 20 greyscale thumbnail, which
 * keeps the shapes and drops the details. What is compared is the thumbnail's outlines: the
 * strength of the change from each pixel to its right and lower neighbours, normalised to zero
 * mean and unit contrast, so the lanes' palettes (green, violet) and the panel all pictures share
 * do not decide; the shapes do. The likeness of two pictures is the correlation of their outline
 * maps, the larger of the picture as it is and mirrored (a mirrored twin is still a twin): 1 is the
 * same picture, 0 unrelated. Two pictures look alike when their likeness is at least LOOK_ALIKE.
 */
export const LIKENESS_THUMBNAIL = { width: 32, height: 20 } as const;

/**
 * The likeness at and above which two pictures look alike. The same motif drawn for two different
 * milestones (another seed, another label) scores above it; different motifs score below
 * (tests/unit/art-likeness.test.ts shows both).
 */
export const LOOK_ALIKE = 0.8;

/** The share of all pictures that must have no look-alike anywhere in the journey. */
export const MIN_DISTINCT_SHARE = 0.95;

export interface Thumbnail {
  /** Normalised outline strengths, row by row. */
  plain: Float64Array;
  /** The same, mirrored left to right. */
  mirrored: Float64Array;
}

/** The outline strength of each pixel: how much it differs from its right and lower neighbours. */
function outlines(values: Uint8Array, width: number, height: number): Float64Array {
  const edges = new Float64Array(values.length);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      const right = x < width - 1 ? values[i + 1]! - values[i]! : 0;
      const down = y < height - 1 ? values[i + width]! - values[i]! : 0;
      edges[i] = Math.hypot(right, down);
    }
  }
  return edges;
}

function normalise(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += values[i]!;
  mean /= n;
  let variance = 0;
  for (let i = 0; i < n; i++) variance += (values[i]! - mean) ** 2;
  const deviation = Math.sqrt(variance / n) || 1;
  return Float64Array.from({ length: n }, (_, i) => (values[i]! - mean) / deviation);
}

/** The thumbnail of an encoded picture (AVIF, WebP, PNG: whatever sharp decodes). */
export async function thumbnailOf(bytes: Uint8Array): Promise<Thumbnail> {
  const { width, height } = LIKENESS_THUMBNAIL;
  const grey = await sharp(bytes).flatten({ background: '#000' }).greyscale().resize(width, height, { fit: 'fill', kernel: 'cubic' }).raw().toBuffer();
  const values = new Uint8Array(grey.buffer, grey.byteOffset, width * height);
  const mirrored = new Uint8Array(values.length);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) mirrored[y * width + x] = values[y * width + (width - 1 - x)]!;
  return { plain: normalise(outlines(values, width, height)), mirrored: normalise(outlines(mirrored, width, height)) };
}

function correlation(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum / a.length;
}

/** How alike two pictures look, from 1 (the same, or mirrored) down. */
export function likeness(a: Thumbnail, b: Thumbnail): number {
  return Math.max(correlation(a.plain, b.plain), correlation(a.plain, b.mirrored));
}

export interface MeasuredPicture {
  id: string;
  year: number;
  thumbnail: Thumbnail;
}

export interface LookAlikePair {
  a: string;
  b: string;
  likeness: number;
  sameYear: boolean;
}

/** Every pair of pictures that look alike, most alike first. */
export function lookAlikes(pictures: readonly MeasuredPicture[], threshold = LOOK_ALIKE): LookAlikePair[] {
  const pairs: LookAlikePair[] = [];
  for (let i = 0; i < pictures.length; i++) {
    for (let j = i + 1; j < pictures.length; j++) {
      const a = pictures[i]!;
      const b = pictures[j]!;
      const score = likeness(a.thumbnail, b.thumbnail);
      if (score >= threshold) pairs.push({ a: a.id, b: b.id, likeness: Math.round(score * 1000) / 1000, sameYear: a.year === b.year });
    }
  }
  return pairs.sort((x, y) => y.likeness - x.likeness);
}

export interface Distinctness {
  total: number;
  /** Pictures with no look-alike anywhere in the journey. */
  distinct: number;
  share: number;
  /** Pairs of look-alikes within one year: there must be none. */
  sameYear: LookAlikePair[];
  pairs: LookAlikePair[];
  /** Per year: how many pictures, how many with no look-alike in the journey. */
  years: Map<number, { total: number; distinct: number }>;
}

export function distinctness(pictures: readonly MeasuredPicture[], threshold = LOOK_ALIKE): Distinctness {
  const pairs = lookAlikes(pictures, threshold);
  const alike = new Set(pairs.flatMap((pair) => [pair.a, pair.b]));
  const years = new Map<number, { total: number; distinct: number }>();
  for (const picture of pictures) {
    const year = years.get(picture.year) ?? { total: 0, distinct: 0 };
    year.total++;
    if (!alike.has(picture.id)) year.distinct++;
    years.set(picture.year, year);
  }
  const distinct = pictures.length - alike.size;
  return { total: pictures.length, distinct, share: pictures.length ? distinct / pictures.length : 1, sameYear: pairs.filter((pair) => pair.sameYear), pairs, years };
}
