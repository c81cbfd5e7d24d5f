import { describe, expect, it } from 'vitest';
import { BASE, check, mdx, only, where } from '../support.ts';

describe('a drawn picture', () => {
  it('a missing art file is named with the path it was looked for at', () => {
    const problem = only(check({ '2022/03-17-backstage.mdx': mdx(`${BASE}\nart:\n  src: ./rocket.svg\n  alt: A rocket`) }));
    expect(where(problem)).toMatchObject({ line: 7, field: 'src (in art)' });
    expect(problem.problem).toBe('"./rocket.svg" does not exist: there is no file content/timeline/2022/rocket.svg');
  });

  it('art next to the file, or in a shared folder, is found', () => {
    const result = check(
      {
        '2022/03-17-a.mdx': mdx('title: A\ndate: 2022-03-17\ntrack: open-source\nart:\n  src: ./a.png\n  alt: A'),
        '2022/03-17-b.mdx': mdx('title: B\ndate: 2022-03-17\ntrack: open-source\nart:\n  src: ../art/b.webp\n  alt: B'),
      },
      ['content/timeline/2022/a.png', 'content/timeline/art/b.webp'],
    );
    expect(result.problems).toEqual([]);
  });

});
