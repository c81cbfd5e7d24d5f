import { describe, expect, it } from 'vitest';
import { parseBody, plainText } from '../../src/build-time/content/body.ts';
import { htmlToBlocks, htmlToText } from '../../src/build-time/import/html-to-markdown.ts';
import { fitBody, toMarkdown } from '../../src/build-time/import/markdown.ts';
import { bodyProblems } from './content/support.ts';

/** A timeline's HTML as the Markdown of a milestone's body. */
function markdownOf(html: string): string {
  return toMarkdown(htmlToBlocks(html).blocks).markdown;
}

/** The words a reader of the card gets from a body, as the page reads it. */
function wordsOf(markdown: string): string {
  const parsed = parseBody(markdown);
  if (!parsed.ok) throw new Error(`the body cannot be read: ${parsed.problem.problem}`);
  return plainText(parsed.root);
}

describe('a timeline’s HTML as a milestone’s body', () => {
  it('writes paragraphs, links, emphasis, lists and quotations as the Markdown a card holds', () => {
    const markdown = markdownOf(
      '<p>Read <a href="https://example.org/a">the <em>whole</em> story</a>, <strong>now</strong>.</p>' +
        '<ul><li>Stone</li><li>Bronze <s>age</s></li></ul><ol start="3"><li>Three</li><li>Four</li></ol>' +
        '<blockquote><p>Said <i>once</i>.</p></blockquote>',
    );
    expect(markdown).toBe(
      [
        'Read [the *whole* story](https://example.org/a), **now**.',
        '',
        '- Stone',
        '- Bronze ~~age~~',
        '',
        '3. Three',
        '4. Four',
        '',
        '> Said *once*.',
      ].join('\n'),
    );
    expect(bodyProblems(markdown)).toEqual([]);
  });

  it('nests lists, tight unless an item holds more than one paragraph', () => {
    expect(markdownOf('<ol><li>Two<ul><li>Nested</li><li>Also</li></ul></li><li>Three</li></ol>')).toBe(
      '1. Two\n   - Nested\n   - Also\n2. Three',
    );
    expect(markdownOf('<ul><li><p>One</p><p>More</p></li><li>Two</li></ul>')).toBe('- One\n\n  More\n\n- Two');
  });

  it('keeps line breaks, code and the tags a body may use', () => {
    const markdown = markdownOf(
      '<p>Line one<br>line two with <code>npm run</code>, <abbr title="Cloud Native Computing Foundation">CNCF</abbr>, ' +
        'H<sub>2</sub>O, 10<sup>6</sup>, <span lang="sv">fika</span>, <span class="x">plain</span> and <mark>the point</mark>.</p>',
    );
    expect(markdown).toBe(
      'Line one\\\nline two with `npm run`, <abbr title="Cloud Native Computing Foundation">CNCF</abbr>, ' +
        'H<sub>2</sub>O, 10<sup>6</sup>, <span lang="sv">fika</span>, plain and <Highlight>the point</Highlight>.',
    );
    expect(bodyProblems(markdown)).toEqual([]);
  });

  it('escapes what Markdown or MDX would read as markup, so the words read as written', () => {
    const markdown = markdownOf(
      '<p>5 * 3 = 15, snake_case, [not a link], a {brace}, x &lt; y, &amp;copy; and ~tilde~ | pipe</p>' +
        '<p>1. not a list</p><p># not a heading</p><p>- not an item</p>',
    );
    expect(markdown).toBe(
      '5 \\* 3 = 15, snake\\_case, \\[not a link\\], a \\{brace\\}, x \\< y, \\&copy; and \\~tilde\\~ \\| pipe\n\n' +
        '1\\. not a list\n\n\\# not a heading\n\n\\- not an item',
    );
    expect(wordsOf(markdown)).toBe('5 * 3 = 15, snake_case, [not a link], a {brace}, x < y, &copy; and ~tilde~ | pipe 1. not a list # not a heading - not an item');
    expect(bodyProblems(markdown)).toEqual([]);
  });

  it('reduces what a card has no place for to its words, says so, and lists pictures and players apart', () => {
    const converted = htmlToBlocks(
      '<h2>Big news</h2><p>See <a href="javascript:alert(1)">this</a> and <a href="/local">that</a>.</p>' +
        '<img src="https://example.org/a.png" alt="A"><iframe src="https://www.youtube.com/embed/x"></iframe><script>alert(1)</script>' +
        '<table><tr><td>2020</td><td>10 stars</td></tr></table><hr><pre>line 1\nline 2</pre>',
    );
    const { markdown } = toMarkdown(converted.blocks);
    expect(markdown).toBe('**Big news**\n\nSee this and that.\n\n- 2020; 10 stars\n\nline 1\\\nline 2');
    expect(converted.reduced).toEqual([
      '<h2> heading written as a paragraph in bold',
      'link to "javascript:alert(1)" kept as its words: only full https://, http:// or mailto: addresses can be links',
      'link to "/local" kept as its words: only full https://, http:// or mailto: addresses can be links',
      '<script> removed',
      '<table> written as a list, one row to an item',
      '<hr> line across removed',
      '<pre> preformatted text written as a paragraph',
    ]);
    expect(converted.media).toEqual(['https://example.org/a.png', 'https://www.youtube.com/embed/x']);
    expect(bodyProblems(markdown)).toEqual([]);
  });

  it('reads a spreadsheet cell’s blank lines as paragraphs, and drops characters a reader cannot see', () => {
    expect(markdownOf('Small teams, each with a mission.\n\nEvery squad chose its own tools.')).toBe(
      'Small teams, each with a mission.\n\nEvery squad chose its own tools.',
    );
    expect(markdownOf('<p>zero\u200bwidth, soft\u00adhyphen and non\u00a0breaking</p>')).toBe('zerowidth, softhyphen and non breaking');
  });

  it('writes emphasis Markdown cannot mark where it stands as plain words, never as stray asterisks', () => {
    const result = toMarkdown(htmlToBlocks('<p>a<b>"quoted"</b>b</p>').blocks);
    expect(result.plainMarks).toBe(true);
    expect(wordsOf(result.markdown)).toBe('a“quoted”b');
  });

  it('gives a headline’s words on one line', () => {
    expect(htmlToText('From the <em>first light</em>\n to <b>today</b> &amp; on')).toBe('From the first light to today & on');
  });
});

