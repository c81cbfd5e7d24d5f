/**
 * Checking a built site for broken internal references: every link, refresh, asset, frame, image
 * set, CSS url(), share-card address, feed and sitemap entry, oEmbed and manifest address must lead to a
 * file of the build, under the site's base path, and every #anchor to an id on its page.
 * Pure: the files come from a `SiteFiles`, so tests can hand in a site of a few strings.
 */

export interface SiteFiles {
  /** Every file, relative to the build folder, with "/" separators: "index.html", "embed/2022/index.html". */
  list(): readonly string[];
  read(file: string): string;
}

export interface SiteAddress {
  /** The site's origin and any path it has: "https://example.org". */
  site: string;
  /** The base path: "/" or "/journey/". */
  base: string;
}

export interface BrokenReference {
  /** The file the reference is in. */
  file: string;
  /** What refers: `<a href>`, `url()`, `<loc>`. */
  where: string;
  /** The reference as written. */
  reference: string;
  problem: string;
}

interface Reference {
  where: string;
  value: string;
  /** Several URLs in one value (srcset). */
  list?: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : entity;
    }
    return ENTITIES[body.toLowerCase()] ?? entity;
  });
}

export interface HtmlTag {
  name: string;
  attributes: Map<string, string>;
  /** The text of a raw-text element (script, style, textarea, title). */
  text?: string;
}

const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

/** The start tags of a document in order, with decoded attributes; raw-text elements carry their text. */
export function htmlTags(html: string): HtmlTag[] {
  const tags: HtmlTag[] = [];
  const token = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<!doctype[^>]*>|<\/[^>]*>|<([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
  let match: RegExpExecArray | null;
  while ((match = token.exec(html))) {
    const name = match[1]?.toLowerCase();
    if (!name) continue;
    const attributes = new Map<string, string>();
    for (const [, key = '', double, single, bare] of (match[2] ?? '').matchAll(ATTRIBUTE)) {
      const lower = key.toLowerCase();
      if (!attributes.has(lower)) attributes.set(lower, decodeEntities(double ?? single ?? bare ?? ''));
    }
    const tag: HtmlTag = { name, attributes };
    if (RAW_TEXT.has(name)) {
      const close = new RegExp(`</${name}\\s*>`, 'gi');
      close.lastIndex = token.lastIndex;
      const end = close.exec(html);
      tag.text = html.slice(token.lastIndex, end ? end.index : html.length);
      token.lastIndex = end ? close.lastIndex : html.length;
    }
    tags.push(tag);
  }
  return tags;
}

/** Every id (and `<a name>`) of a document: what its #anchors may point at. */
export function anchorsOf(tags: readonly HtmlTag[]): Set<string> {
  const anchors = new Set<string>();
  for (const tag of tags) {
    const id = tag.attributes.get('id');
    if (id) anchors.add(id);
    if (tag.name === 'a' && tag.attributes.get('name')) anchors.add(tag.attributes.get('name')!);
  }
  return anchors;
}

/** The addresses inside CSS `url(…)`, as written. */
export function cssUrls(css: string): string[] {
  return [...css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)"'\s]*))\s*\)/g)]
    .map(([, double, single, bare]) => (double ?? single ?? bare ?? '').trim())
    .filter(Boolean);
}

const URL_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href', 'imagesrcset'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  script: ['src'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
  input: ['src'],
  image: ['href', 'xlink:href'],
  use: ['href', 'xlink:href'],
};

/** Meta elements whose content is an address of the site. */
const URL_METAS = new Set(['og:image', 'og:image:url', 'og:image:secure_url', 'og:url', 'twitter:image', 'og:video', 'og:audio']);

/** Link relations that name an origin to connect to, not a resource. */
const NOT_RESOURCES = new Set(['dns-prefetch', 'preconnect']);

/**
 * The address a `<meta http-equiv="refresh">` sends the browser to ("0; url=/#2022" → "/#2022"), read
 * as the HTML standard reads it; undefined when the content only reloads the page or is not a refresh.
 */
function refreshTarget(content: string): string | undefined {
  // The delay, digits and dots ("0", "1.5"); then the end (a reload) or a separator before the address.
  const delay = /^[\t\n\f\r ]*[\d.]+/.exec(content);
  if (!delay) return undefined;
  const rest = content.slice(delay[0].length);
  if (!/^[;,\t\n\f\r ]/.test(rest)) return undefined;
  let target = rest.replace(/^[\t\n\f\r ]*[;,]?[\t\n\f\r ]*/, '');
  // "url=" before the address is optional, and the address may be quoted.
  target = target.replace(/^url[\t\n\f\r ]*=[\t\n\f\r ]*/i, '');
  const quote = target[0];
  if (quote === '"' || quote === "'") {
    const end = target.indexOf(quote, 1);
    target = target.slice(1, end < 0 ? undefined : end);
  }
  return target === '' ? undefined : target;
}

function jsonUrls(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string') {
    if (/^https?:\/\//.test(value)) found.push(value);
  } else if (Array.isArray(value)) {
    for (const item of value) jsonUrls(item, found);
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) jsonUrls(item, found);
  }
  return found;
}

