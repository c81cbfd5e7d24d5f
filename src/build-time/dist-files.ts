import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Every file under a folder (a build's dist/), as absolute paths, sorted. */
export async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * The folder of the journey page's year fragments (`src/pages/fragments/`): parts of the journey
 * page fetched into it, not pages of their own (no head, no policy of their own).
 */
export const YEAR_FRAGMENTS = 'fragments/';

/** Whether a file of the build (its path from the build folder, any separators) is one of the year fragments. */
export function isFragment(file: string): boolean {
  return file.replaceAll('\\', '/').startsWith(YEAR_FRAGMENTS);
}
