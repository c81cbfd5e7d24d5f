import { existsSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ART_BUDGETS, deliveryCases, pickWidth } from '../../src/build-time/art/budgets.ts';
import { readArtStatus } from '../../src/build-time/art/content.ts';
import { artImageFor, ArtNotEncodedError } from '../../src/build-time/art/delivery.ts';
import { ART_WIDTHS } from '../../src/build-time/art/frame.ts';
import {
  artHash,
  encodedFileName,
  lookupArt,
  parseManifest,
  serializeManifest,
  srcsetOf,
  type ArtManifest,
  type ArtManifestEntry,
} from '../../src/build-time/art/manifest.ts';
import { nextManifest, planArtWork, plannedImages } from '../../src/build-time/art/pipeline.ts';
import { artSourceFor, type ArtMilestone, type ArtSource } from '../../src/build-time/art/source.ts';
import { ART_SIZES_ATTR } from '../../src/layout/dimensions.ts';

const milestone: ArtMilestone = {
  id: '2022/03-17-backstage-1-0-released',
  anchor: '2022-03-17-backstage-1-0-released',
  year: 2022,
  kind: 'release',
  track: 'open-source',
  art: undefined,
  title: 'Backstage 1.0 released',
};

function sourceOf(m: ArtMilestone): ArtSource {
  const result = artSourceFor(m, () => undefined);
  if (!result.ok || !result.source) throw new Error('expected a generated source');
  return result.source;
}

function entryFor(source: ArtSource): ArtManifestEntry {
  return { hash: source.hash, source: source.type, images: plannedImages(source).map((image) => ({ ...image, bytes: 1000 })) };
}

describe('the art manifest', () => {
  const source = sourceOf(milestone);
  const manifest: ArtManifest = { art: { [milestone.id]: entryFor(source) } };

  it('names files by anchor, hash and width, so a changed picture gets new addresses', () => {
    expect(encodedFileName('2022-x', 'abcdef0123456789', 320, 'avif')).toBe('images/art/2022-x-abcdef0123-320.avif');
    const changed = sourceOf({ ...milestone, kind: 'launch' });
    expect(changed.hash).not.toBe(source.hash);
    expect(artHash('same')).toBe(artHash('same'));
  });

  it('finds a picture only when it was made from the current source', () => {
    expect(lookupArt(manifest, milestone.id, source.hash).status).toBe('ready');
    expect(lookupArt(manifest, milestone.id, 'something-else').status).toBe('stale');
    expect(lookupArt(manifest, '2023/unknown', source.hash).status).toBe('missing');
    expect(lookupArt(manifest, 'constructor', source.hash).status).toBe('missing');
  });

  it('writes the same bytes for the same content, ids sorted', () => {
    const a: ArtManifest = { art: { b: entryFor(source), a: entryFor(source) } };
    const b: ArtManifest = { art: { a: entryFor(source), b: entryFor(source) } };
    expect(serializeManifest(a)).toBe(serializeManifest(b));
    expect(Object.keys(parseManifest(serializeManifest(a)).art)).toEqual(['a', 'b']);
    expect(parseManifest('')).toEqual({ art: {} });
  });

  it('builds srcsets under the site base', () => {
    expect(srcsetOf(manifest.art[milestone.id]!, 'avif', '/journey/')).toMatch(
      /^\/journey\/images\/art\/2022-03-17-backstage-1-0-released-[0-9a-f]{10}-320\.avif 320w, \/journey\/images\/art\/.*-640\.avif 640w$/,
    );
  });
});

