import { cspHash, parsePolicy } from './policy.ts';

/**
 * Adding the hashes of a built page's inline scripts and styles to the policy in its
 * `<meta http-equiv="content-security-policy">`. Pure string work on Astro's output, which writes
 * every element on its own terms (no `</script>` inside a script, attributes double-quoted).
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
const encode = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** Adds `'sha256-…'` sources to a directive (the element-scoped one when the policy has it), once each. */
export function withSources(policy: string, family: 'script' | 'style', sources: readonly string[]): { policy: string; added: number } {
  const directives = parsePolicy(policy);
  const name = directives.has(`${family}-src-elem`) ? `${family}-src-elem` : `${family}-src`;
  const current = directives.get(name) ?? ["'self'"];
  const fresh = [...new Set(sources)].filter((source) => !current.includes(source));
  if (fresh.length === 0) return { policy, added: 0 };
  directives.set(name, [...current, ...fresh]);
  const text = [...directives].map(([directive, values]) => [directive, ...values].join(' ')).join('; ');
  return { policy: text, added: fresh.length };
}

const CHARSET = /<meta\s+charset="[^"]*"\s*\/?>/i;
const HEAD = /<head\b[^>]*>/i;

/**
 * The page with every inline script's and style's hash in its policy, and how many were new; or
 * `undefined` when the page has no policy to add them to. The policy moves to the top of the head
 * (after the charset), because a meta policy governs only what comes after it.
 */
export async function addInlineHashes(html: string): Promise<{ html: string; added: number } | undefined> {
  const meta = META.exec(html);
  if (!meta) return undefined;
  const { scripts, styles } = inlineSources(html);
  const scriptHashes = await Promise.all(scripts.map(async (body) => `'${await cspHash(body)}'`));
  const styleHashes = await Promise.all(styles.map(async (body) => `'${await cspHash(body)}'`));
  const withScripts = withSources(decode(meta[1] ?? ''), 'script', scriptHashes);
  const withStyles = withSources(withScripts.policy, 'style', styleHashes);
  const added = withScripts.added + withStyles.added;
  const element = `<meta http-equiv="content-security-policy" content="${encode(withStyles.policy)}">`;
  const without = html.slice(0, meta.index) + html.slice(meta.index + meta[0].length);
  const first = CHARSET.exec(without) ?? HEAD.exec(without);
  const at = first ? first.index + first[0].length : 0;
  return { html: without.slice(0, at) + element + without.slice(at), added };
}
