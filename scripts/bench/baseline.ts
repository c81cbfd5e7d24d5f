import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { paragraphsOf } from '../../src/build-time/content/body.ts';
import { readJourneyCopy } from '../../src/build-time/content/check.ts';
import { JOURNEY_FILE, readContent } from '../../src/build-time/content/files.ts';
import { isMilestonePath, readMilestoneFile } from '../../src/build-time/content/milestone-file.ts';
import { groupByYear, TIMELINE_DIR, type Milestone } from '../../src/model/milestone.ts';
import { journeyCopySchema } from '../../src/model/schema/journey.ts';
import { journeyWords } from '../../src/model/words.ts';
import { renderBaselinePage } from './lib/baseline-html.ts';

/** Where the bench's server puts the plain-HTML page beside the site. */
export const BASELINE_PATH = '/bench-baseline/';

/**
 * Writes the plain-HTML page with the project's published milestones (drafts left out, as the
 * build does), read as the content collection reads them, into `outDir/index.html`; returns how
 * many milestones it holds.
 */
export function writeBaselinePage(projectDir: string, outDir: string): { milestones: number; skipped: string[] } {
  const milestones: Milestone[] = [];
  const bodies = new Map<string, string[]>();
  const skipped: string[] = [];
  for (const file of readContent(projectDir).files) {
    if (!isMilestonePath(file.path.slice(TIMELINE_DIR.length + 1))) continue;
    const read = readMilestoneFile(file);
    if (!read.milestone || !read.body) {
      skipped.push(read.id);
      continue;
    }
    if (read.milestone.draft) continue;
    milestones.push(read.milestone);
    bodies.set(read.id, paragraphsOf(read.body.root));
  }
  const copy = journeyCopySchema.parse(readJourneyCopy(readFileSync(join(projectDir, JOURNEY_FILE), 'utf8')));
  mkdirSync(outDir, { recursive: true });
  const words = journeyWords(copy);
  const years = groupByYear(milestones, copy.tracks.map((track) => track.id), words);
  writeFileSync(join(outDir, 'index.html'), renderBaselinePage({ copy, words, years, bodies }));
  return { milestones: milestones.length, skipped };
}
