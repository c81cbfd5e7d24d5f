import { describe, expect, it } from 'vitest';
import { basename } from 'node:path';
import { formatProblem, formatReport } from '../../../../src/build-time/content/report.ts';
import { BASE, GOOD, check, mdx, only, where } from '../support.ts';

/** The frontmatter's fields against the milestone schema (src/build-time/content/rules/fields.ts). */
describe('a valid milestone', () => {
  it('passes without problems', () => {
    const result = check(GOOD);
    expect(result).toMatchObject({ milestones: 1, errors: 0, warnings: 0, problems: [] });
  });

  it('accepts every optional field in its documented form', () => {
    const result = check(
      {
        '2022/03-17-backstage-1-0-released.mdx': mdx(`
title: Backstage 1.0 released
date: 2022-03-17
track: open-source
kind: statistic
subtitle: "A second line: with a colon"
stats:
  - value: 10,000
    label: GitHub stars
  - value: 250
    label: adopters
art:
  src: ./backstage-1-0.svg
  alt: A rocket leaving a record player
links:
  - label: Read the announcement
    href: https://backstage.io/blog
draft: true
editorNote: Dates from the release notes.
`),
        '66000000-bc/spreadsheets-are-born.mdx': mdx('title: Spreadsheets are born\ndate: 66,000,000 BC\nprecision: era\ntrack: open-source\nkind: era'),
      },
      ['content/timeline/2022/backstage-1-0.svg'],
    );
    expect(result.problems).toEqual([]);
  });
});


describe('frontmatter fields', () => {
  it('a month 13 names the file, the line of date, the value and the forms a date can take', () => {
    const result = check({ '2022/03-17-backstage.mdx': mdx('title: Backstage\ndate: 2022-13-01\ntrack: open-source') });
    const problem = only(result);
    expect(where(problem)).toEqual({ file: 'content/timeline/2022/03-17-backstage.mdx', line: 3, field: 'date', severity: 'error' });
    expect(formatProblem(problem)).toMatchInlineSnapshot(`
      "content/timeline/2022/03-17-backstage.mdx:3  date
        "2022-13-01" has month 13; months run from 01 to 12
        Expected: "2022-03-17" (a day), "2022-03" (a month), "2022" (a year) or "66,000,000 BC""
    `);
  });

  it('an unknown field says so and suggests the field that was meant', () => {
    const problem = only(check({ '2022/03-17-backstage.mdx': mdx(`${BASE}\ntitel: Backstage`) }));
    expect(where(problem)).toMatchObject({ line: 6, field: 'titel' });
    expect(formatProblem(problem)).toMatchInlineSnapshot(`
      "content/timeline/2022/03-17-backstage.mdx:6  titel
        unknown field "titel"; did you mean "title"?
        Expected: one of the fields title, date, order, precision, track, kind, subtitle, stats, attribution, art, links, draft, editorNote"
    `);
  });

  it('a misspelt track or kind suggests the closest choice', () => {
    const result = check({ '2022/03-17-backstage.mdx': mdx('title: Backstage\ndate: 2022-03-17\ntrack: opensource\nkind: relase') });
    expect(result.problems.map((problem) => [problem.line, problem.field, problem.problem])).toEqual([
      [4, 'track', '"opensource" is not one of the journey\'s tracks (tracks: in content/journey.yaml); did you mean "open-source"?'],
      [5, 'kind', '"relase" is not one of the choices; did you mean "release"?'],
    ]);
    expect(result.problems[0]!.expected).toBe(
      '"open-source" or "inside-spotify"; or a new track added to tracks: in content/journey.yaml (- id: opensource, with name: and short: lines)',
    );
  });

  it('missing fields point at the opening --- line and say what to write', () => {
    const result = check({ '2022/03-17-backstage.mdx': mdx('kind: release') });
    expect(result.problems.map((problem) => [problem.line, problem.field, problem.problem])).toEqual([
      [1, 'title', 'title is missing'],
      [1, 'date', 'date is missing'],
      [1, 'track', 'track is missing'],
    ]);
  });

  it('an empty alt text asks for words, or art: decorative', () => {
    const problem = only(
      check(
        { '2022/03-17-backstage.mdx': mdx(`${BASE}\nart:\n  src: ./rocket.svg\n  alt: "  "`) },
        ['content/timeline/2022/rocket.svg'],
      ),
    );
    expect(where(problem)).toMatchObject({ line: 8, field: 'alt (in art)' });
    expect(formatProblem(problem)).toMatchInlineSnapshot(`
      "content/timeline/2022/03-17-backstage.mdx:8  alt (in art)
        alt is empty
        Expected: words describing the picture for people who cannot see it; if it only decorates, write art: decorative instead"
    `);
  });

  it('union fields read in plain words, with no zod vocabulary', () => {
    const result = check(
      {
        '2022/03-17-a.mdx': mdx(`title: A\ndate: 2022-03-17\ntrack: open-source\nart: decoratve`),
        '2022/03-17-b.mdx': mdx(`title: B\ndate: 2022-03-17\ntrack: open-source\nart:\n  src: ./b.svg`),
        '2022/03-17-c.mdx': mdx(`title: C\ndate: 2022-03-17\ntrack: open-source\nart: 42`),
      },
      ['content/timeline/2022/b.svg'],
    );
    expect(result.problems.map((problem) => [basename(problem.file), problem.line, problem.field, problem.problem])).toEqual([
      ['03-17-a.mdx', 5, 'art', '"decoratve" is not one of the choices; did you mean "decorative"?'],
      ['03-17-b.mdx', 5, 'alt (in art)', 'alt is missing'],
      ['03-17-c.mdx', 5, 'art', '42 is a number, not one of the accepted forms'],
    ]);
    const text = formatReport(result);
    expect(text).not.toMatch(/invalid_|Invalid input|expected (string|object)|received|union/i);
  });

  it('values YAML reads as numbers or true/false are explained where text is expected; a date written plainly stays text', () => {
    const result = check({
      '2022/03-17-backstage.mdx': mdx('title: 2022\ndate: 2022-03-17\ntrack: open-source\nsubtitle: 2022-03-17\ndraft: "yes"\nattribution: true'),
    });
    expect(result.problems.map((problem) => [problem.line, problem.field, problem.problem])).toEqual([
      [2, 'title', '2022 was read as a number, not text; to keep it as text, put it in quotes: "2022"'],
      [6, 'draft', '"yes" is text, not true or false'],
      [7, 'attribution', 'true was read as true/false, not text; to keep it as text, put it in quotes: "true"'],
    ]);
  });

  it('fields inside lists name the item', () => {
    const result = check({
      '2022/03-17-backstage.mdx': mdx(`${BASE}\nlinks:\n  - label: Docs\n    href: https://backstage.io\n  - label: Blog\n    href: backstage.io/blog`),
    });
    const problem = only(result);
    expect(where(problem)).toMatchObject({ line: 10, field: 'href (in links, item 2)' });
    expect(problem.problem).toBe('"backstage.io/blog" is not a full web address');
  });

  it('an era dated by a month is refused on the precision line', () => {
    const problem = only(
      check({ '2012/03-microservices.mdx': mdx('title: Microservices\ndate: 2012-03\nprecision: era\ntrack: inside-spotify') }),
    );
    expect(where(problem)).toMatchObject({ line: 4, field: 'precision' });
    expect(problem.problem).toContain('an era is dated by its year alone');
  });
});
