import { existsSync, linkSync, readdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArtStatus } from '../../src/build-time/art/content.ts';
import { ART_OUTPUT_DIR, MANIFEST_PATH, serializeManifest, type ArtManifest, type ArtManifestEntry } from '../../src/build-time/art/manifest.ts';
import { plannedImages } from '../../src/build-time/art/pipeline.ts';

/**
 * Pictures for generated milestones without encoding them. Encoding is `npm run art`'s one-off,
 * incremental job (seconds per picture), not the build's: a scale copy gives each new milestone the
 * encoded files of one of the project's own pictures in turn, under the names and hashes the build
 * expects, so its pages carry real picture bytes. Returns how many pictures were stood in.
 */
export function standInArt(projectDir: string): number {
  const { sources, manifest } = readArtStatus(projectDir, { publishedOnly: true });
  const donors = Object.values(manifest.art).filter((entry) => entry.images.length > 0);
  const publicDir = join(projectDir, 'public');
  if (sources.length === 0 || donors.length === 0) return 0;
  const art: ArtManifest['art'] = {};
  sources.forEach((source, index) => {
    const donor = donors[index % donors.length]!;
    const images = plannedImages(source).map((image) => {
      const match = donor.images.find((candidate) => candidate.format === image.format && candidate.width === image.width) ?? donor.images[0]!;
      const from = join(publicDir, match.file);
      const to = join(publicDir, image.file);
      if (!existsSync(to)) {
        try {
          linkSync(from, to);
        } catch {
          copyFileSync(from, to);
        }
      }
      return { ...image, bytes: match.bytes };
    });
    art[source.id] = { hash: source.hash, source: source.type, images } satisfies ArtManifestEntry;
  });
  // The project's own pictures are no longer used by the copy: leave them out of its build.
  const used = new Set(Object.values(art).flatMap((entry) => entry.images.map((image) => image.file)));
  const outputDir = join(publicDir, ART_OUTPUT_DIR);
  for (const name of existsSync(outputDir) ? readdirSync(outputDir) : []) {
    if (!used.has(`${ART_OUTPUT_DIR}/${name}`)) rmSync(join(outputDir, name));
  }
  writeFileSync(join(projectDir, MANIFEST_PATH), serializeManifest({ art }));
  return sources.length;
}
