import { describe, expect, it } from 'vitest';
import { BASE, bodyProblems, check, mdx } from '../support.ts';

/** Characters a reader cannot see: src/build-time/content/rules/text.ts. */
describe('hidden characters', () => {
  it('a control that reverses the text is an error, in the frontmatter and in the body', () => {
    const result = check({
      '2022/03-17-backstage-1-0-released.mdx': mdx(`${BASE}\nsubtitle: "Safe \u202Egnp.exe\u202C release"`, '\nA zero\u200Bwidth space.\n'),
    });
    expect(result.problems.map((problem) => [problem.line, problem.field, problem.severity, problem.problem])).toEqual([
      [6, 'subtitle', 'error', 'a control that changes the direction text is shown in (U+202E) is hidden in the text at character 6'],
      [9, 'body', 'error', 'an invisible character (a zero-width space, word joiner or soft hyphen) (U+200B) is hidden in the text at character 7'],
    ]);
  });

  it('control characters in a title are an error; emoji joined by a zero-width joiner are not', () => {
    const result = check({
      '2022/03-17-a.mdx': mdx('title: "Back\\u0007stage"\ndate: "2022-03-17"\ntrack: open-source'),
      '2022/03-17-b.mdx': mdx('title: Developers 👩‍💻 adopt\ndate: "2022-03-17"\ntrack: open-source'),
    });
    expect(result.problems.map((problem) => [problem.file.slice(-11), problem.problem])).toEqual([
      ['03-17-a.mdx', 'a control character (U+0007) is hidden in the text at character 5'],
    ]);
  });

  it('letters written as a letter and a separate accent are a warning', () => {
    expect(bodyProblems('\nA cafe\u0301 opens.\n')).toEqual([
      [8, 'body', 'the text has letters written as a letter and a separate accent, which search and links treat as different words'],
    ]);
  });
});
