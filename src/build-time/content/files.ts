import { lstatSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { CONTENT_DIR, JOURNEY_FILE, TIMELINE_DIR } from '../../model/milestone.ts';
import type { Problem } from './problem.ts';

/**
 * Reading the content folder as an editor's data, never more: the Markdown and MDX files under
 * `content/timeline/` and `content/journey.yaml`, each a plain file inside the folder, UTF-8 text
 * of a size a milestone can have. A link (symlink) to somewhere else, a file that is not UTF-8 text
 * or one far too large is a problem of its own and is not read.
 */

export { CONTENT_DIR, JOURNEY_FILE };

/** The most a content file may weigh: a milestone's words fit in a few kilobytes. */
export const MAX_FILE_BYTES = 64 * 1024;

export interface ContentFile {
  /** Relative to the project root, with forward slashes: "content/timeline/2022/03-17-backstage.mdx". */
  path: string;
  text: string;
}

export interface CheckInput {
  /** The `.mdx` and `.md` files under `content/timeline/`. */
  files: readonly ContentFile[];
  /** `content/journey.yaml`; null when it does not exist, left out to skip it. */
  journey?: ContentFile | null;
  /** Whether a picture exists as a plain file inside the content folder, by its path relative to the project root. */
  exists(path: string): boolean;
  /** Files that could not be read as content, each with why. */
  unreadable?: readonly Problem[];
}

const toPosix = (path: string) => (sep === '/' ? path : path.split(sep).join('/'));

/** The text of a file read as UTF-8, or why it is not content. */
export function decodeContent(bytes: Uint8Array): { ok: true; text: string } | { ok: false; problem: string; expected: string } {
  if (bytes.length > MAX_FILE_BYTES) {
    return {
      ok: false,
      problem: `the file is ${Math.round(bytes.length / 1024)} kB, more than a milestone's words can be (${MAX_FILE_BYTES / 1024} kB at most)`,
      expected: 'a milestone file of a few kilobytes: its frontmatter and a short text',
    };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, problem: 'the file is saved as UTF-16 text', expected: 'the file saved as UTF-8 (most editors: "Save with encoding" → UTF-8)' };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, problem: 'the file is not UTF-8 text', expected: 'the file saved as UTF-8 text (most editors: "Save with encoding" → UTF-8)' };
  }
}

/** Reads what the content check needs from a project folder. Paths are relative to `root`, with forward slashes. */
export function readContent(root: string): CheckInput {
  const files: ContentFile[] = [];
  const unreadable: Problem[] = [];
  const unread = (path: string, problem: string, expected: string) =>
    unreadable.push({ severity: 'error', kind: 'file', file: path, line: 1, field: 'file', problem, expected });
  const read = (full: string): ContentFile | undefined => {
    const path = toPosix(relative(root, full));
    const decoded = decodeContent(readFileSync(full));
    if (decoded.ok) return { path, text: decoded.text };
    unread(path, decoded.problem, decoded.expected);
    return undefined;
  };
  const link = (path: string) =>
    unread(
      path,
      'the file is a link (symlink) to another place, so it is not read',
      'a real file inside content/: nothing outside the content folder becomes part of the page',
    );

  const walk = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const full = join(directory, entry.name);
      if (entry.isSymbolicLink()) {
        if (/\.(mdx|md|markdown)$/i.test(entry.name) || !entry.name.includes('.')) link(toPosix(relative(root, full)));
      } else if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') walk(full);
      } else if (entry.isFile() && /\.(mdx|md|markdown)$/i.test(entry.name)) {
        const file = read(full);
        if (file) files.push(file);
      }
    }
  };
  const timeline = join(root, TIMELINE_DIR);
  const kind = (path: string) => {
    try {
      const stat = lstatSync(path);
      return stat.isSymbolicLink() ? 'link' : stat.isDirectory() ? 'folder' : stat.isFile() ? 'file' : 'other';
    } catch {
      return 'none';
    }
  };
  if (kind(timeline) === 'folder') walk(timeline);
  else if (kind(timeline) === 'link') link(TIMELINE_DIR);

  const journeyPath = join(root, JOURNEY_FILE);
  // Missing: null, which the check reports; unreadable: left out, reported as unreadable.
  let journey: ContentFile | null | undefined = null;
  if (kind(journeyPath) === 'file') journey = read(journeyPath);
  else if (kind(journeyPath) === 'link') {
    link(JOURNEY_FILE);
    journey = undefined;
  }

  const real = (path: string) => {
    try {
      return realpathSync(path);
    } catch {
      return path;
    }
  };
  const content = real(join(root, CONTENT_DIR));
  return {
    files,
    journey,
    unreadable,
    exists: (path) => {
      const full = join(root, path);
      // A plain file rather than a link, and inside the content folder once every folder on its way is followed.
      return kind(full) === 'file' && !relative(content, real(full)).startsWith('..');
    },
  };
}
