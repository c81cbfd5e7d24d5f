import { serializeJourneyDate } from '../../../model/journey-date.ts';
import type { Problem } from '../problem.ts';
import { fieldLine, writtenDate, type JourneyRule } from './rule.ts';

/**
 * `order` places a milestone among the others of its date and track: two with the same place are
 * an error (which comes first?), and one that has no other to be placed among says nothing.
 */
export const order: JourneyRule = {
  name: 'order',
  check(files) {
    const problems: Problem[] = [];
    const byDay = Map.groupBy(
      files.filter((file) => typeof file.frontmatter?.data.track === 'string' && writtenDate(file)),
      (file) => `${String(file.frontmatter!.data.track)}\n${serializeJourneyDate(writtenDate(file)!)}`,
    );
    for (const group of byDay.values()) {
      for (const file of group) {
        const place = file.frontmatter!.data.order;
        if (!Number.isInteger(place)) continue;
        const others = group.filter((other) => other !== file);
        const date = serializeJourneyDate(writtenDate(file)!);
        const where = { kind: 'order' as const, file: file.file.path, line: fieldLine(file, ['order']), field: 'order' };
        if (others.length === 0) {
          problems.push({
            ...where,
            severity: 'warning',
            problem: `order ${String(place)} places this milestone among others of ${date}, but it is the only one of its track on that date`,
            expected: 'no order line: order only matters between milestones of the same date and track',
          });
          continue;
        }
        const same = others.filter((other) => other.frontmatter!.data.order === place).map((other) => other.file.path);
        if (same.length === 0) continue;
        problems.push({
          ...where,
          severity: 'error',
          problem: `order ${String(place)} is also the place of ${same.join(' and ')} on ${date}, so which comes first is not said`,
          expected: `a different order for each milestone of ${date} in this track (1, 2, 3…)`,
          related: same,
        });
      }
    }
    return problems;
  },
};
