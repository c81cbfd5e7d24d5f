import { readContent } from '../../src/build-time/content/files.ts';
import { isMilestonePath, readMilestoneFile } from '../../src/build-time/content/milestone-file.ts';
import { groupByYear, sortMilestones, TIMELINE_DIR, type JourneyYear, type Milestone } from '../../src/model/milestone.ts';

/**
 * The published milestones as the tests expect to see them, read straight from the content files
 * (not from the built site) as the content collection reads them, so a test compares the page
 * against the source of truth.
 */
export function loadMilestones(root = process.cwd()): Milestone[] {
  const milestones = readContent(root)
    .files.filter((file) => isMilestonePath(file.path.slice(TIMELINE_DIR.length + 1)))
    .map((file) => {
      const read = readMilestoneFile(file);
      if (!read.milestone) throw new Error(`${file.path} is not a valid milestone: npm run check:content says why`);
      return read.milestone;
    })
    .filter((milestone) => !milestone.draft);
  return sortMilestones(milestones);
}

export function loadJourneyYears(root = process.cwd()): JourneyYear[] {
  return groupByYear(loadMilestones(root));
}
