import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../../src/build-time/content/messages.ts';
import { formatReport, reportJson } from '../../../src/build-time/content/report.ts';
import { check, mdx } from './support.ts';

describe('the whole report', () => {
  const broken = {
    '2021/06-01-wrong-folder.mdx': mdx('title: Wrong folder\ndate: 2022-06-01\ntrack: inside-spotify\ndraft: "no"'),
    '2022/03-17-backstage.mdx': mdx('title: Backstage\ntitel: x\ndate: 2022-13-01\ntrack: open-source', '\n<Hilight>x</Hilight>\n'),
    '2022/04-01-broken-yaml.mdx': mdx('title: Backstage: the beginning\ndate: 2022-04-01\ntrack: open-source'),
  };

  it('lists every problem of every file at once, sorted by file and line, with a summary', () => {
    const result = check(broken);
    expect(result.errors).toBe(6);
    expect(formatReport(result)).toMatchInlineSnapshot(`
      "content/timeline/2021/06-01-wrong-folder.mdx:3  date
        the date 2022-06-01 is in 2022, but the file is in the folder 2021/
        Expected: the file in content/timeline/2022/, or a date in 2021

      content/timeline/2021/06-01-wrong-folder.mdx:5  draft
        "no" is text, not true or false
        Expected: true or false

      content/timeline/2022/03-17-backstage.mdx:3  titel
        unknown field "titel"; did you mean "title"?
        Expected: one of the fields title, date, order, precision, track, kind, subtitle, stats, attribution, art, links, draft, editorNote

      content/timeline/2022/03-17-backstage.mdx:4  date
        "2022-13-01" has month 13; months run from 01 to 12
        Expected: "2022-03-17" (a day), "2022-03" (a month), "2022" (a year) or "66,000,000 BC"

      content/timeline/2022/03-17-backstage.mdx:8  <Hilight>
        <Hilight> is not a component this site has; did you mean <Highlight>?
        Expected: a component the journey provides (<Highlight>); milestone files import nothing

      content/timeline/2022/04-01-broken-yaml.mdx:2  title
        the value contains ": ", which YAML reads as the start of another field
        Expected: the whole value in quotes, like title: "Backstage: the beginning"

      3 milestones checked: 6 errors, 0 warnings"
    `);
  });

  it('colours only when asked, for a terminal', () => {
    const result = check(broken);
    expect(formatReport(result)).not.toContain('\u001b[');
    expect(formatReport(result, { color: true })).toContain('\u001b[31m');
  });

  it('has a JSON form with the same problems', () => {
    const json = JSON.parse(reportJson(check(broken)));
    expect(json).toMatchObject({ milestones: 3, errors: 6, warnings: 0 });
    expect(json.problems[3]).toEqual({
      severity: 'error',
      kind: 'field',
      file: 'content/timeline/2022/03-17-backstage.mdx',
      line: 4,
      field: 'date',
      problem: '"2022-13-01" has month 13; months run from 01 to 12',
      expected: '"2022-03-17" (a day), "2022-03" (a month), "2022" (a year) or "66,000,000 BC"',
    });
  });

  it('an empty timeline is an error', () => {
    const result = check({});
    expect(result.errors).toBe(1);
    expect(result.problems[0]!.problem).toBe('there are no milestones: no .mdx files were found');
  });
});


describe('suggestions', () => {
  it('counts a swap of two letters as one edit', () => {
    expect(editDistance('titel', 'title')).toBe(1);
    expect(editDistance('kind', 'kind')).toBe(0);
  });

  it('suggests only a close match', () => {
    expect(closest('opensource', ['open-source', 'inside-spotify'])).toBe('open-source');
    expect(closest('Title', ['title', 'date'])).toBe('title');
    expect(closest('banana', ['title', 'date'])).toBeUndefined();
  });
});
