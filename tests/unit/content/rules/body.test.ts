import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../../src/build-time/content/report.ts';
import { BASE, bodyProblems, check, mdx, only } from '../support.ts';

/** A milestone's body is words: src/build-time/content/rules/body.ts. */

describe('what a body may hold', () => {
  it('takes Markdown, the journey components and the few HTML elements editors need', () => {
    const body = [
      '',
      'The <Highlight>first</Highlight> **big** *release* of ~~Roadie~~ Backstage, by the <abbr title="Cloud Native Computing Foundation">CNCF</abbr>.',
      '',
      'A word in <span lang="sv">svenska</span>, the 1<sup>st</sup> of H<sub>2</sub>O,<br />and `code`.',
      '',
      '- a list, with [a link](https://backstage.io) and [another][docs]',
      '- and a [mail](mailto:backstage@example.com)',
      '',
      '> a quotation',
      '',
      '[docs]: https://backstage.io/docs',
      '',
    ].join('\n');
    expect(bodyProblems(body)).toEqual([]);
  });

  it('an unknown component is named, with the closest real one', () => {
    const problem = only(check({ '2022/03-17-backstage.mdx': mdx(BASE, '\nThe <Hilight>first</Hilight> release.\n') }));
    expect(formatProblem(problem)).toMatchInlineSnapshot(`
      "content/timeline/2022/03-17-backstage.mdx:8  <Hilight>
        <Hilight> is not a component this site has; did you mean <Highlight>?
        Expected: a component the journey provides (<Highlight>); milestone files import nothing"
    `);
  });
});

describe('code in a body is refused, each on its line', () => {
  it('an import that would read a file of the build machine, and an export', () => {
    expect(bodyProblems("\nimport secret from '/etc/passwd?raw'\n\nText.\n\nexport const x = 1\n")).toEqual([
      [8, 'import', '"import secret from \'/etc/passwd?raw\'" is code (an import or export), and nothing in a milestone file runs'],
      [12, 'import', '"export const x = 1" is code (an import or export), and nothing in a milestone file runs'],
    ]);
  });

  it('a {…} expression that would publish an environment variable', () => {
    const [problem] = check({ '2022/03-17-backstage-1-0-released.mdx': mdx(BASE, '\nThe key is {process.env.SECRET}.\n') }).problems;
    expect(problem).toMatchObject({ line: 8, field: 'body', problem: '{process.env.SECRET} is a {…} expression, which is code' });
    expect(problem!.expected).toContain('nothing in a milestone file runs');
  });

  it('a script, a style, an iframe, an object and an SVG with code', () => {
    const body = [
      '',
      '<script>alert(1)</script>',
      '',
      '<style>{"body { display: none }"}</style>',
      '',
      '<iframe src="https://evil.example" />',
      '',
      '<object data="x.swf" />',
      '',
      '<svg onload="alert(1)" />',
      '',
    ].join('\n');
    const problems = bodyProblems(body);
    expect(problems.map(([line, field]) => [line, field])).toEqual([
      [8, '<script>'],
      [10, '<style>'],
      [12, '<iframe>'],
      [14, '<object>'],
      [16, '<svg>'],
    ]);
    expect(problems[0]![2]).toBe("<script> cannot be used in a milestone's text: it is not one of the few HTML elements a card shows");
  });

  it('an event handler, even on an element a body may use', () => {
    expect(bodyProblems('\nSee <abbr title="x" onmouseover="alert(1)">this</abbr>.\n')).toEqual([
      [8, '<abbr>', "onmouseover= is an event handler: it would run code in the reader's browser"],
    ]);
  });

  it('attributes that are not allowed, expression values and spreads', () => {
    expect(bodyProblems('\n<span lang="en" style="color:red" class="x">a</span> <abbr title={x}>b</abbr> <Highlight {...props}>c</Highlight>\n')).toEqual([
      [8, '<span>', '<span> cannot carry style='],
      [8, '<span>', '<span> cannot carry class='],
      [8, '<abbr>', 'the value of title= is a {…} expression, which is code'],
      [8, '<Highlight>', '<Highlight> spreads {…} code into its attributes'],
    ]);
  });

  it('links that could run code or hide content, written in any way a browser still reads', () => {
    const body = [
      '',
      '[one](javascript:alert(1)) [two](JaVaScRiPt:alert(1)) [three](data:text/html,hi) [four](vbscript:x)',
      '',
      '[five][ref] <a href="https://x.y">six</a>',
      '',
      '[ref]: java%0ascript:alert(1)',
      '',
    ].join('\n');
    expect(bodyProblems(body).map(([line, field, problem]) => [line, field, String(problem).replace(/ uses .*| is not .*/, '')])).toEqual([
      [8, 'body', 'the link to "javascript:alert(1)"'],
      [8, 'body', 'the link to "JaVaScRiPt:alert(1)"'],
      [8, 'body', 'the link to "data:text/html,hi"'],
      [8, 'body', 'the link to "vbscript:x"'],
      [10, '<a>', "<a> cannot be used in a milestone's text: it"],
      [12, 'body', 'the address "java%0ascript:alert(1)"'],
    ]);
  });

  it('a link that is not a full address', () => {
    expect(bodyProblems('\n[docs](/docs) and [site](//evil.example)\n')).toEqual([
      [8, 'body', 'the link to "/docs" is not a full address'],
      [8, 'body', 'the link to "//evil.example" is not a full address'],
    ]);
  });
});

describe('Markdown that has no place in a card', () => {
  it('is refused with where it goes instead', () => {
    const body = ['', '# A heading', '', '![a picture](./x.png)', '', '```', 'code', '```', '', '| a | b |', '|---|---|', '| 1 | 2 |', ''].join('\n');
    const problems = check({ '2022/03-17-backstage-1-0-released.mdx': mdx(BASE, body) }).problems;
    expect(problems.map((problem) => [problem.line, problem.problem])).toEqual([
      [8, "a heading (#) cannot be used in a milestone's text"],
      [10, "a picture cannot be used in a milestone's text"],
      [12, "a block of code cannot be used in a milestone's text"],
      [16, "a table cannot be used in a milestone's text"],
    ]);
    expect(problems[1]!.expected).toContain('art field');
  });
});
