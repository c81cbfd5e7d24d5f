import { describe, expect, it } from 'vitest';
import { BASE, GOOD, JOURNEY, check, mdx, where } from './support.ts';

describe('the journey copy', () => {
  it('is checked with its own schema, on the line of the field', () => {
    const text = JOURNEY.text.replace(/^(  tagline:).*$/m, '$1 A long journey.').replace(/^siteName:/m, 'sitename:');
    const result = check(GOOD, [], { path: JOURNEY.path, text });
    expect(result.problems.map((problem) => [problem.file, problem.line, problem.field, problem.problem])).toEqual([
      ['content/journey.yaml', 1, 'siteName', 'siteName is missing'],
      [
        'content/journey.yaml',
        JOURNEY.text.split('\n').findIndex((line) => line.startsWith('siteName:')) + 1,
        'sitename',
        'unknown field "sitename"; did you mean "siteName"?',
      ],
      [
        'content/journey.yaml',
        JOURNEY.text.split('\n').findIndex((line) => line.startsWith('  tagline:')) + 1,
        'tagline (in intro)',
        'intro.tagline must contain {pixels}, where the page writes its measured length',
      ],
    ]);
  });

  it('a missing journey copy is an error', () => {
    const result = check(GOOD, [], null);
    expect(result.problems.map((problem) => [problem.file, problem.problem])).toEqual([['content/journey.yaml', 'the file is missing']]);
  });
});

describe('the growth charts’ figures', () => {
  const stats = (value: string, label = 'GitHub stars') =>
    mdx(`${BASE}\nstats:\n  - value: "No. 1"\n    label: on Hacker News\n  - value: "${value}"\n    label: ${label}`, '\nText.\n');

  it('a charted figure that reads as no number is a warning, on the line of its value', () => {
    const result = check({ '2022/03-17-backstage-1-0-released.mdx': stats('lots of') });
    expect(result.problems.map((problem) => ({ ...where(problem), problem: problem.problem }))).toEqual([
      {
        file: 'content/timeline/2022/03-17-backstage-1-0-released.mdx',
        line: 9,
        field: 'value (in stats, item 2)',
        severity: 'warning',
        problem: '"lots of" reads as no number, so the "GitHub stars" growth chart (growth in content/journey.yaml) leaves it out',
      },
    ]);
    expect(result.errors).toBe(0);
  });

  it('a figure no chart collects, or one that reads as a number, is not worth a word', () => {
    expect(check({ '2022/03-17-backstage-1-0-released.mdx': stats('3.4k+') }).problems).toEqual([]);
    expect(check({ '2022/03-17-backstage-1-0-released.mdx': stats('lots of', 'Discord members') }).problems).toEqual([]);
  });

  it('a label in two charts is an error in the journey copy, on its line', () => {
    const text = JOURNEY.text.replace(/(- name: Forks\n\s+labels: \[)forks\]/, '$1forks, GitHub stars]');
    expect(text).not.toBe(JOURNEY.text);
    const result = check(GOOD, [], { path: JOURNEY.path, text });
    expect(result.problems.map((problem) => [problem.file, problem.field, problem.problem])).toEqual([
      ['content/journey.yaml', 'item 2 (in growth, series, item 4, labels)', '"GitHub stars" is already collected by the chart "GitHub stars"'],
    ]);
  });
});
