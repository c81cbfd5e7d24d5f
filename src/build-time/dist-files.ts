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
