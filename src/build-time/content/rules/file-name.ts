import { posix } from 'node:path';
import { fileStemFor } from '../../../model/milestone.ts';
import { fieldLine, writtenDate, writtenText, type FileRule } from './rule.ts';

/** File names follow the date and the title, so editors find a milestone by browsing: a warning when not. */
export const fileName: FileRule = {
  name: 'file-name',
  check(file) {
    const date = writtenDate(file);
    const title = writtenText(file, 'title');
    if (!date || !title) return [];
    const stem = posix.basename(file.pathInCollection, '.mdx');
    const pad = (value: number) => String(value).padStart(2, '0');
    const prefix =
      date.precision === 'day' ? `${pad(date.month!)}-${pad(date.day!)}-` : date.precision === 'month' ? `${pad(date.month!)}-` : '';
    let problem: string | undefined;
    if (prefix && !stem.startsWith(prefix)) {
      problem =
        date.precision === 'day'
          ? `the file name does not start with the date's month and day (${prefix})`
          : `the file name does not start with the date's month (${prefix})`;
    } else if (!prefix && /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])-/.test(stem)) {
      problem = 'the file name starts with a month and day, but the date is a year alone';
    } else if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(stem.slice(prefix.length))) {
      problem = 'the file name has characters other than lowercase letters, digits and hyphens';
    }
    if (!problem) return [];
    return [
      {
        severity: 'warning',
        kind: 'file-name',
        line: fieldLine(file, ['date']),
        field: 'file name',
        problem,
        expected: `<MM-DD>-<slug>.mdx for a day, <MM>-<slug>.mdx for a month, <slug>.mdx for a year; here: ${fileStemFor(date, title)}.mdx`,
      },
    ];
  },
};
