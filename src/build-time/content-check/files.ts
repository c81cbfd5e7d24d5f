import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { TIMELINE_DIR } from '../../model/milestone.ts';
import { JOURNEY_FILE, type CheckInput, type ContentFile } from './check.ts';

/**
 * Reads what the content check needs from a project folder: the Markdown and MDX files under
 * `content/timeline/` and `content/journey.yaml`. Paths are relative to `root`, with forward slashes.
 */
export function readContent(root: string): CheckInput {
  const files: ContentFile[] = [];
  const timeline = join(root, TIMELINE_DIR);
  const walk = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const full = join(directory, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') walk(full);
      } else if (/\.(mdx|md|markdown)$/i.test(entry.name)) {
        files.push({ path: toPosix(relative(root, full)), text: readFileSync(full, 'utf8') });
      }
    }
  };
  if (existsSync(timeline)) walk(timeline);

  const journeyPath = join(root, JOURNEY_FILE);
  const journey = existsSync(journeyPath) ? { path: JOURNEY_FILE, text: readFileSync(journeyPath, 'utf8') } : null;

  return {
    files,
    journey,
    exists: (path) => {
      try {
        return statSync(join(root, path)).isFile();
      } catch {
        return false;
      }
    },
  };
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
