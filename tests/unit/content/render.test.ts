import { describe, expect, it } from 'vitest';
import { parseBody } from '../../../src/build-time/content/body.ts';
import { BodyRenderError, renderBody } from '../../../src/build-time/content/render.ts';

/** The body's own renderer (src/build-time/content/render.ts): only what a body may hold, text escaped. */
const html = (body: string) => {
  const parsed = parseBody(body);
  if (!parsed.ok) throw new Error(parsed.problem.problem);
  return renderBody(parsed.root);
};

describe('the body renderer', () => {
  it('writes Markdown, the components and the allowed elements, with curly quotes', () => {
    expect(html('The "first" <Highlight>big</Highlight> release of the <abbr title="Cloud Native Computing Foundation">CNCF</abbr>.\n\n- [a link](https://backstage.io)\n')).toBe(
      '<p>The “first” <strong class="highlight">big</strong> release of the <abbr title="Cloud Native Computing Foundation">CNCF</abbr>.</p><ul><li><p><a href="https://backstage.io">a link</a></p></li></ul>',
    );
  });

  it('escapes what looks like markup in text and attributes', () => {
    expect(html('A &lt;script&gt; tag and a "quote" in <abbr title="a &quot;b&quot; &lt;c&gt;">x</abbr>.')).toBe(
      '<p>A &lt;script&gt; tag and a “quote” in <abbr title="a &quot;b&quot; &lt;c&gt;">x</abbr>.</p>',
    );
  });

  it('refuses, even without the content check, anything a body may not hold', () => {
    for (const body of [
      '<script>alert(1)</script>',
      'Text <img src="x" onerror="alert(1)" />',
      '<abbr onclick="alert(1)">x</abbr>',
      '<abbr title={process.env.SECRET}>x</abbr>',
      '[x](javascript:alert(1))',
      '[x][r]\n\n[r]: data:text/html,x',
      "import fs from 'node:fs'",
      '{process.env.SECRET}',
      '# A heading',
      '![a picture](https://x.y/a.png)',
    ]) {
      expect(() => html(body), body).toThrow(BodyRenderError);
    }
  });
});
