import { parse as parseYaml } from 'yaml';
import { readContent } from '../../src/build-time/content-check/files.ts';
import { entryIdFor } from '../../src/build-time/content-check/entry-id.ts';
import { splitFrontmatter } from '../../src/build-time/content-check/frontmatter.ts';
import { groupByYear, sortMilestones, TIMELINE_DIR, toMilestone, type JourneyYear, type Milestone } from '../../src/model/milestone.ts';
import { milestoneSchema } from '../../src/model/schema/milestone.ts';

/**
 * The published milestones as the tests expect to see them, read straight from the content files
 * (not from the built site), so a test compares the page against the source of truth.
 */
export function loadMilestones(root = process.cwd()): Milestone[] {
  const milestones = readContent(root).files.flatMap((file) => {
    const split = splitFrontmatter(file.text);
    if (!split.ok) throw new Error(`${file.path}: ${split.problem}`);
    const data = milestoneSchema.parse(parseYaml(split.yaml));
    if (data.draft) return [];
    return [toMilestone(entryIdFor(file.path.slice(TIMELINE_DIR.length + 1)), data)];
  });
  return sortMilestones(milestones);
}

export function loadJourneyYears(root = process.cwd()): JourneyYear[] {
  return groupByYear(loadMilestones(root));
}
