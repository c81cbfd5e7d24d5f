import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getCollection } from 'astro:content';
import { checkContent, type CheckResult, type Problem } from '../../src/build-time/content-check/check.ts';
import { entryIdFor } from '../../src/build-time/content-check/entry-id.ts';
import { readContent } from '../../src/build-time/content-check/files.ts';
import { closest, editDistance } from '../../src/build-time/content-check/messages.ts';
import { formatProblem, formatReport, reportJson } from '../../src/build-time/content-check/report.ts';

const JOURNEY = { path: 'content/journey.yaml', text: readFileSync('content/journey.yaml', 'utf8') };

/** Checks in-memory files given by their path under content/timeline/. */
function check(files: Record<string, string>, existing: readonly string[] = [], journey: typeof JOURNEY | null = JOURNEY): CheckResult {
  return checkContent({
    files: Object.entries(files).map(([path, text]) => ({ path: `content/timeline/${path}`, text })),
    journey,
    exists: (path) => existing.includes(path),
  });
}

const mdx = (frontmatter: string, body = '') => `---\n${frontmatter.trim()}\n---\n${body}`;

const BASE = 'title: Backstage 1.0 released\ndate: "2022-03-17"\ntrack: open-source\nkind: release';
const GOOD = { '2022/03-17-backstage-1-0-released.mdx': mdx(BASE, '\nThe first major release.\n') };

/** The one problem of a check, and that it is the only one. */
function only(result: CheckResult): Problem {
  expect(result.problems).toHaveLength(1);
  return result.problems[0]!;
}

