import { serializeJourneyDate, yearKey } from '../../../model/journey-date.ts';
import { TIMELINE_DIR } from '../../../model/milestone.ts';
import { fieldLine, writtenDate, type FileRule } from './rule.ts';

/** A milestone lives in the folder of its year: 2022/…, 66000000-bc/…. */
export const folder: FileRule = {
  name: 'folder',
  check(file) {
    const date = writtenDate(file);
    if (!date) return [];
    const folder = file.pathInCollection.includes('/') ? file.pathInCollection.split('/')[0]! : undefined;
    const expected = yearKey(date.year);
    if (folder === expected) return [];
    const written = serializeJourneyDate(date);
    return [
      {
        kind: 'folder',
        line: fieldLine(file, ['date']),
        field: 'date',
        problem: folder
          ? `the date ${written} is in ${expected}, but the file is in the folder ${folder}/`
          : `the file is not in a year folder; its date ${written} belongs in ${expected}/`,
        expected: `the file in ${TIMELINE_DIR}/${expected}/, or a date in ${folder ?? 'the folder it is in'}`,
      },
    ];
  },
};
