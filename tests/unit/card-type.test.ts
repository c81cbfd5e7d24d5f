import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { undrawableCardWords } from '../../src/build-time/art/og.ts';
import { facesFor, setLine, typeSvg, undrawable } from '../../src/build-time/art/type.ts';

const require = createRequire(import.meta.url);
/** Figtree Bold's latin file, read here with fontkit itself: what the card must match. */
const bold = fontkit.openSync(require.resolve('@fontsource/figtree/files/figtree-latin-700-normal.woff2')) as fontkit.Font;

describe('the share cards’ type', () => {
  it('sets words as Figtree’s own outlines, as wide as Figtree sets them', () => {
    // "H" alone, 100 px: its outline is Figtree Bold's "H" scaled to 100 px on a 1,000-unit em.
    const { d, width } = setLine('H', 0, 100, { size: 100, weight: 700 });
    const glyph = bold.layout('H').glyphs[0]!;
    expect(d).toBe(glyph.path.scale(0.1, -0.1).translate(0, 100).toSVG());
    expect(width).toBeCloseTo(glyph.advanceWidth / 10, 6);
    // Two words are the sum of their glyphs' advances, kerning included, plus the spacing asked for.
    const run = bold.layout('AV AV');
    expect(setLine('AV AV', 0, 0, { size: 50, weight: 700, spacing: 2 }).width).toBeCloseTo(run.advanceWidth / 20 + 5 * 2, 6);
  });

  it('draws the same pixels whatever fonts the machine has: no text element, no font name', async () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60">${typeSvg('Hi', 10, 50, '#fff', { size: 48, weight: 700 })}</svg>`;
    expect(svg).not.toMatch(/<text|font-family/);
    const { data } = await sharp(Buffer.from(svg)).raw().toBuffer({ resolveWithObject: true });
    // Ink where the words are.
    expect(data.some((value, index) => index % 4 === 3 && value > 0)).toBe(true);
  });

  it('finds the characters no shipped face can draw, each once', () => {
    const faces = facesFor(700);
    // Latin, accented Latin and Latin Extended (ő, ł) are Figtree's; Japanese and Greek are not.
    expect(undrawable('Zürich, Łódź, Győr', faces)).toEqual([]);
    expect(undrawable('東京 and Ωmega, 東', faces)).toEqual(['東', '京', 'Ω']);
  });
});

describe('words a card cannot draw', () => {
  const root = mkdtempSync(join(tmpdir(), 'journey-type-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('are listed by the file and field they are written in, with the characters', () => {
    mkdirSync(join(root, 'content/timeline/2024'), { recursive: true });
    cpSync('content/journey.yaml', join(root, 'content/journey.yaml'));
    const journey = readFileSync(join(root, 'content/journey.yaml'), 'utf8').replace(/^siteName: .*$/m, 'siteName: 東京の旅');
    writeFileSync(join(root, 'content/journey.yaml'), journey);
    writeFileSync(join(root, 'content/timeline/2024/03-01-a.mdx'), '---\ntitle: Ωmega ships\ndate: "2024-03-01"\ntrack: open-source\n---\n');
    expect(undrawableCardWords(root)).toEqual([
      'content/journey.yaml siteName: "東京の旅" has "東", "京", "の", "旅", which no font of the share cards can draw',
      'content/timeline/2024/03-01-a.mdx title: "Ωmega ships" has "Ω", which no font of the share cards can draw',
    ]);
  });
});
