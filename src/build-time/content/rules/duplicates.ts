import { serializeJourneyDate, type JourneyDate } from '../../../model/journey-date.ts';
import type { Problem } from '../problem.ts';
import { fieldLine, writtenDate, writtenText, type JourneyRule } from './rule.ts';

/** What makes two files the same milestone: the same track, date and title (case and spacing aside). */
export function milestoneIdentity(track: string, date: JourneyDate, title: string): string {
  return `${track}\n${serializeJourneyDate(date)}\n${title.trim().toLowerCase().replace(/\s+/g, ' ')}`;
}

/**
 * One file per milestone: the same track, title and date twice is an error on the second file; the
 * same title in a track on another date is worth a look (a warning).
 */
export const duplicates: JourneyRule = {
  name: 'duplicates',
  check(files) {
    const problems: Problem[] = [];
    const byMilestone = new Map<string, (typeof files)[number]>();
    const byTitle = new Map<string, (typeof files)[number]>();
    for (const file of files) {
      const title = writtenText(file, 'title')?.toLowerCase().replace(/\s+/g, ' ');
      const track = file.frontmatter?.data.track;
      const date = writtenDate(file);
      if (!title || typeof track !== 'string' || !date) continue;
      const identity = milestoneIdentity(track, date, title);
      const same = byMilestone.get(identity);
      if (same) {
        problems.push({
          severity: 'error',
          kind: 'duplicate',
          file: file.file.path,
          line: fieldLine(file, ['title']),
          field: 'title',
          problem: `the same milestone is already in ${same.file.path} (same track, title and date)`,
          expected: 'one file per milestone: remove one of the two, or change its title or date',
          related: [same.file.path],
        });
        continue;
      }
      byMilestone.set(identity, file);
      const sameTitle = byTitle.get(`${track}\n${title}`);
      const sameTitleDate = sameTitle && writtenDate(sameTitle);
      if (sameTitle && sameTitleDate) {
        problems.push({
          severity: 'warning',
          kind: 'same-title',
          file: file.file.path,
          line: fieldLine(file, ['title']),
          field: 'title',
          problem: `the title "${writtenText(file, 'title')}" is also used in the same track by ${sameTitle.file.path} (${serializeJourneyDate(sameTitleDate)})`,
          expected: 'titles that tell the two milestones apart',
          related: [sameTitle.file.path],
        });
      } else {
        byTitle.set(`${track}\n${title}`, file);
      }
    }
    return problems;
  },
};