function htmlReferences(tags: readonly HtmlTag[]): { references: Reference[]; problems: string[] } {
  const references: Reference[] = [];
  const problems: string[] = [];
  for (const tag of tags) {
    const rel = tag.attributes.get('rel')?.toLowerCase().split(/\s+/) ?? [];
    if (tag.name !== 'link' || !rel.some((value) => NOT_RESOURCES.has(value))) {
      for (const attribute of URL_ATTRIBUTES[tag.name] ?? []) {
        const value = tag.attributes.get(attribute);
        if (value === undefined) continue;
        references.push({ where: `<${tag.name} ${attribute}>`, value, list: attribute.endsWith('srcset') });
      }
    }
    if (tag.name === 'meta') {
      const name = tag.attributes.get('property') ?? tag.attributes.get('name') ?? '';
      const content = tag.attributes.get('content');
      if (URL_METAS.has(name.toLowerCase()) && content !== undefined) references.push({ where: `<meta ${name}>`, value: content });
      // A refresh leads on like a link (a milestone's page to its place on the journey).
      const target = tag.attributes.get('http-equiv')?.toLowerCase() === 'refresh' && content !== undefined ? refreshTarget(content) : undefined;
      if (target !== undefined) references.push({ where: '<meta http-equiv="refresh">', value: target });
    }
    const style = tag.attributes.get('style');
    if (style) for (const url of cssUrls(decodeEntities(style))) references.push({ where: `<${tag.name} style> url()`, value: url });
    if (tag.name === 'style' && tag.text) for (const url of cssUrls(tag.text)) references.push({ where: '<style> url()', value: url });
    if (tag.name === 'script' && tag.attributes.get('type') === 'application/ld+json' && tag.text) {
      try {
        for (const url of jsonUrls(JSON.parse(tag.text))) references.push({ where: 'JSON-LD', value: url });
      } catch {
        problems.push('its JSON-LD is not valid JSON');
      }
    }
  }
  return { references, problems };
}

function xmlReferences(xml: string): Reference[] {
  return [...xml.matchAll(/<(loc|link|guid)\b[^>]*>\s*([^<\s][^<]*?)\s*<\/\1>/g)]
    .map(([, element = '', value = '']) => ({ where: `<${element}>`, value: decodeEntities(value) }))
    .filter((reference) => /^https?:\/\//.test(reference.value));
}

function textReferences(text: string): Reference[] {
  return [...text.matchAll(/^Sitemap:\s*(\S+)/gim)].map(([, value = '']) => ({ where: 'Sitemap:', value }));
}

function jsonReferences(file: string, text: string): Reference[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return [{ where: 'JSON', value: '', list: false }];
  }
  const references: Reference[] = jsonUrls(data).map((value) => ({ where: 'JSON', value }));
  if (data && typeof data === 'object') {
    const record = data as Record<string, unknown>;
    // An oEmbed response: the snippet's own iframe and script.
    if (typeof record.html === 'string') {
      for (const tag of htmlTags(record.html)) {
        for (const attribute of URL_ATTRIBUTES[tag.name] ?? []) {
          const value = tag.attributes.get(attribute);
          if (value !== undefined) references.push({ where: `oEmbed html <${tag.name} ${attribute}>`, value });
        }
      }
    }
    // A web app manifest: addresses relative to the manifest.
    if (file.endsWith('.webmanifest')) {
      for (const key of ['start_url', 'scope']) if (typeof record[key] === 'string') references.push({ where: key, value: record[key] });
      if (Array.isArray(record.icons)) {
        for (const icon of record.icons as Array<{ src?: unknown }>) if (typeof icon.src === 'string') references.push({ where: 'icons src', value: icon.src });
      }
    }
  }
  return references;
}

