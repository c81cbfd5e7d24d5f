import sharp from 'sharp';
import { describe, expect, it, vi } from 'vitest';
import { ART_FRAME, ART_SAFE_AREA, ART_WIDTHS } from '../../src/build-time/art/frame.ts';
import { forgetDrawings, generateMilestoneSvg, type ArtInput } from '../../src/build-time/art/generate.ts';
import { MOTIFS } from '../../src/build-time/art/motifs.ts';
import { MOTIF_IDS } from '../../src/model/motifs.ts';
import { ART_PALETTES, paletteForTrack } from '../../src/build-time/art/palette.ts';
import { artPlanFor } from '../../src/model/art-plan.ts';
import { drawnSourcePath } from '../../src/build-time/art/source.ts';
import { createRng, hashString } from '../../src/build-time/art/random.ts';
import { ART_ASPECT } from '../../src/layout/dimensions.ts';
import { MILESTONE_KINDS, TYPOGRAPHIC_KINDS } from '../../src/model/schema/milestone.ts';
import { TRACKS, TRACK_IDS } from '../support/content.ts';

const base: ArtInput = { id: '2022/03-17-backstage-1-0-released', kind: 'release', track: 'open-source', year: 2022, motif: 'parcel', label: '1.0' };

/** The motif's own drawing: the group placed on the hill, without the panel around it. */
function motifPart(svg: string): string {
  const start = svg.indexOf('<g transform="translate(');
  return svg.slice(start, svg.lastIndexOf('<path'));
}

describe('seeded randomness', () => {
  it('draws the same numbers from the same seed and different ones from another', () => {
    const a = createRng('2022/x');
    const b = createRng('2022/x');
    const c = createRng('2022/y');
    const first = [a.next(), a.next(), a.next()];
    expect([b.next(), b.next(), b.next()]).toEqual(first);
    expect([c.next(), c.next(), c.next()]).not.toEqual(first);
    expect(hashString('abc')).toBe(hashString('abc'));
  });

  it('keeps int() within its bounds, both included', () => {
    const rng = createRng(7);
    const seen = new Set<number>();
    for (let i = 0; i < 500; i++) seen.add(rng.int(1, 3));
    expect([...seen].sort()).toEqual([1, 2, 3]);
  });
});

describe('generated milestone art', () => {
  it('is deterministic: the same milestone gives the same SVG, byte for byte, drawn again from nothing', () => {
    const first = generateMilestoneSvg({ ...base });
    forgetDrawings();
    expect(generateMilestoneSvg({ ...base })).toBe(first);
  });

  it('draws a picture once however often a build asks for it, and anew for a change that shows', () => {
    forgetDrawings();
    const draw = vi.spyOn(MOTIFS, 'parcel');
    try {
      const first = generateMilestoneSvg({ ...base });
      expect(generateMilestoneSvg({ ...base })).toBe(first);
      expect(draw).toHaveBeenCalledTimes(1);
      generateMilestoneSvg({ ...base, label: '1.1' });
      generateMilestoneSvg({ ...base, track: 'inside-spotify' });
      expect(draw).toHaveBeenCalledTimes(3);
    } finally {
      draw.mockRestore();
    }
  });

  it('draws every motif differently, and frames the same motif differently by kind', () => {
    const drawings = MOTIF_IDS.map((motif) => motifPart(generateMilestoneSvg({ ...base, motif })));
    expect(new Set(drawings).size).toBe(MOTIF_IDS.length);
    const framed = MILESTONE_KINDS.map((kind) => generateMilestoneSvg({ ...base, kind }));
    expect(new Set(framed).size).toBe(MILESTONE_KINDS.length);
  });

  it('sets the label on the picture, and only where the motif carries one', () => {
    const named = generateMilestoneSvg({ ...base, motif: 'storefront', label: 'Zalando' });
    const other = generateMilestoneSvg({ ...base, motif: 'storefront', label: 'IKEA' });
    expect(named).not.toBe(other);
    expect(generateMilestoneSvg({ ...base, motif: 'telescope', label: 'Zalando' })).toBe(generateMilestoneSvg({ ...base, motif: 'telescope', label: 'IKEA' }));
  });

  it('colours a picture by its track', () => {
    const [green, violet] = ART_PALETTES;
    const open = generateMilestoneSvg({ ...base, track: 'open-source' });
    const inside = generateMilestoneSvg({ ...base, track: 'inside-spotify' });
    expect(open).toContain(green!.primary);
    expect(open).not.toContain(violet!.primary);
    expect(inside).toContain(violet!.primary);
    expect(inside).not.toContain(green!.primary);
    expect(new Set(TRACK_IDS.map((track) => paletteForTrack(TRACKS, track))).size).toBe(TRACK_IDS.length);
  });

  it('gives a third and fourth track palettes of their own, and a track with a colour its colour', () => {
    const four = [
      { id: 'a', name: 'A', short: 'A' },
      { id: 'b', name: 'B', short: 'B' },
      { id: 'c', name: 'C', short: 'C' },
      { id: 'd', name: 'D', short: 'D', colour: '#4aa3ff' },
    ];
    const palettes = four.map((track) => paletteForTrack(four, track.id));
    expect(new Set(palettes.map((palette) => palette.primary)).size).toBe(4);
    // The third lane's colour in src/styles/tokens.css (--track-3), not the first two palettes' green or violet.
    expect(palettes[2]!.primary).toBe('#8fb8ff');
    expect(palettes[3]!.primary).toBe('#4aa3ff');
    // #4aa3ff is hue 210: the panel behind the motif is a deep tint of the same hue.
    expect(palettes[3]!.sky).toBe('hsl(210 50% 10%)');
  });

  it('varies the composition by id, keeping the motif', () => {
    const other = { ...base, id: '2022/07-19-search-1-0-released' };
    expect(generateMilestoneSvg(other)).not.toBe(generateMilestoneSvg(base));
    // The parcel's box, whichever way it faces.
    for (const svg of [generateMilestoneSvg(other), generateMilestoneSvg(base)]) expect(svg).toContain('M-112,-150L0,-98L0,12L-112,-40Z');
  });

  it('ignores everything but its input: the words were read when the motif was chosen', () => {
    const withExtras = { ...base, title: 'Another title', subtitle: 'x' } as ArtInput;
    expect(generateMilestoneSvg(withExtras)).toBe(generateMilestoneSvg(base));
  });

  it('renders as a valid 16:10 picture for every kind and era', async () => {
    expect(ART_FRAME.width / ART_FRAME.height).toBe(ART_ASPECT.width / ART_ASPECT.height);
    expect(ART_WIDTHS.at(-1)).toBe(ART_FRAME.width);
    for (const [index, kind] of MILESTONE_KINDS.entries()) {
      const year = [-66_000_000, 2010, 2021, 2025][index % 4]!;
      const svg = generateMilestoneSvg({ ...base, kind, year, id: `${year}/${kind}`, motif: MOTIF_IDS[index * 7]! });
      const { info } = await sharp(Buffer.from(svg)).png().toBuffer({ resolveWithObject: true });
      expect([info.width, info.height]).toEqual([ART_FRAME.width, ART_FRAME.height]);
    }
  });
});

