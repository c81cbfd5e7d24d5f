import { mkdirSync, readdirSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { TIMELINE_DIR } from '../../model/milestone.ts';
import { MANIFEST_PATH } from '../art/manifest.ts';
import { JOURNEY_FILE } from '../content/files.ts';
import type { ImportPlan } from './plan.ts';

/**
 * An import's plan carried out on disk: the files it takes away first (and the year folders they
 * leave empty), then the milestone files, journey.yaml and the art manifest it writes.
 */
export function writeImport(root: string, plan: ImportPlan): void {
  for (const path of plan.remove) rmSync(join(root, path), { force: true });
  const folders = new Set(plan.remove.filter((path) => path.startsWith(`${TIMELINE_DIR}/`)).map((path) => posix.dirname(path)));
  for (const folder of [...folders].sort().reverse()) {
    for (let current = folder; current.startsWith(`${TIMELINE_DIR}/`); current = posix.dirname(current)) {
      const full = join(root, current);
      let entries: string[];
      try {
        entries = readdirSync(full);
      } catch {
        continue;
      }
      if (entries.length > 0) break;
      rmdirSync(full);
    }
  }

  for (const file of plan.files) {
    if (file.status === 'unchanged') continue;
    mkdirSync(dirname(join(root, file.path)), { recursive: true });
    writeFileSync(join(root, file.path), file.text);
  }
  if (plan.journey !== undefined) {
    mkdirSync(dirname(join(root, JOURNEY_FILE)), { recursive: true });
    writeFileSync(join(root, JOURNEY_FILE), plan.journey);
  }
  if (plan.manifest !== undefined) writeFileSync(join(root, MANIFEST_PATH), plan.manifest);
}
