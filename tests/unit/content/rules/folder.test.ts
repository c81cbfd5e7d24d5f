import { describe, expect, it } from 'vitest';
import { BASE, check, mdx, only, where } from '../support.ts';

describe('the year folder', () => {
  it('a date whose year is not the folder is reported on the date line', () => {
    const problem = only(check({ '2021/03-17-backstage.mdx': mdx(BASE) }));
    expect(where(problem)).toMatchObject({ file: 'content/timeline/2021/03-17-backstage.mdx', line: 3, field: 'date' });
    expect(problem.problem).toBe('the date 2022-03-17 is in 2022, but the file is in the folder 2021/');
    expect(problem.expected).toBe('the file in content/timeline/2022/, or a date in 2021');
  });

  it('BC years use their folder name', () => {
    const problem = only(check({ '2022/dinosaurs.mdx': mdx('title: Dinosaurs\ndate: 66,000,000 BC\ntrack: open-source') }));
    expect(problem.expected).toBe('the file in content/timeline/66000000-bc/, or a date in 2022');
  });

});
