import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { entryIdFor } from '../content-check/entry-id.ts';
import { parseFrontmatterYaml, splitFrontmatter } from '../content-check/frontmatter.ts';
import { TIMELINE_DIR, toMilestone, type Milestone } from '../milestones.ts';
import { milestoneSchema } from '../../schemas/milestone.ts';
import { castJourney, type Casting } from './casting.ts';
import { ART_OUTPUT_DIR, emptyManifest, MANIFEST_PATH, parseManifest, type ArtManifest } from './manifest.ts';
import { planArtWork, type ArtWork } from './pipeline.ts';
import { artSourceFor, type ArtMilestone, type ArtSource, type ArtSourceResult } from './source.ts';

/** A milestone as read from its file, with its raw MDX body (the art reads its words). */
export type MilestoneWithBody = Milestone & { body: string };

export interface LoadedMilestones {
  milestones: MilestoneWithBody[];
  /** Files that are not valid milestones; `npm run check:content` says why. */
  skipped: string[];
}

/**
 * Every milestone file the content collection reads (`**\/[^_]*.mdx`, drafts included: they show in
 * the dev server), with the same id Astro gives it. Invalid files are listed, not thrown.
 */
export function loadMilestones(root: string): LoadedMilestones {
  const timeline = join(root, TIMELINE_DIR);
  const milestones: MilestoneWithBody[] = [];
  const skipped: string[] = [];
  const walk = (directory: string) => {
    let entries;
    try {
      entries = readdirSync(directory, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = join(directory, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.mdx') && !entry.name.startsWith('_')) {
        const pathInCollection = relative(timeline, full).split(sep).join('/');
        const milestone = readMilestone(readFileSync(full, 'utf8'), pathInCollection);
        if (milestone) milestones.push(milestone);
        else skipped.push(`${TIMELINE_DIR}/${pathInCollection}`);
      }
    }
  };
  walk(timeline);
  return { milestones, skipped };
}

export function readMilestone(text: string, pathInCollection: string): MilestoneWithBody | undefined {
  const split = splitFrontmatter(text);
  if (!split.ok) return undefined;
  const { data } = parseFrontmatterYaml(split.yaml, { firstLine: split.yamlLine + 1 });
  if (data === undefined) return undefined;
  const parsed = milestoneSchema.safeParse(data);
  if (!parsed.success) return undefined;
  return { ...toMilestone(entryIdFor(pathInCollection, data), parsed.data), body: split.body };
}

/** Every file of the timeline with its modification time and size: tells when a cast is stale. */
function timelineSignature(root: string): string {
  const parts: string[] = [];
  const walk = (directory: string) => {
    let entries;
    try {
      entries = readdirSync(directory, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = join(directory, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.mdx')) {
        const stat = statSync(full);
        parts.push(`${full}:${stat.mtimeMs}:${stat.size}`);
      }
    }
  };
  walk(join(root, TIMELINE_DIR));
  return parts.sort().join('|');
}

const castCache = new Map<string, { signature: string; cast: Map<string, Casting> }>();

/**
 * The casting of the whole journey as its files say now, drafts included (so a draft never changes
 * what its published neighbours show between the dev server and the build). Cached: a build reads
 * the files once; with `watch` (the dev server) the cache is checked against the files' times and
 * sizes on every call, so an edit shows at once.
 */
export function journeyCasting(root: string, options: { watch?: boolean } = {}): Map<string, Casting> {
  const cached = castCache.get(root);
  if (cached && !options.watch) return cached.cast;
  const signature = timelineSignature(root);
  if (cached && cached.signature === signature) return cached.cast;
  const cast = castJourney(loadMilestones(root).milestones);
  castCache.set(root, { signature, cast });
  return cast;
}

/** A milestone's picture source as the page shows it: cast with the rest of the journey on disk. */
export function journeyArtSource(milestone: ArtMilestone, root: string, options: { watch?: boolean } = {}): ArtSourceResult {
  return artSourceFor(milestone, projectFileReader(root), { casting: journeyCasting(root, options).get(milestone.id) });
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
  const cast = castJourney(milestones);
  const problems: string[] = [];
  const sources: ArtSource[] = [];
  for (const milestone of milestones) {
    if (options.publishedOnly && milestone.draft) continue;
    const result = artSourceFor(milestone, read, { casting: cast.get(milestone.id) });
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
