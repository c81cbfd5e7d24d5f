import { describe, expect, it } from 'vitest';
import { GOOD, JOURNEY, check } from './support.ts';

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
