import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cspHash } from '../../src/build-time/csp/policy.ts';
import { inlineSources, pagePolicy, policyFirst, unlistedInline } from '../../src/build-time/csp/meta.ts';
import { headersFor, parseHeadersFile } from '../../src/build-time/csp/headers-file.ts';
import { HostHeadersError, hostHeadersFile } from '../../src/build-time/csp/host-headers.ts';

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

describe('writing the headers file', () => {
  /** The problems `hostHeadersFile` stops at, or [] when it writes the file. */
  const problemsOf = (base: string, files: string[]) => {
    try {
      hostHeadersFile(base, files);
      return [];
    } catch (error) {
      if (error instanceof HostHeadersError) return error.problems;
      throw error;
    }
  };

  it('stops at a page no rule says who may frame, naming its file and address, under any base', () => {
    const files = ['index.html', 'embed/2022/index.html', 'milestones/a/index.html', 'press/kit/index.html', 'press/logo.png', 'press.html'];
    expect(problemsOf('/', files)).toEqual([
      'press/kit/index.html (/press/kit/, /press/kit/index.html): no rule says who may frame this page',
      'press.html (/press.html): no rule says who may frame this page',
    ]);
    expect(problemsOf('/journey/', ['index.html', 'press.html'])).toEqual(['press.html (/journey/press.html): no rule says who may frame this page']);
    expect(problemsOf('/journey/', ['index.html', '404.html', 'blog/a/index.html', 'milestones/a/index.html', 'embed/2022/index.html'])).toEqual([]);
    // The journey's year fragments are parts of its page, not pages.
    expect(problemsOf('/journey/', ['index.html', 'fragments/0a1b2c/2022/index.html'])).toEqual([]);
  });

  it('puts the base in front of every path', () => {
    const patterns = parseHeadersFile(hostHeadersFile('/journey/', ['index.html'])).map((rule) => rule.pattern);
    expect(patterns).toEqual([
      '/journey/*',
      '/journey/',
      '/journey/index.html',
      '/journey/blog/*',
      '/journey/milestones/*',
      '/journey/years/*',
      '/journey/read/',
      '/journey/read/index.html',
      '/journey/404.html',
      '/journey/embed/*',
      '/journey/oembed/*',
      '/journey/embed.js',
      '/journey/_astro/*',
      '/journey/fragments/*',
    ]);
  });
});

describe('the _headers format', () => {
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
