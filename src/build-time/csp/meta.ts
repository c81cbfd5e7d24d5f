import { cspHash, parsePolicy } from './policy.ts';

/**
 * The page's `<meta http-equiv="content-security-policy">`, as Astro writes it with the hashes of
 * the scripts and styles the build made (its bundles, and the inline script `PrePaint.astro`
 * registers where it writes it). Two things remain for the finished page: the policy must come
 * before everything it governs, and any inline code it does not list (which will not run) is worth
 * naming. Nothing found in the page is added to the policy. Pure string work on Astro's output,
 * which writes every element on its own terms (no `</script>` inside a script, attributes double-quoted).
 */

const META = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"\s*\/?>/i;
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;

/** Script types a browser runs; anything else (`application/ld+json`) is data and needs no hash. */
const RUNNABLE = new Set(['', 'module', 'text/javascript', 'application/javascript']);

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+)))?`, 'i').exec(attributes);
  if (!match) return undefined;
  return match[1] ?? match[2] ?? match[3] ?? '';
}

/** The text of every inline script a browser would run, and of every style element, in page order. */
export function inlineSources(html: string): { scripts: string[]; styles: string[] } {
  const scripts = [...html.matchAll(SCRIPT)]
    .filter(([, attributes = '']) => attribute(attributes, 'src') === undefined)
    .filter(([, attributes = '']) => RUNNABLE.has((attribute(attributes, 'type') ?? '').trim().toLowerCase()))
    .map(([, , body = '']) => body);
  const styles = [...html.matchAll(STYLE)].map(([, body = '']) => body);
  return { scripts, styles };
}

const decode = (text: string) =>
  text.replace(/&#39;|&#x27;|&quot;|&amp;/g, (entity) => ({ '&#39;': "'", '&#x27;': "'", '&quot;': '"', '&amp;': '&' })[entity]!);

/** The page's policy, or undefined when it has none. */
export function pagePolicy(html: string): string | undefined {
  const meta = META.exec(html);
  return meta ? decode(meta[1] ?? '') : undefined;
}

const CHARSET = /<meta\s+charset="[^"]*"\s*\/?>/i;
const HEAD = /<head\b[^>]*>/i;

/**
 * The page with its policy first in the head (after the charset), because a meta policy governs
 * only what comes after it; undefined when the page has no policy.
 */
export function policyFirst(html: string): string | undefined {
  const meta = META.exec(html);
  if (!meta) return undefined;
  const without = html.slice(0, meta.index) + html.slice(meta.index + meta[0].length);
  const first = CHARSET.exec(without) ?? HEAD.exec(without);
  const at = first ? first.index + first[0].length : 0;
  return without.slice(0, at) + meta[0] + without.slice(at);
}

/** Inline scripts and styles of the page whose hash its policy does not list: a browser will not run them. */
export async function unlistedInline(html: string): Promise<{ scripts: string[]; styles: string[] }> {
  const directives = parsePolicy(pagePolicy(html) ?? '');
  const allowed = (family: 'script' | 'style') => new Set(directives.get(`${family}-src-elem`) ?? directives.get(`${family}-src`) ?? []);
  const { scripts, styles } = inlineSources(html);
  const unlisted = async (sources: string[], family: 'script' | 'style') => {
    const hashes = await Promise.all(sources.map(async (source) => `'${await cspHash(source)}'`));
    return sources.filter((_, index) => !allowed(family).has(hashes[index]!));
  };
  return { scripts: await unlisted(scripts, 'script'), styles: await unlisted(styles, 'style') };
}
