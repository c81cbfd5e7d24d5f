import { ART_WIDTHS, heightForWidth } from './frame.ts';
import { ART_FORMATS, encodedFileName, type ArtFormat, type ArtManifest, type ArtManifestEntry } from './manifest.ts';
import type { ArtSource } from './source.ts';

/**
 * What `npm run art` has to do, decided without touching a file: which pictures are up to date,
 * which to encode, and which encoded files nobody uses any more.
 */
export interface ArtWork {
  /** Pictures whose files exist and whose hash matches: left alone. */
  upToDate: ArtSource[];
  /** Pictures to encode, with the reason shown to the editor. */
  toEncode: Array<{ source: ArtSource; reason: 'new' | 'changed' | 'files missing' }>;
  /** Files under the output folder that no entry of the next manifest names. */
  toRemove: string[];
}

/** The files one picture is encoded to: every format at every width. */
export function plannedImages(source: Pick<ArtSource, 'anchor' | 'hash'>): Array<{ format: ArtFormat; width: number; height: number; file: string }> {
  return ART_FORMATS.flatMap((format) =>
    ART_WIDTHS.map((width) => ({ format, width, height: heightForWidth(width), file: encodedFileName(source.anchor, source.hash, width, format) })),
  );
}

export function planArtWork(sources: readonly ArtSource[], manifest: ArtManifest, existingFiles: ReadonlySet<string>): ArtWork {
  const work: ArtWork = { upToDate: [], toEncode: [], toRemove: [] };
  const keep = new Set<string>();
  for (const source of sources) {
    const entry = Object.hasOwn(manifest.art, source.id) ? manifest.art[source.id] : undefined;
    const files = plannedImages(source).map((image) => image.file);
    for (const file of files) keep.add(file);
    if (!entry) work.toEncode.push({ source, reason: 'new' });
    else if (entry.hash !== source.hash || !sameFiles(entry, files)) work.toEncode.push({ source, reason: 'changed' });
    else if (!files.every((file) => existingFiles.has(file))) work.toEncode.push({ source, reason: 'files missing' });
    else work.upToDate.push(source);
  }
  work.toRemove = [...existingFiles].filter((file) => !keep.has(file)).sort();
  return work;
}

function sameFiles(entry: ArtManifestEntry, files: readonly string[]): boolean {
  const named = entry.images.map((image) => image.file);
  return named.length === files.length && files.every((file) => named.includes(file));
}

/** The next manifest: one entry per picture, carried over when up to date, fresh when encoded. */
export function nextManifest(previous: ArtManifest, upToDate: readonly ArtSource[], encoded: ReadonlyMap<string, ArtManifestEntry>): ArtManifest {
  const art: Record<string, ArtManifestEntry> = {};
  for (const source of upToDate) art[source.id] = previous.art[source.id]!;
  for (const [id, entry] of encoded) art[id] = entry;
  return { art };
}
