import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import { escapeXml } from './svg.ts';

/**
 * The words on the share cards, set as outlines from fonts the project ships, so a card is the same
 * on every machine whatever fonts it has: Figtree (the page's display face, SIL Open Font License)
 * in its latin and latin-ext files at two weights, then the journey's own font (`font` in
 * content/journey.yaml) for a script Figtree lacks. No `<text>` reaches the SVG renderer.
 */

export type Weight = 400 | 700;

const require = createRequire(import.meta.url);

/** Figtree's files for one weight, latin first. */
const figtree = (weight: Weight) =>
  (['latin', 'latin-ext'] as const).map((subset) => require.resolve(`@fontsource/figtree/files/figtree-${subset}-${weight}-normal.woff2`));

const opened = new Map<string, fontkit.Font>();
/** Each set of faces as `facesFor` gave it, by weight and extra files: found and opened once a build. */
const faceSets = new Map<string, fontkit.Font[]>();

function open(file: string): fontkit.Font {
  let font = opened.get(file);
  if (!font) {
    const read = fontkit.openSync(file);
    if (!('layout' in read)) throw new Error(`${file} holds several fonts; name one font file`);
    font = read;
    opened.set(file, font);
  }
  return font;
}

/** The faces a card's words are drawn with, in the order they are tried for each character. */
export function facesFor(weight: Weight, extra: readonly string[] = []): fontkit.Font[] {
  const key = [weight, ...extra].join('\0');
  let faces = faceSets.get(key);
  if (!faces) {
    faces = [...figtree(weight), ...extra].map(open);
    faceSets.set(key, faces);
  }
  return faces;
}

/** The characters of `text` that none of `faces` can draw (spaces and line breaks aside), each once. */
export function undrawable(text: string, faces: readonly fontkit.Font[]): string[] {
  const missing = new Set<string>();
  for (const character of text) {
    if (/\s/.test(character)) continue;
    const point = character.codePointAt(0)!;
    if (!faces.some((face) => face.hasGlyphForCodePoint(point))) missing.add(character);
  }
  return [...missing];
}

export interface TypeOptions {
  size: number;
  weight?: Weight;
  /** Extra space after each character, in px (negative tightens). */
  spacing?: number;
  /** Font files tried after Figtree. */
  fonts?: readonly string[];
}

/** `text` set on one line from (x, y) (y the baseline): its outline as SVG path data, and its width. */
export function setLine(text: string, x: number, y: number, options: TypeOptions): { d: string; width: number } {
  const faces = facesFor(options.weight ?? 400, options.fonts);
  const spacing = options.spacing ?? 0;
  // Runs of characters one face draws, so each run is shaped (kerning, ligatures) by its own face.
  const runs: { face: fontkit.Font; text: string }[] = [];
  for (const character of text) {
    const point = character.codePointAt(0)!;
    const face = faces.find((candidate) => candidate.hasGlyphForCodePoint(point)) ?? (/\s/.test(character) ? runs.at(-1)?.face : undefined);
    if (!face) continue;
    const last = runs.at(-1);
    if (last?.face === face) last.text += character;
    else runs.push({ face, text: character });
  }
  let pen = x;
  const parts: string[] = [];
  for (const run of runs) {
    const scale = options.size / run.face.unitsPerEm;
    const { glyphs, positions } = run.face.layout(run.text);
    glyphs.forEach((glyph, index) => {
      const position = positions[index]!;
      const outline = placed(scaledOutline(run.face, glyph, scale), pen + position.xOffset * scale, y - position.yOffset * scale);
      if (outline) parts.push(outline);
      pen += position.xAdvance * scale + spacing;
    });
  }
  return { d: parts.join(''), width: pen - x };
}

/** A glyph's outline at one size (y pointing down), as path commands with their points. */
type Outline = readonly { letter: string; points: readonly number[] }[];

const SVG_COMMANDS: Record<string, string> = { moveTo: 'M', lineTo: 'L', quadraticCurveTo: 'Q', bezierCurveTo: 'C', closePath: 'Z' };

/** Each face's glyphs scaled once per size: a card sets the same few dozen glyphs again and again. */
const outlines = new WeakMap<fontkit.Font, Map<string, Outline>>();

function scaledOutline(face: fontkit.Font, glyph: fontkit.Glyph, scale: number): Outline {
  let byGlyph = outlines.get(face);
  if (!byGlyph) outlines.set(face, (byGlyph = new Map()));
  const key = `${glyph.id} ${scale}`;
  let outline = byGlyph.get(key);
  if (!outline) {
    outline = glyph.path.scale(scale, -scale).commands.map(({ command, args }) => ({ letter: SVG_COMMANDS[command]!, points: args }));
    byGlyph.set(key, outline);
  }
  return outline;
}

/**
 * A scaled outline moved to (dx, dy), as SVG path data: what fontkit's `translate(dx, dy).toSVG()`
 * writes (the same sums, coordinates rounded to hundredths), without building a path per glyph.
 */
function placed(outline: Outline, dx: number, dy: number): string {
  let d = '';
  for (const { letter, points } of outline) {
    d += letter;
    for (let i = 0; i < points.length; i += 2) {
      const px = points[i]!;
      const py = points[i + 1]!;
      d += `${i > 0 ? ' ' : ''}${Math.round((px + dx) * 100) / 100} ${Math.round((py + dy) * 100) / 100}`;
    }
  }
  return d;
}

/** A line of words as one filled path; `data-text` keeps its words for whoever reads the SVG. */
export function typeSvg(text: string, x: number, y: number, fill: string, options: TypeOptions): string {
  const { d } = setLine(text, x, y, options);
  return `<path data-text="${escapeXml(text)}" fill="${fill}" d="${d}"/>`;
}
