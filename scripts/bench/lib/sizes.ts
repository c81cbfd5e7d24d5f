import { gzipSync } from 'node:zlib';

/** The kinds of bytes a page loads, as the report and the budgets count them. */
export const RESOURCE_TYPES = ['html', 'css', 'js', 'image', 'font', 'other'] as const;
export type ResourceType = (typeof RESOURCE_TYPES)[number];

/** One thing a page loaded, or a script or style written inside its HTML (`inline: true`). */
export interface LoadedResource {
  url: string;
  type: ResourceType;
  /** Bytes of the body as served, before any transfer compression. */
  raw: number;
  /** Bytes of the body compressed with gzip at level 9: what a static host sends. */
  gzip: number;
  inline?: boolean;
}

export interface TypeTotals {
  count: number;
  raw: number;
  gzip: number;
}

export type PageTotals = Record<ResourceType, TypeTotals>;

const BY_EXTENSION: Record<string, ResourceType> = {
  html: 'html',
  htm: 'html',
  css: 'css',
  js: 'js',
  mjs: 'js',
  svg: 'image',
  png: 'image',
  jpg: 'image',
  jpeg: 'image',
  gif: 'image',
  webp: 'image',
  avif: 'image',
  ico: 'image',
  woff: 'font',
  woff2: 'font',
  ttf: 'font',
  otf: 'font',
};

/** The kind of a response, from its Content-Type first and its file extension otherwise. */
export function classifyResource(url: string, contentType?: string): ResourceType {
  const mime = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (mime === 'text/html' || mime === 'application/xhtml+xml') return 'html';
  if (mime === 'text/css') return 'css';
  if (mime === 'text/javascript' || mime === 'application/javascript' || mime === 'application/x-javascript') return 'js';
  if (mime.startsWith('image/')) return 'image';
  if (mime.startsWith('font/') || mime === 'application/font-woff' || mime === 'application/font-woff2') return 'font';
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    // Not a full URL: use it as a path.
  }
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  if (extension && BY_EXTENSION[extension]) return BY_EXTENSION[extension];
  if (path.endsWith('/')) return 'html';
  return 'other';
}

/** Bytes after gzip at the highest level, as the budgets count them. */
export function gzipSize(body: Uint8Array | string): number {
  if (body.length === 0) return 0;
  return gzipSync(typeof body === 'string' ? Buffer.from(body) : body, { level: 9 }).length;
}

export function measureBody(url: string, type: ResourceType, body: Uint8Array | string, inline = false): LoadedResource {
  const raw = typeof body === 'string' ? Buffer.byteLength(body) : body.length;
  return { url, type, raw, gzip: gzipSize(body), ...(inline ? { inline } : {}) };
}

export function emptyTotals(): PageTotals {
  return Object.fromEntries(RESOURCE_TYPES.map((type) => [type, { count: 0, raw: 0, gzip: 0 }])) as PageTotals;
}

/**
 * Totals per kind. A URL counts once however often it was requested (the browser caches it).
 * Inline scripts and styles (URLs such as "…/#inline-script-1") count towards JS and CSS.
 */
export function totalsByType(resources: readonly LoadedResource[]): PageTotals {
  const totals = emptyTotals();
  const seen = new Set<string>();
  for (const resource of resources) {
    if (seen.has(resource.url)) continue;
    seen.add(resource.url);
    const bucket = totals[resource.type];
    bucket.count += 1;
    bucket.raw += resource.raw;
    bucket.gzip += resource.gzip;
  }
  return totals;
}

/** Text compresses; pictures and fonts are compressed already and a host sends them as they are. */
export function isCompressible(resource: Pick<LoadedResource, 'url' | 'type'>): boolean {
  if (resource.type === 'html' || resource.type === 'css' || resource.type === 'js') return true;
  let path = resource.url;
  try {
    path = new URL(resource.url).pathname;
  } catch {
    // Not a full URL: use it as a path.
  }
  return /\.(svg|json|xml|txt|webmanifest)$/i.test(path);
}

/** The bytes a host sends for a resource: gzip for text, the file as it is otherwise. */
export function sentBytes(resource: LoadedResource): number {
  return isCompressible(resource) ? resource.gzip : resource.raw;
}

/**
 * What went over the wire: every resource once, without inline code (it travelled inside its
 * HTML). `gzip` holds the bytes sent (text gzip-compressed, the rest as it is).
 */
export function transferTotal(resources: readonly LoadedResource[]): TypeTotals {
  const seen = new Set<string>();
  const total = { count: 0, raw: 0, gzip: 0 };
  for (const resource of resources) {
    if (resource.inline || seen.has(resource.url)) continue;
    seen.add(resource.url);
    total.count += 1;
    total.raw += resource.raw;
    total.gzip += sentBytes(resource);
  }
  return total;
}

/** True when `url` is served from somewhere other than `origin` (data: and blob: URLs stay on the page). */
export function isOtherOrigin(url: string, origin: string): boolean {
  if (/^(data|blob|about):/i.test(url)) return false;
  try {
    return new URL(url).origin !== new URL(origin).origin;
  } catch {
    return false;
  }
}