const where = (problem: Problem) => ({ file: problem.file, line: problem.line, field: problem.field, severity: problem.severity });

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
      [4, 'track', '"opensource" is not one of the choices; did you mean "open-source"?'],
      [5, 'kind', '"relase" is not one of the choices; did you mean "release"?'],
    ]);
    expect(result.problems[0]!.expected).toBe('"open-source" or "inside-spotify"');
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

  it('values YAML reads as numbers, dates or true/false are explained where text is expected', () => {
    const result = check({
      '2022/03-17-backstage.mdx': mdx('title: 2022\ndate: 2022-03-17\ntrack: open-source\nsubtitle: 2022-03-17\ndraft: "yes"'),
    });
    expect(result.problems.map((problem) => [problem.line, problem.field, problem.problem])).toEqual([
      [2, 'title', '2022 was read as a number, not text; to keep it as text, put it in quotes: "2022"'],
      [5, 'subtitle', '2022-03-17 was read as a date, not text; to keep it as text, put it in quotes: "2022-03-17"'],
      [6, 'draft', '"yes" is text, not true or false'],
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

describe('broken files', () => {
  it('broken YAML gives its line and how to fix it', () => {
    const problem = only(check({ '2022/03-17-backstage.mdx': mdx('title: Backstage: the beginning\ndate: 2022-03-17\ntrack: open-source') }));
    expect(formatProblem(problem)).toMatchInlineSnapshot(`
      "content/timeline/2022/03-17-backstage.mdx:2  title
        the value contains ": ", which YAML reads as the start of another field
        Expected: the whole value in quotes, like title: "Backstage: the beginning""
    `);
  });

  it('a field written twice, an unclosed quote and a tab are found on their lines', () => {
    const result = check({
      '2022/03-17-a.mdx': mdx('title: A\ndate: 2022-03-17\ntitle: B\ntrack: open-source'),
      '2022/03-17-b.mdx': mdx('title: "B\ndate: 2022-03-17\ntrack: open-source'),
      '2022/03-17-c.mdx': mdx('title: C\n\tdate: 2022-03-17\ntrack: open-source'),
    });
    expect(result.problems.map((problem) => [basename(problem.file), problem.line, problem.problem])).toEqual([
      ['03-17-a.mdx', 4, '"title" is written twice'],
      ['03-17-b.mdx', 2, 'a quotation mark is opened but never closed'],
      ['03-17-c.mdx', 3, 'a tab is used to indent'],
    ]);
  });

  it('a file without frontmatter, or with an unclosed one, says what a milestone starts with', () => {
    const result = check({
      '2022/03-17-a.mdx': 'Just a story.\n',
      '2022/03-17-b.mdx': '---\ntitle: B\ndate: 2022-03-17\n\nA story.\n',
    });
    expect(result.problems.map((problem) => [basename(problem.file), problem.line, problem.problem])).toEqual([
      ['03-17-a.mdx', 1, 'the file has no frontmatter'],
      ['03-17-b.mdx', 1, 'the frontmatter is never closed'],
    ]);
  });

  it('MDX that does not compile is reported on its line in the file, after the frontmatter', () => {
    const problem = only(check({ '2022/03-17-backstage.mdx': mdx(BASE, '\nThe first\n\n<Highlight>major release\n\nof Backstage.\n') }));
    expect(where(problem)).toMatchObject({ line: 10, field: 'body' });
    expect(formatProblem(problem)).toMatchInlineSnapshot(`
      "content/timeline/2022/03-17-backstage.mdx:10  body
        the MDX cannot be compiled: expected a closing tag for \`<Highlight>\` before the end of \`paragraph\`
        Expected: Markdown text; components written as <Highlight>words</Highlight>, each one closed; a plain "<" or "{" written as \\< or \\{"
    `);
  });

  it('a broken {expression} is reported in words', () => {
    const problem = only(check({ '2022/03-17-backstage.mdx': mdx(BASE, '\nIt had {1 +} stars.\n') }));
    expect(problem.line).toBe(8);
    expect(problem.problem).toMatch(/^the MDX cannot be compiled: a \{…\} expression cannot be read/);
  });
});

describe('components in the body', () => {
  it('an unknown component is named, with the closest real one', () => {
    const problem = only(check({ '2022/03-17-backstage.mdx': mdx(BASE, '\nThe <Hilight>first</Hilight> release.\n') }));
    expect(formatProblem(problem)).toMatchInlineSnapshot(`
      "content/timeline/2022/03-17-backstage.mdx:8  <Hilight>
        <Hilight> is not a component this site has; did you mean <Highlight>?
        Expected: a component the journey provides (<Highlight>), or one this file imports"
    `);
  });

  it('allows the journey components, HTML tags and what the file imports; a missing import is named', () => {
    const body = [
      '',
      "import Chart from './chart.astro'",
      "import { Badge as Tag } from '../../shared/badge.astro'",
      "import Gone from './gone.astro'",
      '',
      'The <Highlight>first</Highlight> <abbr title="major">big</abbr> release. <Chart /> <Tag /> <Gone />',
      '',
    ].join('\n');
    const result = check({ '2022/03-17-backstage.mdx': mdx(BASE, body) }, [
      'content/timeline/2022/chart.astro',
      'content/shared/badge.astro',
    ]);
    expect(result.problems.map((problem) => [problem.line, problem.field, problem.problem])).toEqual([
      [8, 'import', '"./gone.astro" is imported, but there is no such file'],
    ]);
  });
});

describe('files on disk and across files', () => {
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

  describe('the order of milestones of one date', () => {
    const day = (title: string, order?: number, track = 'open-source') =>
      mdx(`title: ${title}\ndate: "2025-10-22"\n${order === undefined ? '' : `order: ${order}\n`}track: ${track}`);

    it('accepts a different place for each milestone of the date and track', () => {
      const result = check({ '2025/10-22-ga.mdx': day('GA', 1), '2025/10-22-confidence.mdx': day('Confidence', 2) });
      expect(result.problems).toEqual([]);
    });

    it('is an error when two milestones of the date and track take the same place', () => {
      const result = check({ '2025/10-22-ga.mdx': day('GA', 1), '2025/10-22-confidence.mdx': day('Confidence', 1) });
      expect(result.problems.map((problem) => [problem.file, problem.line, problem.severity, problem.problem])).toEqual([
        [
          'content/timeline/2025/10-22-confidence.mdx',
          4,
          'error',
          'order 1 is also the place of content/timeline/2025/10-22-ga.mdx on 2025-10-22, so which comes first is not said',
        ],
        [
          'content/timeline/2025/10-22-ga.mdx',
          4,
          'error',
          'order 1 is also the place of content/timeline/2025/10-22-confidence.mdx on 2025-10-22, so which comes first is not said',
        ],
      ]);
    });

    it('warns about an order with no other milestone of its date and track to stand among', () => {
      const problem = only(check({ '2025/10-22-ga.mdx': day('GA', 1), '2025/10-22-inside.mdx': day('Inside', undefined, 'inside-spotify') }));
      expect(where(problem)).toEqual({ file: 'content/timeline/2025/10-22-ga.mdx', line: 4, field: 'order', severity: 'warning' });
    });

    it('takes only whole numbers from 1', () => {
      const problem = only(check({ '2025/10-22-ga.mdx': day('GA', 0), '2025/10-22-confidence.mdx': day('Confidence', 2) }));
      expect(where(problem)).toEqual({ file: 'content/timeline/2025/10-22-ga.mdx', line: 4, field: 'order', severity: 'error' });
      expect(problem.expected).toContain('1 for the first milestone of its date');
    });
  });

  it('the same milestone in the other track is not a duplicate', () => {
    const result = check({
      '2022/03-17-backstage-1-0-released.mdx': mdx(BASE),
      '2022/03-17-backstage-1-0-released-inside.mdx': mdx(BASE.replace('open-source', 'inside-spotify')),
    });
    expect(result.problems).toEqual([]);
  });

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

  it('derives entry ids as Astro does (slugged segments), so anchors match the collection', () => {
    expect(entryIdFor('2022/03-17-Backstage_Launch.mdx')).toBe('2022/03-17-backstage_launch');
    expect(entryIdFor('2022/Über Launch!.mdx')).toBe('2022/über-launch');
    expect(entryIdFor('2022/launch/index.mdx')).toBe('2022/launch');
  });

  it('gives every real milestone the id the content collection gives it', async () => {
    const entries = await getCollection('timeline');
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      expect(entry.filePath).toBeDefined();
      expect(entryIdFor(entry.filePath!.replace(/^content\/timeline\//, ''))).toBe(entry.id);
    }
  });
});

describe('warnings', () => {
  it('do not fail the check: same title on another date, an unconventional file name', () => {
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

  it('flag file names that do not fit the precision of the date', () => {
    const result = check({
      '2022/03-17-wrong-day.mdx': mdx('title: Wrong day\ndate: 2022-03-18\ntrack: open-source'),
      '2012/03-17-an-era.mdx': mdx('title: An era\ndate: 2012\nprecision: era\ntrack: open-source'),
      '2020/03-16-Launch_Day.mdx': mdx('title: Launch day\ndate: 2020-03-16\ntrack: open-source'),
    });
    expect(result.problems.map((problem) => [problem.file.slice(17), problem.problem])).toEqual([
      ['2012/03-17-an-era.mdx', 'the file name starts with a month and day, but the date is a year alone'],
      ['2020/03-16-Launch_Day.mdx', 'the file name has characters other than lowercase letters, digits and hyphens'],
      ['2022/03-17-wrong-day.mdx', "the file name does not start with the date's month and day (03-18-)"],
    ]);
    expect(result.errors).toBe(0);
  });

  it('text after " #" that YAML drops as a comment is pointed out, deliberate comments are not', () => {
    const result = check({
      '2020/03-18-no-1-on-hacker-news.mdx': mdx(
        'title: We are #1 on Hacker News\ndate: 2020-03-18\ntrack: open-source\ndraft: false  # until launch day\nkind: launch # picked by the team',
      ),
    });
    expect(result.errors).toBe(0);
    const problem = only(result);
    expect(formatProblem(problem)).toMatchInlineSnapshot(`
      "content/timeline/2020/03-18-no-1-on-hacker-news.mdx:2  title  (warning)
        the text from " #" on is read as a comment, so title is only "We are"
        Expected: the whole value in quotes, like title: "We are #1 on Hacker News""
    `);
  });

  it('a .md file is left out with a warning; files starting with _ are ignored', () => {
    const result = check({ ...GOOD, '2022/notes.md': mdx('title: x'), '2022/_template.mdx': 'not a milestone', '2022/_notes.md': 'notes' });
    expect(result.milestones).toBe(1);
    expect(result.problems.map((problem) => [problem.severity, problem.file, problem.problem])).toEqual([
      ['warning', 'content/timeline/2022/notes.md', 'only .mdx files are part of the journey, so this file is left out'],
    ]);
  });
});

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
        Expected: a component the journey provides (<Highlight>), or one this file imports

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

describe('the real content', () => {
  it('content/timeline and content/journey.yaml pass with zero errors', () => {
    const result = checkContent(readContent(process.cwd()));
    expect(result.milestones).toBeGreaterThan(0);
    expect(result.problems.filter((problem) => problem.severity === 'error'), formatReport(result)).toEqual([]);
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