const normalBase = (base: string) => `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

/** A file's address on the site: "embed/2022/index.html" → "https://example.org/journey/embed/2022/". */
export function addressOfFile(file: string, address: SiteAddress): URL {
  const path = file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file;
  return new URL(`${normalBase(address.base)}${path}`, address.site);
}

/** The build's file an address of the site is served from, if any. */
export function fileOfAddress(url: URL, address: SiteAddress, exists: (file: string) => boolean): string | undefined {
  const base = normalBase(address.base);
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return undefined;
  }
  if (pathname === base.slice(0, -1)) pathname = base;
  if (!pathname.startsWith(base)) return undefined;
  const relative = pathname.slice(base.length);
  const candidates = relative === '' || relative.endsWith('/') ? [`${relative}index.html`] : [relative, `${relative}/index.html`, `${relative}.html`];
  return candidates.find(exists);
}

function splitSrcset(value: string): string[] {
  return value
    .split(/,(?=\s*\S)/)
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

/** Checks every file of a build; an empty list means every internal reference resolves. */
export function checkSite(files: SiteFiles, address: SiteAddress): BrokenReference[] {
  const all = new Set(files.list());
  const exists = (file: string) => all.has(file);
  const origin = new URL(address.site).origin;
  const anchors = new Map<string, Set<string>>();
  const tagsOf = new Map<string, HtmlTag[]>();
  const html = (file: string) => {
    let tags = tagsOf.get(file);
    if (!tags) {
      tags = htmlTags(files.read(file));
      tagsOf.set(file, tags);
    }
    return tags;
  };
  const anchorsIn = (file: string) => {
    let found = anchors.get(file);
    if (!found) {
      found = anchorsOf(html(file));
      anchors.set(file, found);
    }
    return found;
  };

  const broken: BrokenReference[] = [];
  for (const file of [...all].sort()) {
    let references: Reference[] = [];
    let pageUrl = addressOfFile(file, address);
    if (file.endsWith('.html')) {
      const tags = html(file);
      const baseHref = tags.find((tag) => tag.name === 'base' && tag.attributes.has('href'))?.attributes.get('href');
      if (baseHref) pageUrl = new URL(baseHref, pageUrl);
      const found = htmlReferences(tags);
      references = found.references;
      for (const problem of found.problems) broken.push({ file, where: 'page', reference: '', problem });
    } else if (file.endsWith('.css')) {
      references = cssUrls(files.read(file)).map((value) => ({ where: 'url()', value }));
    } else if (file.endsWith('.xml')) {
      references = xmlReferences(files.read(file));
    } else if (file.endsWith('.json') || file.endsWith('.webmanifest')) {
      references = jsonReferences(file, files.read(file));
    } else if (file.endsWith('.txt')) {
      references = textReferences(files.read(file));
    }

    for (const reference of references) {
      if (reference.where === 'JSON' && reference.value === '') {
        broken.push({ file, where: 'file', reference: '', problem: 'not valid JSON' });
        continue;
      }
      for (const value of reference.list ? splitSrcset(reference.value) : [reference.value]) {
        const problem = problemOf(value, file, pageUrl);
        if (problem) broken.push({ file, where: reference.where, reference: value, problem });
      }
    }
  }
  return broken;

  function problemOf(value: string, file: string, pageUrl: URL): string | undefined {
    const trimmed = value.trim();
    if (trimmed === '') return 'empty address';
    if (/^(mailto|tel|data|blob|about):/i.test(trimmed)) return undefined;
    if (/^javascript:/i.test(trimmed)) return 'a javascript: address';
    if (trimmed === '#') return 'an anchor to nowhere ("#")';
    // The 404 page is served at any address: a relative reference on it would lead elsewhere each time.
    if (file === '404.html' && !/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(trimmed)) return 'a relative address on the 404 page';
    let url: URL;
    try {
      url = new URL(trimmed, pageUrl);
    } catch {
      return 'not a valid address';
    }
    if (url.origin !== origin) return undefined;
    const target = fileOfAddress(url, address, exists);
    if (!target) {
      const base = normalBase(address.base);
      return url.pathname.startsWith(base) ? 'no such file in the build' : `outside the base path ${base}`;
    }
    const fragment = url.hash.slice(1);
    if (fragment && target.endsWith('.html') && !fragment.startsWith(':~:')) {
      let id: string;
      try {
        id = decodeURIComponent(fragment);
      } catch {
        id = fragment;
      }
      if (!anchorsIn(target).has(id)) return `no element with id "${id}" on ${target}`;
    }
    return undefined;
  }
}

/** One line per broken reference, grouped by file. */
export function formatBroken(broken: readonly BrokenReference[]): string {
  const byFile = new Map<string, BrokenReference[]>();
  for (const item of broken) byFile.set(item.file, [...(byFile.get(item.file) ?? []), item]);
  return [...byFile]
    .map(([file, items]) => [file, ...items.map((item) => `  ${item.where} ${item.reference ? `"${item.reference}"` : ''}: ${item.problem}`.replace(/\s+:/, ':'))].join('\n'))
    .join('\n');
}
