/**
 * The site's Content-Security-Policy. Every page carries it in a `<meta http-equiv>` that Astro
 * writes at build time, with the hashes of that page's own scripts and styles; a host adds what a
 * meta element cannot say (who may frame a page) as HTTP headers, which the build writes to
 * dist/_headers (`host-headers.ts`).
 */

/** Where every kind of resource may come from: this site only, and nothing that plugs in. */
export const FETCH_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/**
 * What the journey page adds to its scripts' sources for its search, and nothing more: Pagefind
 * (`src/browser/journey/search/`) runs its index in WebAssembly, which a policy with a `script-src`
 * compiles only with `'wasm-unsafe-eval'` (it allows compiling WebAssembly, not `eval` of
 * JavaScript). `'self'` is Astro's own default, written again because a page that names a source
 * replaces the default. Pagefind's files come from the site itself: `connect-src 'self'` fetches
 * them, `worker-src 'self'` runs its worker.
 */
export const SEARCH_SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/**
 * The same, for the HTTP header, less `default-src`: in a header it would also govern scripts and
 * styles, whose per-page hashes only the page's meta element knows. Both policies apply, so the
 * stricter of the two wins for every resource.
 */
export const HEADER_DIRECTIVES = [
  ...FETCH_DIRECTIVES.filter((directive) => !directive.startsWith('default-src')),
  // No page has inline event handlers (onclick=…): none may run, whatever the meta says.
  "script-src-attr 'none'",
];

/**
 * The journey, the post, a milestone's page and the 404 page are never framed; the embed pages are
 * there to be, by any site.
 */
export const FRAME_ANCESTORS = {
  page: "frame-ancestors 'none'",
  embed: 'frame-ancestors *',
} as const;

export type Framing = keyof typeof FRAME_ANCESTORS;

/** The Content-Security-Policy header a host sends with a page: `headerPolicy('embed')`. */
export function headerPolicy(kind: Framing): string {
  return [...HEADER_DIRECTIVES, FRAME_ANCESTORS[kind]].join('; ');
}

/**
 * Every header a host sends with a page to say who may frame it: the policy, and for a page no site
 * may frame, `X-Frame-Options: DENY` for browsers that do not read `frame-ancestors`.
 */
export function framingHeaders(kind: Framing): Array<[name: string, value: string]> {
  const policy: [string, string] = ['Content-Security-Policy', headerPolicy(kind)];
  return kind === 'page' ? [policy, ['X-Frame-Options', 'DENY']] : [policy];
}

/** Splits a policy into directives by name: "img-src 'self'; …" → Map { "img-src" → ["'self'"] }. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/).filter(Boolean);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), values);
  }
  return directives;
}

/** `sha256-…` of an inline script's or style's text, as CSP hashes it (UTF-8, base64). */
export async function cspHash(text: string): Promise<`sha256-${string}`> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return `sha256-${Buffer.from(digest).toString('base64')}`;
}
