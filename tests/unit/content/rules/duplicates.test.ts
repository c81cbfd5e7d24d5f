import { describe, expect, it } from 'vitest';
import { BASE, check, mdx, only, where } from '../support.ts';

describe('one file per milestone', () => {
  it('two files for the same milestone are an error on the second', () => {
    const result = check({
      '2022/03-17-backstage-1-0-released.mdx': mdx(BASE),
      '2022/03-17-backstage-one.mdx': mdx(BASE.replace('Backstage 1.0 released', 'backstage 1.0  Released')),
    });
    const problem = only(result);
    expect(where(problem)).toMatchObject({ file: 'content/timeline/2022/03-17-backstage-one.mdx', line: 2, field: 'title' });
    expect(problem.problem).toBe(
      'the same milestone is already in content/timeline/2022/03-17-backstage-1-0-released.mdx (same track, title and date)',
    );
  });


  it('the same milestone in the other track is not a duplicate', () => {
    const result = check({
      '2022/03-17-backstage-1-0-released.mdx': mdx(BASE),
      '2022/03-17-backstage-1-0-released-inside.mdx': mdx(BASE.replace('open-source', 'inside-spotify')),
    });
    expect(result.problems).toEqual([]);
  });


  it('a title used again on another date is a warning, as is an unconventional file name', () => {
    const result = check({
      '2022/03-17-backstage-1-0-released.mdx': mdx(BASE),
      '2023/03-17-backstage-1-0-released.mdx': mdx(BASE.replace('2022-03-17', '2023-03-17')),
      '2022/Launch Day.mdx': mdx('title: Launch day\ndate: 2022-06\ntrack: inside-spotify'),
    });
    expect(result.errors).toBe(0);
    expect(result.warnings).toBe(2);
    expect(result.problems.map((problem) => [problem.severity, problem.file, problem.line, problem.field, problem.problem])).toEqual([
      ['warning', 'content/timeline/2022/Launch Day.mdx', 3, 'file name', "the file name does not start with the date's month (06-)"],
      [
        'warning',
        'content/timeline/2023/03-17-backstage-1-0-released.mdx',
        2,
        'title',
        'the title "Backstage 1.0 released" is also used in the same track by content/timeline/2022/03-17-backstage-1-0-released.mdx (2022-03-17)',
      ],
    ]);
    expect(result.problems[0]!.expected).toContain('here: 06-launch-day.mdx');
  });

});
