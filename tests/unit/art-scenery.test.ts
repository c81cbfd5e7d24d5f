import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { featuredArt, journeyCard, ogCardSvg, ogImagePath, OG_SIZE, wrapText, yearCard } from '../../src/build-time/art/og.ts';
import { renderOgPng } from '../../src/build-time/art/og-render.ts';
import {
  generateScenerySvg,
  SCENERY_LAYERS,
  SCENERY_TILE,
  SCENERY_TONES,
  sceneryColours,
  sceneryPath,
  sceneryTiles,
} from '../../src/build-time/art/scenery.ts';
import type { ArtMilestone } from '../../src/build-time/art/source.ts';
import { castJourney } from '../../src/build-time/art/casting.ts';
import { eraForYear, resolveEras } from '../../src/model/eras.ts';
import { LANDSCAPES, LANDSCAPE_IDS } from '../../src/model/landscapes.ts';
import { EN } from '../support/words.ts';

/** WCAG 2 relative luminance of "#rrggbb". */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** A colour token from src/styles/tokens.css, the page's one source of colours. */
function token(name: string): string {
  const css = readFileSync('src/styles/tokens.css', 'utf8');
  const match = new RegExp(`${name}:\\s*(#[0-9a-fA-F]{6})\\b`).exec(css);
  if (!match) throw new Error(`tokens.css has no ${name} colour`);
  return match[1]!;
}

