import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { BASE_PATH } from '../support/preview.ts';

/**
 * The built site in dist/, as the build before the unit tests made it (`npx astro build`, with the
 * same BASE as these tests): its files by their path inside the site, its pages parsed. For facts
 * of the delivered files that need no browser: markup, links, metadata, feeds.
 */

/** The folder the build wrote. */
export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/** The base path the build was made for: "/" or "/journey/" (BASE, as the preview server takes it). */
export const BASE = BASE_PATH;

/**
 * A stand-in origin the built pages are read at, to resolve the addresses in them: a link that
 * leads to another origin stays visibly elsewhere. Absolute addresses to the site's published
 * origin (SITE) are compared by their path.
 */
export const ORIGIN = 'http://built.invalid';

let checked = false;

/** Fails at once, saying what to do, when there is no build or it was made for another base path. */
function checkBuild(): void {
  if (checked) return;
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(`There is no built site in ${DIST}: run \`npx astro build\` first${BASE === '/' ? '' : ` (with BASE=${BASE})`}.`);
  }
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(join(DIST, 'index.html'), 'utf8'))?.[1];
  const builtFor = canonical ? new URL(canonical).pathname : undefined;
  if (builtFor !== BASE) {
    throw new Error(
      `dist/ was built for the base path ${builtFor ?? '(unknown)'}, these tests run for ${BASE}: run \`${BASE === '/' ? '' : `BASE=${BASE} `}npx astro build\` first, or set BASE as the build had it.`,
    );
  }
  checked = true;
}

/** The file a path inside the site is served from: "og/journey.png", "embed/2022/" (its index.html), "" (the journey). */
function fileOf(sitePath: string): string {
  if (sitePath.startsWith('/') || sitePath.includes('..')) throw new Error(`"${sitePath}" is not a path inside the site (no leading "/", no "..").`);
  const path = decodeURIComponent(sitePath.replace(/[?#].*$/, ''));
  return join(DIST, path === '' || path.endsWith('/') ? `${path}index.html` : path);
}

/** Whether the build has a file at a path inside the site. */
export function hasBuilt(sitePath: string): boolean {
  checkBuild();
  return existsSync(fileOf(sitePath));
}

/** The bytes of a built file, by its path inside the site ("og/journey.png", "feed.xml"). */
export function builtFile(sitePath: string): Buffer {
  checkBuild();
  const file = fileOf(sitePath);
  if (!existsSync(file)) throw new Error(`The build has no ${BASE}${sitePath} (no ${file}).`);
  return readFileSync(file);
}

/** The text of a built file, by its path inside the site. */
export function builtText(sitePath: string): string {
  return builtFile(sitePath).toString('utf8');
}

/** A built page, by its path inside the site ("" the journey, "embed/2022/", "milestones/<anchor>/"), parsed as a browser without scripts would. */
export function builtPage(sitePath: string): Document {
  return parseHTML(builtText(sitePath)).document as unknown as Document;
}

/** The address of a path inside the site, at the stand-in origin: `siteAddress('#2022')` is "http://built.invalid/journey/#2022" under /journey/. */
export function siteAddress(sitePath: string): string {
  return new URL(`${BASE}${sitePath}`, ORIGIN).href;
}

/** Where an address written in a built page leads, resolved as a browser would resolve it there (at the stand-in origin). */
export function resolveIn(sitePath: string, href: string): string {
  return new URL(href, siteAddress(sitePath)).href;
}

/**
 * The path inside the site of an address under the base path, absolute (to the published site) or
 * not ("http://…/journey/og/2022.png" → "og/2022.png"); fails when it leads outside the base path.
 */
export function sitePathOf(address: string): string {
  const { pathname } = new URL(address, ORIGIN);
  if (!pathname.startsWith(BASE)) throw new Error(`${address} is not under the base path ${BASE}.`);
  return pathname.slice(BASE.length);
}

/** The width and height a PNG's header gives (its IHDR chunk); fails when the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  if (bytes.subarray(0, 8).toString('latin1') !== '\x89PNG\r\n\x1a\n' || bytes.subarray(12, 16).toString('latin1') !== 'IHDR') {
    throw new Error('not a PNG: no PNG signature and IHDR chunk');
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * The journey page as a visitor ends up with it: the built page, with each year its first document
 * holds back completed from that year's fragment (the address on the year, `data-journey-held`),
 * part by part (`data-journey-arrives`), as the page's script puts them in place.
 */
export function builtJourney(): Document {
  const page = builtPage('');
  for (const section of [...page.querySelectorAll<HTMLElement>('[data-journey-held]')]) {
    const fragment = parseHTML(`<!DOCTYPE html><html><body>${builtText(sitePathOf(section.getAttribute('data-journey-held')!))}</body></html>`).document;
    const incoming = fragment.getElementById(section.id);
    if (!incoming) throw new Error(`The fragment of ${section.id} has no section ${section.id}.`);
    for (const part of [...section.querySelectorAll('[data-journey-arrives]')]) {
      const replacement = incoming.querySelector(`[data-journey-arrives="${part.getAttribute('data-journey-arrives')}"]`);
      if (replacement) part.replaceWith(page.importNode(replacement, true));
      else part.remove();
    }
    section.removeAttribute('data-journey-held');
  }
  return page as unknown as Document;
}
