import { describe, expect, it } from 'vitest';
import { basename } from 'node:path';
import { formatProblem } from '../../../src/build-time/content/report.ts';
import { BASE, check, mdx, only, where } from './support.ts';

/** Reading a milestone file once: its frontmatter, its YAML and its body (src/build-time/content/milestone-file.ts). */
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


describe('comments in the YAML', () => {
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

});

describe('YAML that would build something other than plain values', () => {
  it('a tag is refused on its line; a __proto__ key is an unknown field, not a prototype', () => {
    const result = check({
      '2022/03-17-a.mdx': mdx('title: !!js/function "x"\ndate: "2022-03-17"\ntrack: open-source'),
      '2022/03-17-b.mdx': mdx('title: B\ndate: "2022-03-17"\ntrack: open-source\n__proto__:\n  draft: true'),
    });
    expect(result.problems.map((problem) => [basename(problem.file), problem.line, problem.field, problem.problem])).toEqual([
      ['03-17-a.mdx', 2, 'frontmatter', 'a YAML tag (!!js/function) is written here; content files hold plain values only'],
      ['03-17-b.mdx', 5, '__proto__', 'unknown field "__proto__"'],
    ]);
  });

  it('aliases that would multiply a value past reason stop the reading', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((name, index) => `${name}: &${name} [${Array(10).fill(`*${'abcdefgh'[index]}`).join(', ')}]`)];
    const problem = only(check({ '2022/03-17-a.mdx': mdx(`title: A\ndate: "2022-03-17"\ntrack: open-source\n${bomb.join('\n')}`) }));
    expect(problem.problem).toMatch(/^the YAML cannot be read: /);
  });
});

describe('line endings and marks', () => {
  it('reads Windows line endings and a byte-order mark like any file', () => {
    const text = `\uFEFF${mdx(BASE, '\nThe first major release.\n')}`.replace(/\n/g, '\r\n');
    expect(check({ '2022/03-17-backstage-1-0-released.mdx': text }).problems).toEqual([]);
  });
});