describe('the scenery', () => {
  it('has at least three depth layers, painted far to near, the far ones lagging most', () => {
    expect(SCENERY_LAYERS.length).toBeGreaterThanOrEqual(3);
    const depths = SCENERY_LAYERS.map((layer) => layer.depth);
    expect([...depths].sort((a, b) => b - a)).toEqual(depths);
    expect(new Set(depths).size).toBe(depths.length);
    for (const depth of depths) {
      expect(depth).toBeGreaterThan(0);
      expect(depth).toBeLessThan(1);
    }
  });

  it('changes with the era: each era its landscape, each landscape its own tiles', () => {
    const eras = resolveEras([
      { name: 'Before', scenery: 'swamp' },
      { name: 'Building', from: 2006 },
      { name: 'Sharing', from: 2020, scenery: 'swamp' },
      { name: 'Later', from: 2023 },
      { name: 'Much later', from: 2030 },
    ]);
    // Written landscapes are kept; the others take the landscapes in turn by their place.
    expect(eras.map((era) => era.scenery)).toEqual(['swamp', 'offices', 'swamp', 'orbits', 'swamp']);
    expect(eraForYear(eras, -66_000_000).name).toBe('Before');
    expect(eraForYear(eras, 2006).name).toBe('Building');
    expect(eraForYear(eras, 2019).name).toBe('Building');
    expect(eraForYear(eras, 2020).name).toBe('Sharing');
    expect(eraForYear(eras, 2029).name).toBe('Later');
    // No eras written: one era, no heading, the first landscape.
    expect(resolveEras(undefined)).toEqual([{ index: 0, scenery: 'swamp' }]);
    const tiles = sceneryTiles([...LANDSCAPE_IDS, 'swamp']);
    expect(tiles).toHaveLength(4 * SCENERY_LAYERS.length);
    const drawings = tiles.map(({ landscape, layer }) => generateScenerySvg(landscape, layer));
    expect(new Set(drawings).size).toBe(tiles.length);
    expect(generateScenerySvg('swamp', 'near')).toBe(generateScenerySvg('swamp', 'near'));
    expect(sceneryPath('orbits', 'far', '/journey')).toBe('/journey/scenery/orbits-far.svg');
  });

  it('names every landscape in the editor\'s guide, as the schema describes it', () => {
    const guide = readFileSync('docs/editing.md', 'utf8');
    const table = guide.slice(guide.indexOf('| `scenery` | what it shows |')).split('\n\n')[0]!;
    const rows = [...table.matchAll(/^\| `(\w+)` \| (.+) \|$/gm)].slice(1).map((match) => ({ id: match[1], looks: match[2] }));
    expect(rows).toEqual(LANDSCAPES.map(({ id, looks }) => ({ id, looks })));
  });

  it('keeps every text colour of the page above WCAG AA contrast on every scenery colour', () => {
    const texts = ['--color-text', '--color-text-muted', '--color-text-faint'].map(token);
    for (const colour of sceneryColours()) {
      for (const text of texts) expect(contrast(text, colour), `${text} on ${colour}`).toBeGreaterThanOrEqual(4.5);
      // The year numerals are large text in the accent colour: 3:1.
      expect(contrast(token('--color-accent'), colour)).toBeGreaterThanOrEqual(3);
    }
    // Every tile draws with its era's tones only.
    for (const { landscape, layer } of sceneryTiles(LANDSCAPE_IDS)) {
      const used = generateScenerySvg(landscape, layer).match(/#[0-9a-f]{6}/gi) ?? [];
      for (const colour of used) expect(SCENERY_TONES[landscape]).toContain(colour);
    }
  });

  it('renders every tile as a valid SVG', async () => {
    for (const { landscape, layer } of sceneryTiles(LANDSCAPE_IDS)) {
      const meta = await sharp(Buffer.from(generateScenerySvg(landscape, layer))).metadata();
      expect([meta.width, meta.height]).toEqual([1600, 900]);
    }
  });

  it('draws each layer no higher than its reach, so a strip that tall shows the whole tile', async () => {
    /** The highest row of each layer's tiles, over every era, with a pixel that is not fully transparent. */
    const highest = new Map<string, number>();
    for (const { landscape, layer: id } of sceneryTiles(LANDSCAPE_IDS)) {
      const layer = SCENERY_LAYERS.find((candidate) => candidate.id === id)!;
      const { data, info } = await sharp(Buffer.from(generateScenerySvg(landscape, id))).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
      const line = Math.floor(info.height * (1 - layer.reach));
      let top = info.height;
      for (let y = 0; y < info.height && top === info.height; y++) {
        for (let x = 0; x < info.width; x++) {
          if (data[(y * info.width + x) * info.channels + 3]! > 0) {
            top = y;
            break;
          }
        }
      }
      expect(top, `${landscape}-${id} draws from row ${top}, above its reach at row ${line}`).toBeGreaterThanOrEqual(line);
      highest.set(id, Math.min(highest.get(id) ?? top, top));
    }
    // The reach is the drawings' own height, not a guess with room to spare: some era draws within a
    // tenth of the tile of it.
    for (const layer of SCENERY_LAYERS) {
      expect(highest.get(layer.id)! - SCENERY_TILE.height * (1 - layer.reach), layer.id).toBeLessThan(SCENERY_TILE.height / 10);
    }
  });
});

describe('Open Graph cards', () => {
  const ERAS_OF_2021 = resolveEras([{ name: 'The open-source years', scenery: 'hills' }]);
  const milestones: Array<ArtMilestone & { title: string }> = [
    { id: '2021/01-15-a', anchor: 'a', year: 2021, kind: 'adoption', track: 'open-source', art: undefined, title: 'Expedia Group adopts.' },
    // Told to show the same sign as Expedia Group's.
    { id: '2021/01-16-b', anchor: 'b', year: 2021, kind: 'adoption', track: 'open-source', art: { motif: 'storefront' }, title: 'Netflix adopts.' },
    { id: '2021/02-01-c', anchor: 'c', year: 2021, kind: 'statistic', track: 'open-source', art: undefined, title: '10,000 stars' },
    { id: '2021/03-16-d', anchor: 'd', year: 2021, kind: 'anniversary', track: 'open-source', art: undefined, title: '1st Birthday' },
    { id: '2021/05-05-e', anchor: 'e', year: 2021, kind: 'launch', track: 'inside-spotify', art: 'none', title: 'No art' },
  ];

  it('lives at /og/<year>.png and /og/journey.png under the site base', () => {
    expect(ogImagePath('2022')).toBe('/og/2022.png');
    expect(ogImagePath('66000000-bc', '/journey/')).toBe('/journey/og/66000000-bc.png');
    expect(ogImagePath('journey', '/journey')).toBe('/journey/og/journey.png');
  });

  it('features pictured milestones, different motifs first', () => {
    expect(featuredArt(milestones, 3, castJourney(milestones, ERAS_OF_2021)).map((art) => art.id)).toEqual(['2021/01-15-a', '2021/03-16-d', '2021/01-16-b']);
  });

  it('wraps long titles with an ellipsis', () => {
    expect(wrapText('Backstage becomes a Mountain Bet', 12, 2)).toEqual(['Backstage', 'becomes a…']);
    expect(wrapText('Short', 12, 2)).toEqual(['Short']);
  });

  it('renders a year card and the journey card as 1200×630 PNG', async () => {
    const year = yearCard({
      siteName: 'Spotify’s Backstage Journey',
      words: EN,
      label: '2021',
      era: { scenery: 'hills', name: 'The open-source years' },
      milestones,
      featured: featuredArt(milestones, 3, castJourney(milestones, ERAS_OF_2021)),
    });
    expect(ogCardSvg(year)).toContain('data-text="2021"');
    expect(ogCardSvg(year)).toContain('data-text="5 milestones"');
    const journey = journeyCard({ title: 'Spotify’s Backstage Journey', words: EN, firstLabel: '66,000,000 BC', lastLabel: '2026', milestoneCount: 120, trackCount: 2, featured: featuredArt(milestones, 4, castJourney(milestones, ERAS_OF_2021)) });
    expect(ogCardSvg(journey)).toContain('data-text="66,000,000 BC → 2026"');
    expect(ogCardSvg(journey)).toContain('data-text="120 milestones on 2 tracks"');
    for (const card of [year, journey]) {
      const png = Buffer.from(await renderOgPng(card));
      const meta = await sharp(png).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['png', OG_SIZE.width, OG_SIZE.height]);
    }
  });
});