describe('the frame’s safe area', () => {
  it('keeps every motif whole where the journey may crop its art (below the horizon is ground)', async () => {
    const years = [-66_000_000, 2010, 2021, 2024];
    for (const [index, motif] of MOTIF_IDS.entries()) {
      // Every motif once, framed by every kind in turn, with a long name where it carries one.
      const kind = MILESTONE_KINDS[index % MILESTONE_KINDS.length]!;
      const input: ArtInput = { id: `${years[index % 4]}/${motif}`, kind, motif, label: 'Fidelity Investments', track: TRACK_IDS[index % TRACK_IDS.length]!, year: years[index % 4]! };
      const { info } = await sharp(Buffer.from(generateMilestoneSvg(input, { motifOnly: true })))
        .trim({ threshold: 0 })
        .png()
        .toBuffer({ resolveWithObject: true });
      const left = -(info.trimOffsetLeft ?? 0);
      const top = -(info.trimOffsetTop ?? 0);
      const where = `${motif} framed as ${kind}: ${left},${top} ${info.width}×${info.height}`;
      expect(left, where).toBeGreaterThanOrEqual(ART_SAFE_AREA.left);
      expect(left + info.width, where).toBeLessThanOrEqual(ART_SAFE_AREA.right);
      expect(top, where).toBeGreaterThanOrEqual(ART_SAFE_AREA.top);
    }
  });
});

describe('which milestones get a picture', () => {
  it('gives generated, decorative art to every kind but statistics and quotes', () => {
    for (const kind of MILESTONE_KINDS) {
      const plan = artPlanFor({ kind, art: undefined });
      expect(plan.type).toBe(TYPOGRAPHIC_KINDS.includes(kind) ? 'none' : 'generated');
    }
    expect(artPlanFor({ kind: 'launch', art: undefined })).toEqual({ type: 'generated', alt: '' });
  });

  it('follows the art field: none, decorative, or the editor’s drawn file with its alt', () => {
    expect(artPlanFor({ kind: 'launch', art: 'none' })).toEqual({ type: 'none' });
    expect(artPlanFor({ kind: 'statistic', art: 'decorative' })).toEqual({ type: 'generated', alt: '' });
    // Choosing the motif asks for a generated picture, whatever the kind.
    expect(artPlanFor({ kind: 'quote', art: { motif: 'telescope' } })).toEqual({ type: 'generated', alt: '' });
    expect(artPlanFor({ kind: 'quote', art: { src: './ek.svg', alt: 'Daniel Ek on stage' } })).toEqual({
      type: 'drawn',
      src: './ek.svg',
      alt: 'Daniel Ek on stage',
    });
  });

  it('finds a drawn file next to its milestone file', () => {
    expect(drawnSourcePath('content/timeline', '2022/03-17-x', './art.svg')).toBe('content/timeline/2022/art.svg');
    expect(drawnSourcePath('content/timeline', '2022/03-17-x', 'pics/art.png')).toBe('content/timeline/2022/pics/art.png');
    expect(drawnSourcePath('content/timeline', '2022/03-17-x', '../shared/art.png')).toBe('content/timeline/shared/art.png');
  });
});
