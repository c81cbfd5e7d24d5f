/**
 * `npm run art`: draws and encodes every milestone's picture into public/images/art/ and records
 * them in art/manifest.json. Incremental: a picture whose source and encoder settings are unchanged
 * (same hash) is not encoded again. Commit public/images/art/ and art/manifest.json afterwards.
 *
 *   npm run art                 encode new and changed pictures, remove unused files
 *   npm run art -- --check      only list pictures that are missing or out of date (exit 1 if any)
 *   npm run art -- --force      encode every picture again
 *   npm run art -- --explain    list what each picture shows and why (the subject rules at work)
 *   npm run art -- --sheet      draw the art guide's contact sheet of every motif (art/motifs.png)
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describeArtWork, readArtStatus } from '../../src/build-time/art/content.ts';
import { ART_OUTPUT_DIR, MANIFEST_PATH, serializeManifest, type ArtManifestEntry } from '../../src/build-time/art/manifest.ts';
import { nextManifest } from '../../src/build-time/art/pipeline.ts';
import { encodeArt, writeContactSheet } from './encode.ts';
import { printUsage, readArgs, runCommand } from '../lib/cli.ts';

const COMMAND = {
  failure: 'The art pipeline could not run',
  usage: 'Usage: npm run art [-- --check] [-- --force] [-- --explain] [-- --sheet] [-- --root <project folder>]',
};

async function main(): Promise<number> {
  const { values: options } = readArgs({
    options: {
      check: { type: 'boolean' },
      force: { type: 'boolean' },
      explain: { type: 'boolean' },
      sheet: { type: 'boolean' },
      root: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (options.help) return printUsage(COMMAND);

  const root = resolve(options.root ?? process.env.JOURNEY_ROOT ?? process.cwd());
  const publicDir = join(root, 'public');
  const manifestFile = join(root, MANIFEST_PATH);
  const { sources, manifest, work, problems, skipped } = readArtStatus(root, { ignoreManifest: options.force });

  if (skipped.length > 0) {
    console.log(`${skipped.length} milestone file(s) are not valid and were left out; npm run check:content says why:`);
    for (const file of skipped) console.log(`  ${file}`);
  }

  if (options.explain) {
    for (const source of sources) {
      if (source.type !== 'generated') continue;
      const { subject, motif, label, because } = source.casting;
      console.log(`${source.id}\n  ${motif}${label ? ` "${label}"` : ''}: ${subject}; ${because}`);
    }
    return 0;
  }

  if (options.sheet) {
    const file = await writeContactSheet(root);
    console.log(`Art: the contact sheet of every motif is in ${file}.`);
    return 0;
  }

  if (options.check) {
    const lines = [...problems, ...describeArtWork(work)];
    if (lines.length > 0) {
      console.error(`Art: ${lines.length} milestone(s) need attention:`);
      for (const line of lines) console.error(`  ${line}`);
      console.error('Run `npm run art` to draw and encode the pictures, then commit public/images/art/ and art/manifest.json.');
      return 1;
    }
    console.log(`Art: all ${sources.length} pictures are encoded and up to date.`);
    return 0;
  }

  const encoded = new Map<string, ArtManifestEntry>();
  const started = performance.now();
  let index = 0;
  // Two pictures at a time: one per core.
  const worker = async () => {
    while (index < work.toEncode.length) {
      const { source, reason } = work.toEncode[index++]!;
      const { entry, files } = await encodeArt(source);
      for (const [file, bytes] of files) {
        const target = join(publicDir, file);
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, bytes);
      }
      encoded.set(source.id, entry);
      const size = entry.images.reduce((sum, image) => sum + image.bytes, 0);
      console.log(`  encoded  ${source.id}  (${reason}, ${entry.images.length} files, ${kilobytes(size)})`);
    }
  };
  await Promise.all([worker(), worker()]);

  for (const file of work.toRemove) rmSync(join(publicDir, file), { force: true });

  const next = nextManifest(manifest, work.upToDate, encoded);
  mkdirSync(dirname(manifestFile), { recursive: true });
  writeFileSync(manifestFile, serializeManifest(next));

  const all = Object.values(next.art).flatMap((entry) => entry.images);
  const bytes = all.reduce((sum, image) => sum + image.bytes, 0);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Art: ${sources.length} pictures, ${work.upToDate.length} up to date, ${encoded.size} encoded in ${seconds} s, ` +
      `${work.toRemove.length} unused file(s) removed. public/${ART_OUTPUT_DIR}/ holds ${all.length} files, ${kilobytes(bytes)}.`,
  );
  if (problems.length > 0) {
    console.error(`${problems.length} milestone(s) could not get their picture:`);
    for (const problem of problems) console.error(`  ${problem}`);
    return 1;
  }
  return 0;
}

function kilobytes(bytes: number): string {
  return bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(2)} MB` : `${(bytes / 1000).toFixed(1)} kB`;
}

await runCommand(COMMAND, main);
