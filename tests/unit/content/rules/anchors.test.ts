import { describe, expect, it } from 'vitest';
import { check, mdx } from '../support.ts';

describe('page addresses', () => {
  it('file names that give the same page address are an error on both files', () => {
    const result = check({
      '2022/03-17-Backstage_Launch.mdx': mdx('title: Launch\ndate: 2022-03-17\ntrack: open-source'),
      '2022/03-17-backstage-launch.mdx': mdx('title: Launch party\ndate: 2022-03-17\ntrack: inside-spotify'),
    });
    const anchors = result.problems.filter((problem) => problem.kind === 'anchor');
    expect(anchors.map((problem) => [problem.file, problem.problem])).toEqual([
      [
        'content/timeline/2022/03-17-Backstage_Launch.mdx',
        'the page address #2022-03-17-backstage-launch is the same as that of content/timeline/2022/03-17-backstage-launch.mdx',
      ],
      [
        'content/timeline/2022/03-17-backstage-launch.mdx',
        'the page address #2022-03-17-backstage-launch is the same as that of content/timeline/2022/03-17-Backstage_Launch.mdx',
      ],
    ]);
  });

});
