import { describe, expect, it } from 'vitest';
import { check, mdx } from '../support.ts';

describe('file names', () => {
  it('flag file names that do not fit the precision of the date', () => {
    const result = check({
      '2022/03-17-wrong-day.mdx': mdx('title: Wrong day\ndate: 2022-03-18\ntrack: open-source'),
      '2012/03-17-an-era.mdx': mdx('title: An era\ndate: 2012\nprecision: era\ntrack: open-source'),
      '2020/03-16-Launch_Day.mdx': mdx('title: Launch day\ndate: 2020-03-16\ntrack: open-source'),
    });
    expect(result.problems.map((problem) => [problem.file.slice(17), problem.problem])).toEqual([
      ['2012/03-17-an-era.mdx', 'the file name starts with a month and day, but the date is a year alone'],
      ['2020/03-16-Launch_Day.mdx', 'the file name has characters other than lowercase letters, digits and hyphens'],
      ['2022/03-17-wrong-day.mdx', "the file name does not start with the date's month and day (03-18-)"],
    ]);
    expect(result.errors).toBe(0);
  });

});
