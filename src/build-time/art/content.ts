import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { contentShape, contentSnapshot } from '../content/snapshot.ts';
import type { Milestone } from '../../model/milestone.ts';
import { ART_OUTPUT_DIR, emptyManifest, MANIFEST_PATH, parseManifest, type ArtManifest } from './manifest.ts';
import { castJourney } from './casting.ts';
import { planArtWork, type ArtWork } from './pipeline.ts';
import { artSourceFor, type ArtSource } from './source.ts';

/** A milestone as read from its file, with its body's plain words (its picture is chosen from its words). */
export type MilestoneWithWords = Milestone & { words: string };

export interface LoadedMilestones {
  milestones: MilestoneWithWords[];
  /** Files that are not valid milestones; `npm run check:content` says why. */
  skipped: string[];
}

/**
 * Every milestone file the content collection reads (drafts included: they show in the dev
 * server), as the content check read it. Invalid files are listed, not thrown.
 */
export function loadMilestones(root: string): LoadedMilestones {
  const milestones: MilestoneWithWords[] = [];
  const skipped: string[] = [];
  for (const read of contentSnapshot(root).result.files) {
    if (read.milestone) milestones.push({ ...read.milestone, words: read.body?.words ?? '' });
    else skipped.push(read.file.path);
  }
  return { milestones, skipped };
}

/** Reads a file relative to `root`; undefined when it is not there. */
export function projectFileReader(root: string): (path: string) => Uint8Array | undefined {
  return (path) => {
    try {
      const full = join(root, path);
      return statSync(full).isFile() ? readFileSync(full) : undefined;
    } catch {
      return undefined;
    }
  };
}

export interface ArtStatus {
  sources: ArtSource[];
  manifest: ArtManifest;
  work: ArtWork;
  /** Milestones whose picture cannot be made (a drawn file that does not exist), as sentences. */
  problems: string[];
  skipped: string[];
}

/**
 * Where the project's art stands: every milestone's source, the committed manifest and encoded
 * files, and what `npm run art` would do. Drafts count unless `publishedOnly` (what a build ships).
 */
export function readArtStatus(root: string, options: { publishedOnly?: boolean; ignoreManifest?: boolean } = {}): ArtStatus {
  const { milestones, skipped } = loadMilestones(root);
  const read = projectFileReader(root);
  const shape = contentShape(root);
  const cast = castJourney(milestones, shape.eras, shape.pictures);
  const problems: string[] = [];
  const sources: ArtSource[] = [];
  for (const milestone of milestones) {
    if (options.publishedOnly && milestone.draft) continue;
    const result = artSourceFor(milestone, read, { casting: cast.get(milestone.id), shape });
    if (!result.ok) problems.push(`${result.id}: ${result.problem}`);
    else if (result.source) sources.push(result.source);
  }
  const manifestFile = join(root, MANIFEST_PATH);
  const manifest = parseManifest(existsSync(manifestFile) ? readFileSync(manifestFile, 'utf8') : undefined);
  const outputDir = join(root, 'public', ART_OUTPUT_DIR);
  const existing = new Set(
    existsSync(outputDir) ? readdirSync(outputDir).filter((name) => /\.(avif|webp)$/.test(name)).map((name) => `${ART_OUTPUT_DIR}/${name}`) : [],
  );
  const work = planArtWork(sources, options.ignoreManifest ? emptyManifest() : manifest, existing);
  return { sources, manifest, work, problems, skipped };
}

/** One line per milestone whose published picture is missing or out of date. */
export function describeArtWork(work: ArtWork): string[] {
  return work.toEncode.map(({ source, reason }) => {
    const what = reason === 'new' ? 'has no encoded picture yet' : reason === 'changed' ? 'has an out-of-date picture' : 'is missing some of its encoded files';
    return `${source.id} ${what}`;
  });
}
