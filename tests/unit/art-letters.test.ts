import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { readArtStatus } from '../../src/build-time/art/content.ts';
import { ART_FRAME } from '../../src/build-time/art/frame.ts';
import { MOTIF_SCALE } from '../../src/build-time/art/generate.ts';
import { letterable, letterLines, lettering, MIN_CAP_HEIGHT_AT_320 } from '../../src/build-time/art/letters.ts';
import { MOTIFS, type MotifContext } from '../../src/build-time/art/motifs.ts';
import type { MotifId } from '../../src/model/motifs.ts';
import { ART_PALETTES } from '../../src/build-time/art/palette.ts';
import { createRng } from '../../src/build-time/art/random.ts';
import { ADOPTER_SIGNS } from '../../src/model/pictures.ts';

/** The cap height, in px of the 320 px picture, of the label a motif sets. */
function capAt320(motif: MotifId, label: string): number {
  let cap = Infinity;
  const context: MotifContext = { rng: createRng(motif), palette: ART_PALETTES[0]!, scenery: 'hills', label, onLabel: (height) => (cap = Math.min(cap, height)) };
  MOTIFS[motif](context);
  return (cap * MOTIF_SCALE * 320) / ART_FRAME.width;
}

describe('the stroke alphabet', () => {
  it('draws names as paths, never as text a font would render', () => {
    const { svg, cap } = lettering('Marks & Spencer', 0, 0, 300, 80, { ink: '#000' });
    expect(svg).not.toMatch(/<text|font-family/);
    expect(svg.match(/<path /g)?.length).toBe('MARKS&SPENCER'.length);
    expect(cap).toBeGreaterThan(0);
  });

  it('keeps every letter of the names and numbers the journey sets, dropping only what it cannot draw', () => {
    expect(letterable('Mercedes-Benz')).toBe('MERCEDES-BENZ');
    expect(letterable('Zalando adopts.')).toBe('ZALANDO ADOPTS.');
    expect(letterable('P&G · 2K Games')).toBe('P&G 2K GAMES');
    expect(letterable('Crème brûlée')).toBe('CREME BRULEE');
    const labels = readArtStatus(process.cwd()).sources.flatMap((source) => (source.type === 'generated' && source.casting.label ? [source.casting.label] : []));
    expect(labels.length).toBeGreaterThan(25);
    for (const label of labels) expect(letterable(label).replace(/\s/g, ''), label).toBe(label.toUpperCase().normalize('NFKD').replace(/[\u0300-\u036f\s]/g, ''));
  });

  it('breaks a long name over two lines when that sets it larger', () => {
    expect(letterLines('Fidelity Investments', 300, 90)).toEqual(['FIDELITY', 'INVESTMENTS']);
    expect(letterLines('HP', 300, 90)).toEqual(['HP']);
  });

  it('renders the same letters wherever it is rasterised: sharp sees ink where the strokes are', async () => {
    const { svg } = lettering('I', 50, 50, 60, 60, { ink: '#fff' });
    const png = await sharp(Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><rect width="100" height="100" fill="#000"/>${svg}</svg>`))
      .greyscale()
      .raw()
      .toBuffer();
    // The stem of the I runs down the middle column; the margins stay dark.
    expect(png[50 * 100 + 50]).toBeGreaterThan(200);
    expect(png[50 * 100 + 10]).toBeLessThan(20);
  });
});

describe('names on pictures', () => {
  it(`stay legible at 320 px wide: capitals at least ${MIN_CAP_HEIGHT_AT_320} px tall, on every sign, for long names too`, () => {
    for (const sign of ADOPTER_SIGNS) {
      for (const name of ['HP', 'Marks & Spencer', 'Fidelity Investments', 'Unity & Epic Games', 'Booz Allen Hamilton']) {
        expect(capAt320(sign, name), `${name} on ${sign}`).toBeGreaterThanOrEqual(MIN_CAP_HEIGHT_AT_320);
      }
    }
  });

  it('stay legible on every picture of the journey that carries words', () => {
    for (const source of readArtStatus(process.cwd()).sources) {
      if (source.type !== 'generated' || !source.casting.label) continue;
      const { motif, label } = source.casting;
      expect(capAt320(motif, label), `${source.id}: "${label}" on ${motif}`).toBeGreaterThanOrEqual(MIN_CAP_HEIGHT_AT_320);
    }
  });
});