describe('a body longer than a card takes', () => {
  const sentence = `${'word '.repeat(19)}end.`; // 99 characters

  it('keeps the whole paragraphs that fit, up to the limit itself', () => {
    const first = 'Engineers had no map of the services they ran. A small team built one: a catalog of every service, who owned it, and where its documentation lived.';
    const second = 'Within a year, every squad used it daily, and the idea of a developer portal spread to other companies that faced the same sprawl of services and teams.';
    // 147 + 1 + 152 = 300 characters: exactly what a card shows.
    const html = `<p>${first}</p><p>${second}</p><p>That portal later became an open-source project.</p>`;
    expect(fitBody(htmlToBlocks(html).blocks, 300)).toEqual({ markdown: `${first}\n\n${second}`, cut: true, plainMarks: false });
    expect(fitBody(htmlToBlocks(`<p>${first}</p><p>${second}</p>`).blocks, 300)).toEqual({ markdown: `${first}\n\n${second}`, cut: false, plainMarks: false });
  });

  it('ends a long paragraph at a sentence when one ends past half the limit', () => {
    const html = `<p>${[sentence, sentence, sentence, sentence].join(' ')}</p>`;
    // Three sentences: 3 × 99 + 2 spaces = 299 characters.
    expect(fitBody(htmlToBlocks(html).blocks, 300).markdown).toBe([sentence, sentence, sentence].join(' '));
  });

  it('cuts a sentence too long for the card at a word, with an ellipsis', () => {
    const html = `<p>${Array.from({ length: 80 }, () => 'alpha').join(' ')}</p>`;
    // 50 words of five letters and the spaces between them, and the ellipsis: 50 × 6 = 300 characters.
    const fitted = fitBody(htmlToBlocks(html).blocks, 300);
    expect(fitted.markdown).toBe(`${Array.from({ length: 50 }, () => 'alpha').join(' ')}…`);
    expect([...wordsOf(fitted.markdown)]).toHaveLength(300);
  });
});