describe('what the page renders', () => {
  const source = sourceOf(milestone);
  const manifest: ArtManifest = { art: { [milestone.id]: entryFor(source) } };

  it('offers AVIF first, then WebP, with a WebP fallback image, its size and an empty alt for decoration', () => {
    const image = artImageFor(source, manifest);
    if (image.kind !== 'encoded') throw new Error('expected encoded art');
    expect(image.sources.map((s) => s.type)).toEqual(['image/avif', 'image/webp']);
    expect(image.src).toMatch(/-320\.webp$/);
    expect([image.width, image.height]).toEqual([320, 200]);
    expect(image.alt).toBe('');
    expect(image.sizes).toBe(ART_SIZES_ATTR);
    const everyUrl = [image.src, ...image.sources.flatMap((s) => s.srcset.split(', ').map((part) => part.split(' ')[0]!))];
    for (const url of everyUrl) expect(url).toMatch(/\.(avif|webp)$/);
  });

  it('stops the build on a missing or stale picture, naming the milestone and the fix', () => {
    const stale = sourceOf({ ...milestone, kind: 'launch' });
    expect(() => artImageFor(stale, manifest)).toThrow(ArtNotEncodedError);
    expect(() => artImageFor(stale, manifest)).toThrow(/2022\/03-17-backstage-1-0-released: its picture is out of date.*npm run art/);
    expect(() => artImageFor(stale, { art: {} })).toThrow(/has not been encoded yet/);
  });

  it('shows an unencoded picture from its SVG when allowed (the dev server)', () => {
    const image = artImageFor(source, { art: {} }, { allowUnencoded: true });
    expect(image.kind).toBe('unencoded');
    expect(image.src.startsWith('data:image/svg+xml,')).toBe(true);
    expect([image.width, image.height]).toEqual([320, 200]);
  });

  it('keeps an editor’s alt text for a drawn picture, and reports a missing file', () => {
    const drawn = { ...milestone, art: { src: './mine.svg', alt: 'Backstage logo' } };
    const found = artSourceFor(drawn, (path) => (path === 'content/timeline/2022/mine.svg' ? new TextEncoder().encode('<svg/>') : undefined));
    expect(found.ok && found.source?.type === 'drawn' && found.source.alt).toBe('Backstage logo');
    const missing = artSourceFor(drawn, () => undefined);
    expect(missing).toMatchObject({ ok: false, id: drawn.id });
    expect(!missing.ok && missing.problem).toMatch(/content\/timeline\/2022\/mine\.svg, which does not exist/);
  });
});

describe('npm run art’s plan', () => {
  const a = sourceOf(milestone);
  const b = sourceOf({ ...milestone, id: '2022/07-19-search', anchor: '2022-07-19-search' });
  const filesOf = (source: ArtSource) => plannedImages(source).map((image) => image.file);

  it('encodes new pictures, skips unchanged ones, re-encodes changed ones and removes unused files', () => {
    const changedB = sourceOf({ ...milestone, id: b.id, anchor: b.anchor, kind: 'launch' });
    const manifest: ArtManifest = { art: { [a.id]: entryFor(a), [b.id]: entryFor(b), '2020/gone': entryFor(b) } };
    const existing = new Set([...filesOf(a), ...filesOf(b), 'images/art/orphan-0000000000-320.avif']);
    const work = planArtWork([a, changedB], manifest, existing);
    expect(work.upToDate.map((s) => s.id)).toEqual([a.id]);
    expect(work.toEncode.map((t) => [t.source.id, t.reason])).toEqual([[b.id, 'changed']]);
    expect(work.toRemove).toEqual([...filesOf(b), 'images/art/orphan-0000000000-320.avif'].sort());
  });

  it('re-encodes a picture whose files were deleted, and encodes one the manifest lacks', () => {
    const manifest: ArtManifest = { art: { [a.id]: entryFor(a) } };
    const work = planArtWork([a, b], manifest, new Set(filesOf(a).slice(1)));
    expect(work.toEncode.map((t) => [t.source.id, t.reason])).toEqual([
      [a.id, 'files missing'],
      [b.id, 'new'],
    ]);
  });

  it('writes a manifest of exactly the current pictures', () => {
    const previous: ArtManifest = { art: { [a.id]: entryFor(a), '2020/gone': entryFor(b) } };
    const next = nextManifest(previous, [a], new Map([[b.id, entryFor(b)]]));
    expect(Object.keys(next.art).sort()).toEqual([a.id, b.id].sort());
  });
});

describe('art budgets', () => {
  it('never delivers more than twice the pixels an image is drawn at, in any layout at 1x, 2x or 3x', () => {
    for (const { drawn, density, delivered } of deliveryCases()) {
      expect(delivered).toBeLessThanOrEqual(ART_BUDGETS.maxOversize * drawn * density);
    }
    expect(pickWidth(ART_WIDTHS, 288)).toBe(320);
    expect(pickWidth(ART_WIDTHS, 576)).toBe(640);
    expect(pickWidth(ART_WIDTHS, 1440)).toBe(640);
  });

  it('has an up-to-date AVIF and WebP at every width for every published milestone with art', () => {
    const status = readArtStatus(process.cwd(), { publishedOnly: true });
    expect(status.problems).toEqual([]);
    expect(status.work.toEncode.map(({ source, reason }) => `${source.id}: ${reason}`)).toEqual([]);
    expect(status.sources.length).toBeGreaterThan(0);
    for (const source of status.sources) {
      const entry = status.manifest.art[source.id]!;
      for (const format of ['avif', 'webp'] as const) {
        expect(entry.images.filter((image) => image.format === format).map((image) => image.width)).toEqual([...ART_WIDTHS]);
      }
      for (const image of entry.images) {
        const path = `public/${image.file}`;
        expect(existsSync(path), path).toBe(true);
        expect(statSync(path).size, path).toBe(image.bytes);
      }
    }
  });
});
