import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../src/build-time/csp/policy.ts';
import { pagePolicy } from '../../src/build-time/csp/meta.ts';
import { conflicts, headersFor, parseHeadersFile, rulesFor } from '../../src/build-time/csp/headers-file.ts';
import { BASE, builtText, DIST } from './built.ts';


/** dist/ as a host publishes it: the _headers file it reads, and the address of every file it serves. */
function publishedBuild() {
  const rules = parseHeadersFile(builtText('_headers'));
  const files = readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(DIST, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
  return { rules, files };
}

/** The addresses a host serves a file at: a folder's index.html at the folder too. */
const addressesOf = (file: string) => (file.endsWith('/index.html') || file === 'index.html' ? [BASE + file.slice(0, -'index.html'.length), BASE + file] : [BASE + file]);

/**
 * Every kind of page the site publishes, the one rule (besides the site-wide one) a host must match
 * its addresses with, and who may frame it: written out here, not taken from the code that writes
 * the file. The journey, the post, a milestone's and a year's page, the story in words and the 404 page are never framed; an embed
 * is there for any site to frame.
 */
const NEVER_FRAMED = { frameAncestors: ["'none'"], xFrameOptions: 'DENY' };
const ANY_SITE = { frameAncestors: ['*'], xFrameOptions: undefined };
const PAGE_KINDS = [
  { kind: 'the journey', file: /^index\.html$/, rule: (address: string) => address, framing: NEVER_FRAMED },
  { kind: 'the post', file: /^blog\/.+\/index\.html$/, rule: () => `${BASE}blog/*`, framing: NEVER_FRAMED },
  { kind: "a milestone's page", file: /^milestones\/[^/]+\/index\.html$/, rule: () => `${BASE}milestones/*`, framing: NEVER_FRAMED },
  { kind: "a year's page", file: /^years\/[^/]+\/index\.html$/, rule: () => `${BASE}years/*`, framing: NEVER_FRAMED },
  { kind: 'the whole story in words', file: /^read\/index\.html$/, rule: (address: string) => address, framing: NEVER_FRAMED },
  { kind: 'the 404 page', file: /^404\.html$/, rule: (address: string) => address, framing: NEVER_FRAMED },
  { kind: 'an embed (a year, the journey)', file: /^embed\/[^/]+\/index\.html$/, rule: () => `${BASE}embed/*`, framing: ANY_SITE },
  { kind: "a year's list embed", file: /^embed\/[^/]+\/list\/index\.html$/, rule: () => `${BASE}embed/*`, framing: ANY_SITE },
  { kind: 'a milestone embedded alone', file: /^embed\/milestones\/[^/]+\/index\.html$/, rule: () => `${BASE}embed/*`, framing: ANY_SITE },
];
/** Headers for every address of the site: no framing rule among them. */
const SITE_WIDE = `${BASE}*`;

describe('the headers hosts send (dist/_headers, written by the build)', () => {
  const { rules, files } = publishedBuild();
  /** The journey's year fragments are parts of its page (fetched into it), not pages. */
  const fragments = files.filter((file) => file.startsWith('fragments/'));
  const pages = files.filter((file) => file.endsWith('.html') && !fragments.includes(file));

  it('matches every page of the build with exactly the rules of its kind, and says who may frame it', () => {
    const problems: string[] = [];
    for (const file of pages) {
      const kind = PAGE_KINDS.find((candidate) => candidate.file.test(file));
      if (!kind) {
        problems.push(`${file}: a page of no kind this test knows; add its kind to PAGE_KINDS`);
        continue;
      }
      for (const address of addressesOf(file)) {
        const matched = rulesFor(rules, address).map((rule) => rule.pattern);
        const expected = [SITE_WIDE, kind.rule(address)];
        if (matched.join(' ') !== expected.join(' ')) problems.push(`${address} (${kind.kind}): matched by ${matched.join(', ')}; expected ${expected.join(', ')}`);
        const headers = headersFor(rules, address);
        const frameAncestors = parsePolicy(headers.get('content-security-policy') ?? '').get('frame-ancestors');
        if (JSON.stringify(frameAncestors) !== JSON.stringify(kind.framing.frameAncestors)) problems.push(`${address} (${kind.kind}): frame-ancestors ${frameAncestors?.join(' ') ?? 'missing'}`);
        if (headers.get('x-frame-options') !== kind.framing.xFrameOptions) problems.push(`${address} (${kind.kind}): X-Frame-Options ${headers.get('x-frame-options') ?? 'missing'}`);
      }
    }
    expect(problems).toEqual([]);
    // Every kind is there to be checked.
    expect(PAGE_KINDS.filter((kind) => !pages.some((file) => kind.file.test(file))).map((kind) => kind.kind)).toEqual([]);
  });

  it('keeps every page within its own policy, and leaves scripts and styles to its hashes', () => {
    const problems: string[] = [];
    for (const file of pages) {
      const own = parsePolicy(pagePolicy(builtText(file)) ?? '');
      for (const address of addressesOf(file)) {
        const header = parsePolicy(headersFor(rules, address).get('content-security-policy') ?? '');
        for (const name of ['default-src', 'script-src', 'script-src-elem', 'style-src', 'style-src-elem', 'style-src-attr']) {
          if (header.has(name)) problems.push(`${address}: ${name} in the header`);
        }
        if (header.get('script-src-attr')?.join(' ') !== "'none'") problems.push(`${address}: script-src-attr is not 'none'`);
        for (const [name, values] of header) {
          if (name === 'frame-ancestors' || name === 'script-src-attr') continue;
          if (own.get(name)?.join(' ') !== values.join(' ')) problems.push(`${address}: ${name} ${values.join(' ')} in the header, ${own.get(name)?.join(' ') ?? 'nothing'} in the page`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('lets any page read the oEmbed responses and the host script, and keeps hashed assets for good', () => {
    const oembed = files.find((file) => file.startsWith('oembed/'))!;
    const asset = files.find((file) => file.startsWith('_astro/'))!;
    expect(headersFor(rules, BASE + oembed).get('access-control-allow-origin')).toBe('*');
    expect(headersFor(rules, `${BASE}embed.js`).get('access-control-allow-origin')).toBe('*');
    expect(headersFor(rules, BASE + asset).get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('keeps the journey’s year fragments for good (each build names its own), with no page policy of their own', () => {
    expect(fragments.length).toBeGreaterThan(0);
    for (const file of fragments) {
      for (const address of addressesOf(file)) {
        const headers = headersFor(rules, address);
        expect(headers.get('cache-control'), address).toBe('public, max-age=31536000, immutable');
        expect(headers.has('content-security-policy'), address).toBe(false);
      }
    }
  });

  it('never sets one header from two rules for the same address (hosts disagree on merging them)', () => {
    expect(conflicts(rules, files.flatMap(addressesOf))).toEqual([]);
  });
});

