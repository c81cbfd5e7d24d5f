import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FETCH_DIRECTIVES, cspHash, headerPolicy, parsePolicy } from '../../src/build-time/csp/policy.ts';
import { inlineSources, pagePolicy, policyFirst, unlistedInline } from '../../src/build-time/csp/meta.ts';
import { conflicts, headersFor, parseHeadersFile } from '../../src/build-time/csp/headers-file.ts';

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

describe('the policy in the page', () => {
  it('hashes text the way browsers do (UTF-8, base64)', async () => {
    expect(await cspHash('alert(“hi”)')).toBe(sha256('alert(“hi”)'));
  });

  it('finds runnable inline scripts and every style element, not data blocks or external scripts', () => {
    const html =
      '<head><script>a()</script><script type="module">b()</script><script type="application/ld+json">{"x":1}</script>' +
      '<script type="module" src="/c.js"></script><style>.d{}</style></head><body><svg><style>.e{}</style></svg></body>';
    expect(inlineSources(html)).toEqual({ scripts: ['a()', 'b()'], styles: ['.d{}', '.e{}'] });
  });

  const page = (policy: string, head = '', body = '') =>
    `<!doctype html><html><head><meta charset="utf-8">${head}<meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;

  it('moves the policy before everything it governs, and adds nothing to it', () => {
    const html = page(`script-src 'self' '${sha256('early()')}'`, '<script>early()</script><style>.f{}</style>', '<script>late()</script>');
    const moved = policyFirst(html)!;
    expect(moved.indexOf('content-security-policy')).toBeLessThan(moved.indexOf('<script>early()'));
    expect(pagePolicy(moved)).toBe(pagePolicy(html));
    expect(moved.match(/content-security-policy/g)).toHaveLength(1);
  });

  it('names the inline code the policy does not list: a script found in the page is not trusted for being there', async () => {
    const html = page(`script-src 'self' '${sha256('ours()')}'; style-src 'self'`, '<script>ours()</script>', '<script>injected()</script><style>.g{}</style>');
    expect(await unlistedInline(html)).toEqual({ scripts: ['injected()'], styles: ['.g{}'] });
  });

  it('leaves a page without a policy alone, so the build can say so', () => {
    expect(policyFirst('<html><head></head></html>')).toBeUndefined();
  });
});

describe('the policy hosts send (public/_headers)', () => {
  const rules = parseHeadersFile(readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8'));
  const PAGES = ['/', '/index.html', '/blog/embedding-a-year/', '/404.html'];
  const EMBEDS = ['/embed/2022/', '/embed/66000000-bc/'];

  it('forbids framing the journey, the post and the 404 page', () => {
    for (const path of PAGES) {
      const headers = headersFor(rules, path);
      expect(headers.get('content-security-policy'), path).toBe(headerPolicy('page'));
      expect(parsePolicy(headers.get('content-security-policy')!).get('frame-ancestors')).toEqual(["'none'"]);
      expect(headers.get('x-frame-options'), path).toBe('DENY');
    }
  });

  it('lets any site frame a year, with no header that would forbid it', () => {
    for (const path of EMBEDS) {
      const headers = headersFor(rules, path);
      expect(headers.get('content-security-policy'), path).toBe(headerPolicy('embed'));
      expect(parsePolicy(headers.get('content-security-policy')!).get('frame-ancestors')).toEqual(['*']);
      expect(headers.has('x-frame-options'), path).toBe(false);
    }
  });

  it('never sets one header from two rules for the same path (hosts disagree on merging them)', () => {
    expect(conflicts(rules, [...PAGES, ...EMBEDS, '/feed.xml', '/oembed/2022.json', '/_astro/x.css'])).toEqual([]);
  });

  it('keeps the header within what every page’s own policy allows, and leaves scripts to the page’s hashes', () => {
    const header = parsePolicy(headerPolicy('page'));
    const page = parsePolicy(FETCH_DIRECTIVES.join('; '));
    expect(header.has('default-src')).toBe(false);
    expect(header.has('script-src')).toBe(false);
    for (const [name, values] of header) {
      if (name === 'frame-ancestors' || name === 'script-src-attr') continue;
      expect(page.get(name), name).toEqual(values);
    }
  });

  it('reads the _headers format and says where a line is wrong', () => {
    const parsed = parseHeadersFile('# comment\n/a/*\n  X-One: 1\n  X-Two: a: b\n\n/b\n  X-Three: 3\n');
    expect(parsed).toEqual([
      { pattern: '/a/*', headers: [['X-One', '1'], ['X-Two', 'a: b']] },
      { pattern: '/b', headers: [['X-Three', '3']] },
    ]);
    expect(headersFor(parsed, '/a/b/c').get('x-two')).toBe('a: b');
    expect(headersFor(parsed, '/b/c').size).toBe(0);
    expect(() => parseHeadersFile('  X-Orphan: 1')).toThrow(/line 1/);
  });
});
