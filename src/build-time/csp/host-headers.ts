/**
 * The HTTP headers hosts send with the site, written by the build to dist/_headers (the format
 * Netlify and Cloudflare Pages read), every path under the site's base. The policies come from
 * `policy.ts`; this file says which paths get which. Every page a build publishes must be matched by
 * a rule that says who may frame it, or the build stops and names the page.
 *
 * There is no site-wide framing rule: hosts join the headers of every rule that matches a path, so a
 * `/*` with `frame-ancestors 'none'` would be joined onto the embeds, which any site may frame.
 */
import { STORY_PAGE } from '../publish/story-page.ts';
import { YEAR_PAGES } from '../publish/year-page.ts';
import { conflicts, rulesFor, type HeaderRule } from './headers-file.ts';
import { framingHeaders, parsePolicy, type Framing } from './policy.ts';
import { hostScriptPath, withBase } from '../publish/embed.ts';
import { MILESTONE_PAGES } from '../publish/milestone-page.ts';
import { YEAR_FRAGMENTS, isFragment } from '../dist-files.ts';

/** What never changes at its address: a built asset with its content's hash in its name, a fragment under its build's version. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

export interface HostRule extends HeaderRule {
  /** What the rule is for, written as a comment above it. */
  about?: string;
}

/** Who may frame each kind of page the site publishes, by its paths relative to the base (`src/pages/`). */
const PAGE_KINDS: ReadonlyArray<{ about: string; paths: readonly string[]; framing: Framing }> = [
  { about: "The journey: never inside another site's frame.", paths: ['', 'index.html'], framing: 'page' },
  { about: 'The example post.', paths: ['blog/*'], framing: 'page' },
  { about: "A milestone's own page, which sends visitors on to the journey.", paths: [`${MILESTONE_PAGES}*`], framing: 'page' },
  { about: "A year's own page.", paths: [`${YEAR_PAGES}*`], framing: 'page' },
  { about: 'The whole story in words.', paths: [STORY_PAGE, `${STORY_PAGE}index.html`], framing: 'page' },
  { about: "The 404 page (a host serves it at any unknown address, with that address's headers).", paths: ['404.html'], framing: 'page' },
  { about: "A year for other sites' pages: any site may frame it.", paths: ['embed/*'], framing: 'embed' },
];

/** Every rule of the site's _headers file, for a site served under `base` ("/" or "/journey/"). */
export function hostRules(base: string): HostRule[] {
  const at = (path: string) => withBase(base, path);
  return [
    {
      about: 'Every address: no type guessing, no full address to other sites, no powerful features.',
      pattern: at('*'),
      headers: [
        ['X-Content-Type-Options', 'nosniff'],
        ['Referrer-Policy', 'strict-origin-when-cross-origin'],
        ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
      ],
    },
    ...PAGE_KINDS.flatMap((kind) =>
      kind.paths.map((path, index) => ({ about: index === 0 ? kind.about : undefined, pattern: at(path), headers: framingHeaders(kind.framing) })),
    ),
    { about: 'oEmbed responses and the host script, readable from any page.', pattern: at('oembed/*'), headers: [['Access-Control-Allow-Origin', '*']] },
    { pattern: hostScriptPath(base), headers: [['Access-Control-Allow-Origin', '*']] },
    { about: 'Built assets have content hashes in their names: they never change.', pattern: at('_astro/*'), headers: [['Cache-Control', IMMUTABLE]] },
    { about: "The years' fragments are under their build's version: they never change either.", pattern: at(`${YEAR_FRAGMENTS}*`), headers: [['Cache-Control', IMMUTABLE]] },
  ];
}

/** The addresses a host serves a file of the build at ("blog/post/index.html" → "/blog/post/", "/blog/post/index.html"). */
export function addressesOf(file: string, base: string): string[] {
  const address = withBase(base, file);
  return file === 'index.html' || file.endsWith('/index.html') ? [address.slice(0, -'index.html'.length), address] : [address];
}

/** Whether a rule says who may frame what it matches. */
const saysWhoMayFrame = (rule: HeaderRule) =>
  rule.headers.some(([name, value]) => name.toLowerCase() === 'content-security-policy' && parsePolicy(value).has('frame-ancestors'));

/** The _headers file, with a comment above each rule that has one. */
export function formatHeadersFile(rules: readonly HostRule[]): string {
  const lines = [
    '# HTTP headers for hosts that read a _headers file (Netlify, Cloudflare Pages), written by the build',
    '# from src/build-time/csp/host-headers.ts and policy.ts: change them there, not here. Every page also',
    '# carries its Content-Security-Policy in a <meta> element with the hashes of its own scripts and',
    '# styles; these headers add what a meta element cannot say: who may frame a page.',
  ];
  for (const rule of rules) {
    if (rule.about) lines.push('', `# ${rule.about}`);
    lines.push(rule.pattern, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`));
  }
  return `${lines.join('\n')}\n`;
}

/** Why the headers cannot be written: each problem names the file and address it is about. */
export class HostHeadersError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'HostHeadersError';
    this.problems = problems;
  }
}

/**
 * The site's _headers file for the files a build publishes (relative to the build folder, with "/"
 * separators). Throws a `HostHeadersError` when a page is matched by no rule that says who may frame
 * it, or an address gets one header from two rules (hosts disagree on joining or replacing them).
 */
export function hostHeadersFile(base: string, files: readonly string[]): string {
  const rules = hostRules(base);
  const problems: string[] = [];
  // A year's fragment is part of the journey page, read into it: it is no page, and never framed on its own.
  for (const file of files.filter((name) => name.endsWith('.html') && !isFragment(name))) {
    const uncovered = addressesOf(file, base).filter((address) => !rulesFor(rules, address).some(saysWhoMayFrame));
    if (uncovered.length > 0) problems.push(`${file} (${uncovered.join(', ')}): no rule says who may frame this page`);
  }
  problems.push(...conflicts(rules, files.flatMap((file) => addressesOf(file, base))).map((conflict) => `${conflict}: hosts disagree on joining or replacing such headers`));
  if (problems.length > 0) throw new HostHeadersError(problems);
  return formatHeadersFile(rules);
}
