import { r } from './random.ts';

/**
 * A small stroke alphabet for the words set on signs, badges and banners. Every letter is a few
 * strokes on a 4 × 6 grid (y down), drawn as SVG paths: no font is involved, so a name renders the
 * same wherever the picture is rasterised (sharp at encode time, a browser in the dev server).
 */

/** Strokes of each glyph; `w` is its width in grid units when it is narrower than 4. */
const GLYPHS: Readonly<Record<string, { d: string; w?: number }>> = {
  A: { d: 'M0,6L0,2L2,0L4,2L4,6M0,3.8L4,3.8' },
  B: { d: 'M0,3L3,3L4,4L4,5L3,6L0,6L0,0L3,0L4,1L4,2L3,3' },
  C: { d: 'M4,0.6L3.4,0L1,0L0,1L0,5L1,6L3.4,6L4,5.4' },
  D: { d: 'M0,0L0,6L2.6,6L4,4.6L4,1.4L2.6,0Z' },
  E: { d: 'M4,0L0,0L0,6L4,6M0,3L3,3' },
  F: { d: 'M4,0L0,0L0,6M0,3L3,3' },
  G: { d: 'M4,1L3,0L1,0L0,1L0,5L1,6L3,6L4,5L4,3.2L2.2,3.2' },
  H: { d: 'M0,0L0,6M4,0L4,6M0,3L4,3' },
  I: { d: 'M0,0L2,0M1,0L1,6M0,6L2,6', w: 2 },
  J: { d: 'M4,0L4,5L3,6L1,6L0,5' },
  K: { d: 'M0,0L0,6M4,0L0,3.6M1.4,2.8L4,6' },
  L: { d: 'M0,0L0,6L4,6' },
  M: { d: 'M0,6L0,0L2,3L4,0L4,6', w: 4.4 },
  N: { d: 'M0,6L0,0L4,6L4,0' },
  O: { d: 'M1,0L3,0L4,1L4,5L3,6L1,6L0,5L0,1Z' },
  P: { d: 'M0,6L0,0L3,0L4,1L4,2.2L3,3.2L0,3.2' },
  Q: { d: 'M1,0L3,0L4,1L4,5L3,6L1,6L0,5L0,1ZM2.6,4.6L4,6.2' },
  R: { d: 'M0,6L0,0L3,0L4,1L4,2.2L3,3.2L0,3.2M2,3.2L4,6' },
  S: { d: 'M4,0.8L3.2,0L1,0L0,1L0,2L1,3L3,3L4,4L4,5L3,6L0.8,6L0,5.2' },
  T: { d: 'M0,0L4,0M2,0L2,6' },
  U: { d: 'M0,0L0,5L1,6L3,6L4,5L4,0' },
  V: { d: 'M0,0L2,6L4,0' },
  W: { d: 'M0,0L1,6L2.2,2.6L3.4,6L4.4,0', w: 4.4 },
  X: { d: 'M0,0L4,6M4,0L0,6' },
  Y: { d: 'M0,0L2,3L4,0M2,3L2,6' },
  Z: { d: 'M0,0L4,0L0,6L4,6' },
  '0': { d: 'M1,0L3,0L4,1L4,5L3,6L1,6L0,5L0,1ZM3.4,1.2L0.6,4.8' },
  '1': { d: 'M0.4,1.2L1.6,0L1.6,6M0.4,6L2.8,6', w: 2.8 },
  '2': { d: 'M0,1L1,0L3,0L4,1L4,2.2L0,6L4,6' },
  '3': { d: 'M0,0.8L0.8,0L3,0L4,1L4,2L3,3L4,4L4,5L3,6L0.8,6L0,5.2M1.4,3L3,3' },
  '4': { d: 'M3,6L3,0L0,4.2L4,4.2' },
  '5': { d: 'M4,0L0.4,0L0,3L3,3L4,4L4,5L3,6L0,6' },
  '6': { d: 'M3.4,0L1,0L0,1L0,5L1,6L3,6L4,5L4,4L3,3L0,3' },
  '7': { d: 'M0,0L4,0L1.4,6' },
  '8': { d: 'M1,0L3,0L4,1L4,2L3,3L1,3L0,2L0,1ZM1,3L0,4L0,5L1,6L3,6L4,5L4,4L3,3' },
  '9': { d: 'M4,3L1,3L0,2L0,1L1,0L3,0L4,1L4,5L3,6L0.6,6' },
  '&': { d: 'M4,6L1,2.2L1,1L2,0L3,1L3,2L0,4L0,5L1,6L2.2,6L4,3.8' },
  '+': { d: 'M0,3L4,3M2,1L2,5' },
  '-': { d: 'M0.4,3.2L2.6,3.2', w: 3 },
  '.': { d: 'M0.6,5.8L0.6,5.8', w: 1.2 },
  ',': { d: 'M0.8,5.4L0.2,7', w: 1.2 },
  "'": { d: 'M0.6,0L0.6,1.8', w: 1.2 },
  '!': { d: 'M0.6,0L0.6,4M0.6,5.8L0.6,5.8', w: 1.2 },
  '?': { d: 'M0,1L1,0L3,0L4,1L4,2L2,3.4L2,4.2M2,5.8L2,5.8' },
  $: { d: 'M4,1L3,0L1,0L0,1L0,2L1,3L3,3L4,4L4,5L3,6L1,6L0,5M2,-0.8L2,6.8' },
  '#': { d: 'M1.2,0L1.2,6M3,0L3,6M0,2L4.2,2M0,4L4.2,4', w: 4.2 },
  '/': { d: 'M0,6L3,0', w: 3 },
  ':': { d: 'M0.6,1.8L0.6,1.8M0.6,5.4L0.6,5.4', w: 1.2 },
  '×': { d: 'M0.4,1.8L3.6,5.2M3.6,1.8L0.4,5.2' },
};

