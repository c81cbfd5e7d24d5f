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

describe('the journey’s language and words', () => {
  /** The journey copy without its language, and `extra` written at its top instead. */
  const written = (extra: string) => ({ path: JOURNEY.path, text: `${extra}\n${JOURNEY.text.replace(/^lang: .*\n/m, '')}` });
  /** Its problems, checked, as [line, field, problem, expected]. */
  const problems = (extra: string) => check(GOOD, [], written(extra)).problems.map((problem) => [problem.line, problem.field, problem.problem, problem.expected]);
  const LANG_EXPECTED = 'a language tag such as "en", "fr" or "pt-BR"';

  it('a language is a well-formed tag of a language whose dates and numbers are known', () => {
    expect(problems('lang: en_US')).toEqual([[1, 'lang', '"en_US" is not a language tag: its parts are joined with "-", as in "en-US"', LANG_EXPECTED]]);
    expect(problems('lang: english')).toEqual([[1, 'lang', '"english" names no language whose dates, numbers and plural forms are known here', LANG_EXPECTED]]);
    expect(problems('lang: fr')).toEqual([]);
    expect(problems('lang: pt-br')).toEqual([]);
  });

  it('is read canonical, and English when left out', () => {
    const read = (extra: string) => check(GOOD, [], written(extra)).journey?.lang;
    expect(read('lang: pt-br')).toBe('pt-BR');
    expect(read('')).toBe('en');
  });

  it('an unknown word is an error naming the closest key', () => {
    expect(problems('ui:\n  tourPlya: Lancer la visite')).toEqual([
      [
        2,
        'tourPlya (in ui)',
        'unknown field "tourPlya"; did you mean "tourPlay"?',
        'words by key, one a line, such as tourPlay: "Lancer la visite" (docs/editing.md lists the keys)',
      ],
    ]);
  });

  it('a word keeps its placeholders, and has no others', () => {
    expect(problems('ui:\n  tourPausedAt: Visite en pause\n  embedCode: Code de {anne}')).toEqual([
      [2, 'tourPausedAt (in ui)', '"Visite en pause" leaves out {year}, where the page writes its value', 'text with {year} in it, such as "Tour paused at {year}"'],
      [3, 'embedCode (in ui)', '"Code de {anne}" has {anne}, which embedCode does not fill: its placeholders are {year}', 'text with {year} in it, such as "Embed code for {year}"'],
      [3, 'embedCode (in ui)', '"Code de {anne}" leaves out {year}, where the page writes its value', 'text with {year} in it, such as "Embed code for {year}"'],
    ]);
  });

  it('a counted word’s forms are the language’s, and only its other form must keep the count', () => {
    const counted = 'one text with {count}, or one text per plural form (other: with {count}), such as one: "a year later", other: "{count} years later"';
    expect(problems('lang: fr\nui:\n  yearsLater:\n    one: un an plus tard\n    other: ans plus tard')).toEqual([
      [5, 'other (in ui, yearsLater)', 'the other form "ans plus tard" leaves out {count}, where the page writes its value', counted],
    ]);
    expect(problems('lang: fr\nui:\n  yearsLater:\n    few: "{count} ans"\n    other: "{count} ans plus tard"')).toEqual([
      [4, 'few (in ui, yearsLater)', 'French has no "few" form: its plural forms are one, many, other', counted],
    ]);
    expect(problems('ui:\n  tourPlay:\n    one: Play\n    other: Play')).toEqual([
      [2, 'tourPlay (in ui)', 'tourPlay counts nothing, so it has no plural forms: write it as one text', 'text, such as "Play the tour"'],
    ]);
  });
});