/**
 * The smallest a capital may be, in CSS pixels, in the 320 px wide picture (the narrowest encoded):
 * names and numbers set on pictures stay at least this tall (tests/unit/art-letters.test.ts).
 */
export const MIN_CAP_HEIGHT_AT_320 = 9;

const SPACE = 2.6;
const GAP = 1.5;
const CAP = 6;
const LEADING = 3;

/** The text as the alphabet can draw it: capitals, accents dropped, unknown characters left out. */
export function letterable(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘]/g, "'")
    .toUpperCase()
    .split('')
    .filter((char) => char === ' ' || Object.hasOwn(GLYPHS, char))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Width of a line in grid units. */
function lineWidth(line: string): number {
  let width = 0;
  for (const [index, char] of [...line].entries()) {
    width += char === ' ' ? SPACE : (GLYPHS[char]?.w ?? 4);
    if (index < line.length - 1) width += GAP;
  }
  return width;
}

/** The best split into one or two lines: the one that lets the letters be largest in the box. */
export function letterLines(text: string, boxWidth: number, boxHeight: number, maxLines = 2): string[] {
  const clean = letterable(text);
  if (!clean) return [];
  const words = clean.split(' ');
  const options: string[][] = [[clean]];
  if (maxLines >= 2) for (let i = 1; i < words.length; i++) options.push([words.slice(0, i).join(' '), words.slice(i).join(' ')]);
  const scaleOf = (lines: string[]) =>
    Math.min(boxWidth / Math.max(...lines.map(lineWidth)), boxHeight / (lines.length * CAP + (lines.length - 1) * LEADING));
  return options.reduce((best, option) => (scaleOf(option) > scaleOf(best) * 1.02 ? option : best));
}

export interface LetteringOptions {
  /** The colour of the strokes. */
  ink: string;
  /** At most this many lines (words are never broken). */
  maxLines?: number;
  /** The tallest a capital may be, in picture units. */
  maxCap?: number;
  /** Stroke weight as a fraction of the cap height. */
  weight?: number;
}

/**
 * Words set in the box centred on (cx, cy), as large as fit on up to two lines, centred line by
 * line. Returns the SVG and the cap height reached, so callers can tell whether a name stays legible.
 */
export function lettering(text: string, cx: number, cy: number, width: number, height: number, options: LetteringOptions): { svg: string; cap: number } {
  const lines = letterLines(text, width, height, options.maxLines ?? 2);
  if (lines.length === 0) return { svg: '', cap: 0 };
  const rows = lines.length * CAP + (lines.length - 1) * LEADING;
  let scale = Math.min(width / Math.max(...lines.map(lineWidth)), height / rows);
  if (options.maxCap) scale = Math.min(scale, options.maxCap / CAP);
  const weight = (options.weight ?? 0.15) * CAP;
  const parts: string[] = [];
  lines.forEach((line, row) => {
    let x = -lineWidth(line) / 2;
    const y = -rows / 2 + row * (CAP + LEADING);
    for (const char of line) {
      if (char === ' ') {
        x += SPACE + GAP;
        continue;
      }
      const glyph = GLYPHS[char]!;
      parts.push(`<path d="${glyph.d}" transform="translate(${r(x)} ${r(y)})"/>`);
      x += (glyph.w ?? 4) + GAP;
    }
  });
  const svg =
    `<g transform="translate(${r(cx)} ${r(cy)}) scale(${Math.round(scale * 1000) / 1000})" fill="none" stroke="${options.ink}" ` +
    `stroke-width="${r(weight)}" stroke-linecap="round" stroke-linejoin="round">${parts.join('')}</g>`;
  return { svg, cap: scale * CAP };
}
