import type { Landscape } from '../../model/landscapes.ts';
import type { Words } from '../../model/words.ts';
import { contentShape } from '../content/snapshot.ts';
import { ART_FRAME } from './frame.ts';
import { castJourney, type Casting } from './casting.ts';
import { generateMilestoneSvg, type ArtInput } from './generate.ts';
import { artPlanFor } from '../../model/art-plan.ts';
import { SCENERY_LAYERS, generateScenerySvg } from './scenery.ts';
import type { ArtMilestone } from './source.ts';
import { join } from 'node:path';
import { CONTENT_DIR, JOURNEY_FILE } from '../../model/milestone.ts';
import { contentSnapshot } from '../content/snapshot.ts';
import { tokenValue } from '../design-tokens.ts';
import { escapeXml } from './svg.ts';
import { facesFor, setLine, typeSvg, undrawable, type Weight } from './type.ts';

/**
 * Open Graph cards (1200×630 PNG, rendered by sharp at build time): one per year and one for the
 * whole journey, in the same visual language as the page: the era's scenery, the year's numeral and
 * the year's own illustrations.
 */

export const OG_SIZE = { width: 1200, height: 630 } as const;

/** The share card of one milestone is at `ogImagePath(milestoneOgKey(anchor))`: "/og/milestones/<anchor>.png". */
export function milestoneOgKey(anchor: string): string {
  return `milestones/${anchor}`;
}

/** The card a page shares: `ogImagePath('2022')`, `ogImagePath('journey')`. Relative to the site root. */
export function ogImagePath(key: string, base = '/'): string {
  return `${base.replace(/\/?$/, '/')}og/${key}.png`;
}

/** The page's colours (src/styles/tokens.css) for type on the cards, with the journey's accent when it has one. */
function ink() {
  return {
    bg: tokenValue('--color-bg'),
    text: tokenValue('--color-text'),
    muted: tokenValue('--color-text-muted'),
    accent: contentSnapshot(process.cwd()).result.journey?.accent ?? tokenValue('--color-accent'),
  };
}

export interface OgArt extends ArtInput {
  title: string;
}

export interface YearCardInput {
  siteName: string;
  /** The journey's words: the count of milestones is said in them. */
  words: Words;
  /** "2022", "66,000,000 BC". */
  label: string;
  /** The year's era: its landscape, and its name when the journey names its eras. */
  era: { scenery: Landscape; name?: string | undefined };
  /** The year's milestones, in order: their count and titles are shown. */
  milestones: readonly { title: string }[];
  /** Up to three milestones whose illustrations the card shows. */
  featured: readonly OgArt[];
}

export interface JourneyCardInput {
  title: string;
  /** The journey's words: the counts of milestones and tracks are said in them. */
  words: Words;
  /** "66,000,000 BC", "2026". */
  firstLabel: string;
  lastLabel: string;
  milestoneCount: number;
  trackCount: number;
  featured: readonly OgArt[];
}

export interface MilestoneCardInput {
  siteName: string;
  /** The journey's language, for the site's name in capitals. */
  lang: string;
  title: string;
  /** The date in full: "March 17, 2022", "66,000,000 BC". */
  date: string;
  /** The track's name and its colour on the page (`--track-<n>` in src/styles/tokens.css). */
  track: { name: string; colour: string };
  /** The landscape behind the milestone's year. */
  scenery: Landscape;
  /** The milestone's own illustration; none for a milestone set in type or with a picture of its own. */
  art?: OgArt | undefined;
}

/** Breaks text into at most `maxLines` lines of about `perLine` characters, with an ellipsis if cut. */
export function wrapText(text: string, perLine: number, maxLines: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (candidate.length <= perLine || !current) current = candidate;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines.map((line) => clip(line, perLine));
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${clip(kept[maxLines - 1]!, perLine - 1).replace(/[\s,.;:–—-]+$/, '')}…`;
  return kept;
}

function clip(line: string, length: number): string {
  return line.length <= length ? line : `${line.slice(0, length - 1).trimEnd()}…`;
}

/** Places a whole SVG document inside another at a given box. */
function nest(svg: string, x: number, y: number, width: number, height: number, preserve?: string): string {
  const open = svg.indexOf('>');
  const viewBox = /viewBox="([^"]+)"/.exec(svg.slice(0, open))?.[1] ?? `0 0 ${width} ${height}`;
  const ratio = preserve ? ` preserveAspectRatio="${preserve}"` : '';
  return `<svg x="${x}" y="${y}" width="${width}" height="${height}" viewBox="${viewBox}"${ratio}>${svg.slice(open + 1)}`;
}

/** The scenery behind a card, by landscape and page colour: drawn once per build, the same for every card of that landscape. */
const backdrops = new Map<string, string>();

function backdrop(landscape: Landscape): string {
  const { bg } = ink();
  const key = `${landscape}|${bg}`;
  let drawn = backdrops.get(key);
  if (drawn === undefined) {
    const { width, height } = OG_SIZE;
    const layers = SCENERY_LAYERS.map((layer) => nest(generateScenerySvg(landscape, layer.id), 0, 0, width, height, 'xMidYMax slice')).join('');
    // A veil on the text side keeps the type legible over the silhouettes.
    drawn =
      `<rect width="${width}" height="${height}" fill="${bg}"/>${layers}` +
      `<defs><linearGradient id="veil" x1="0" x2="1"><stop offset="0" stop-color="${bg}" stop-opacity="0.85"/><stop offset="0.6" stop-color="${bg}" stop-opacity="0"/></linearGradient></defs>` +
      `<rect width="${width}" height="${height}" fill="url(#veil)"/>`;
    backdrops.set(key, drawn);
  }
  return drawn;
}

/**
 * A share card in two layers: behind, its landscape's scenery, the same for every card of that
 * landscape, so the renderer (`og-render.ts`) draws it once per build; in front, the card's own
 * words and pictures on nothing, the one part drawn for each card.
 */
export interface OgCard {
  scenery: Landscape;
  /** The card's own layer: SVG elements drawn over the scenery. */
  body: string;
}

/** The scenery layer of cards of this landscape, as an SVG document. */
export function ogBackdropSvg(scenery: Landscape): string {
  return frame(backdrop(scenery));
}

/** A card's own layer alone, as an SVG document: transparent where the scenery shows through. */
export function ogOverlaySvg(card: OgCard): string {
  return frame(card.body);
}

/** The whole card as one SVG document, scenery and all: what the card shows, and what its cache key is made of. */
export function ogCardSvg(card: OgCard): string {
  return frame(backdrop(card.scenery) + card.body);
}

/** Illustrations as tilted cards, fanned on the right of the card. */
function fan(featured: readonly OgArt[], slots: ReadonlyArray<{ x: number; y: number; turn: number; width: number }>): string {
  return featured
    .slice(0, slots.length)
    .map((art, index) => {
      const slot = slots[index]!;
      const height = Math.round((slot.width * ART_FRAME.height) / ART_FRAME.width);
      const id = `card-${index}`;
      const cx = slot.x + slot.width / 2;
      const cy = slot.y + height / 2;
      return (
        `<g transform="rotate(${slot.turn} ${cx} ${cy})">` +
        `<rect x="${slot.x - 6}" y="${slot.y - 6}" width="${slot.width + 12}" height="${height + 12}" rx="22" fill="#000" fill-opacity="0.45" transform="translate(0 14)"/>` +
        `<clipPath id="${id}"><rect x="${slot.x}" y="${slot.y}" width="${slot.width}" height="${height}" rx="16"/></clipPath>` +
        `<g clip-path="url(#${id})">${nest(generateMilestoneSvg(art), slot.x, slot.y, slot.width, height)}</g>` +
        `<rect x="${slot.x}" y="${slot.y}" width="${slot.width}" height="${height}" rx="16" fill="none" stroke="#2a3a2f" stroke-width="3"/>` +
        `</g>`
      );
    })
    .join('');
}

/** The font file the journey names for a script the shipped faces lack (`font` in content/journey.yaml). */
export function journeyFonts(root = process.cwd()): string[] {
  const font = contentSnapshot(root).result.journey?.font;
  return font ? [join(root, CONTENT_DIR, font)] : [];
}

/** "66,000,000 BC → 2026" in bold: the arrow is drawn, as the shipped faces have none. */
function fromTo(x: number, y: number, size: number, fill: string, first: string, last: string): string {
  const style = { size, weight: 700 as const, fonts: journeyFonts() };
  const from = setLine(first, x, y, style);
  const gap = size * 0.3;
  const start = x + from.width + gap;
  const end = start + size * 0.9;
  const middle = y - size * 0.34;
  const head = size * 0.26;
  const to = setLine(last, end + gap, y, style);
  const arrow = `M${start},${middle}H${end}M${end - head},${middle - head}L${end},${middle}L${end - head},${middle + head}`;
  return (
    `<path data-text="${escapeXml(`${first} → ${last}`)}" fill="${fill}" d="${from.d}${to.d}"/>` +
    `<path d="${arrow}" fill="none" stroke="${fill}" stroke-width="${size * 0.1}" stroke-linecap="round" stroke-linejoin="round"/>`
  );
}

/** Words on a card, in the shipped faces (`type.ts`) and the journey's own font when it names one. */
function text(x: number, y: number, size: number, fill: string, content: string, style: { weight?: Weight; spacing?: number } = {}): string {
  return typeSvg(content, x, y, fill, { size, ...style, fonts: journeyFonts() });
}

function frame(body: string): string {
  const { width, height } = OG_SIZE;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">${body}</svg>`;
}

const YEAR_SLOTS = [
  { x: 730, y: 60, turn: -5, width: 380 },
  { x: 790, y: 250, turn: 4, width: 360 },
  { x: 700, y: 400, turn: -2, width: 320 },
] as const;

export function yearCard(input: YearCardInput): OgCard {
  const colours = ink();
  const long = input.label.length > 4;
  const numeralSize = long ? 92 : 210;
  const numeralY = long ? 250 : 300;
  const count = input.milestones.length;
  const titles = input.milestones.slice(0, 3).flatMap((milestone) => wrapText(milestone.title, 40, 1));
  const body = [
    text(64, 96, 26, colours.muted, input.siteName.toLocaleUpperCase(input.words.lang), { weight: 700, spacing: 3 }),
    text(56, numeralY, numeralSize, colours.accent, input.label, { weight: 700, spacing: -4 }),
    input.era.name ? text(64, numeralY + 62, 34, colours.text, input.era.name, { weight: 700 }) : '',
    text(64, numeralY + 112, 26, colours.muted, input.words.count('milestoneCount', count)),
    ...titles.map((title, index) => text(64, numeralY + 160 + index * 36, 24, colours.text, `· ${title}`)),
    fan(input.featured, input.featured.length === 1 ? [{ x: 690, y: 130, turn: -4, width: 450 }] : YEAR_SLOTS),
  ];
  return { scenery: input.era.scenery, body: body.join('') };
}

/**
 * One milestone's card: its era's scenery, its title large, its date and its track in the track's
 * colour, and its picture as the page shows it, tilted on the right.
 */
export function milestoneCard(input: MilestoneCardInput): OgCard {
  const colours = ink();
  const pictured = input.art !== undefined;
  const titleLines = wrapText(input.title, pictured ? 20 : 34, 4);
  const titleSize = titleLines.length > 3 ? 52 : 60;
  const lineHeight = Math.round(titleSize * 1.15);
  const titleTop = 150 + titleSize + 24;
  const belowTitle = titleTop + (titleLines.length - 1) * lineHeight + 70;
  const body = [
    text(64, 96, 26, colours.muted, input.siteName.toLocaleUpperCase(input.lang), { weight: 700, spacing: 3 }),
    text(64, 150, 34, input.track.colour, input.date, { weight: 700 }),
    ...titleLines.map((line, index) => text(60, titleTop + index * lineHeight, titleSize, colours.text, line, { weight: 700, spacing: -1 })),
    `<rect x="64" y="${belowTitle - 24}" width="14" height="14" rx="7" fill="${input.track.colour}"/>`,
    text(90, belowTitle - 11, 28, colours.muted, input.track.name),
    input.art ? fan([input.art], [{ x: 690, y: 150, turn: -4, width: 450 }]) : '',
  ];
  return { scenery: input.scenery, body: body.join('') };
}

const JOURNEY_SLOTS = [
  { x: 760, y: 40, turn: -6, width: 340 },
  { x: 840, y: 200, turn: 5, width: 320 },
  { x: 720, y: 330, turn: -3, width: 330 },
  { x: 900, y: 400, turn: 7, width: 260 },
] as const;

export function journeyCard(input: JourneyCardInput): OgCard {
  const colours = ink();
  const titleLines = wrapText(input.title, 18, 3);
  const titleTop = 150;
  const body = [
    ...titleLines.map((line, index) => text(60, titleTop + index * 84, 78, colours.text, line, { weight: 700, spacing: -2 })),
    fromTo(64, titleTop + titleLines.length * 84 + 30, 44, colours.accent, input.firstLabel, input.lastLabel),
    text(
      64,
      titleTop + titleLines.length * 84 + 84,
      28,
      colours.muted,
      input.words.say('journeyCount', { milestones: input.words.count('milestoneCount', input.milestoneCount), tracks: input.words.count('trackCount', input.trackCount) }),
    ),
    fan(input.featured, JOURNEY_SLOTS),
  ];
  // The whole journey's card stands on the hills, whichever eras the journey names.
  return { scenery: 'hills', body: body.join('') };
}

/**
 * The illustrations a card shows: milestones that have a picture, in order, different motifs first
 * so a year of many adoptions still shows its launch and its cake. Each shows the picture the page
 * shows: its place in the journey's casting.
 */
export function featuredArt(
  milestones: readonly (ArtMilestone & { title: string })[],
  count: number,
  casting: ReadonlyMap<string, Casting>,
): OgArt[] {
  const generated = milestones.filter((milestone) => artPlanFor(milestone).type === 'generated');
  // Milestones the casting does not know (not on disk) are cast among themselves.
  const shape = contentShape();
  const local = castJourney(generated.filter((milestone) => !casting.has(milestone.id)), shape.eras, shape.pictures);
  const pictured = generated.map((milestone) => ({ milestone, cast: casting.get(milestone.id) ?? local.get(milestone.id)! }));
  const seen = new Set<string>();
  const distinct = pictured.filter(({ cast }) => {
    if (seen.has(cast.motif)) return false;
    seen.add(cast.motif);
    return true;
  });
  const rest = pictured.filter((entry) => !distinct.includes(entry));
  return [...distinct, ...rest]
    .slice(0, count)
    .map(({ milestone: { id, kind, track, year, title }, cast }) => ({ id, kind, track, year, title, motif: cast.motif, ...(cast.label ? { label: cast.label } : {}) }));
}

/**
 * The words an editor wrote that a share card shows but no face can draw: the journey's name, its
 * tracks and eras, the milestones' titles. Each with where it is written and the characters missing.
 */
export function undrawableCardWords(root: string): string[] {
  const { result } = contentSnapshot(root);
  const copy = result.journey;
  if (!copy) return [];
  const faces = facesFor(700, journeyFonts(root));
  const written = [
    { where: `${JOURNEY_FILE} siteName`, text: copy.siteName },
    { where: `${JOURNEY_FILE} intro.title`, text: copy.intro.title },
    ...copy.tracks.map((track) => ({ where: `${JOURNEY_FILE} tracks (${track.id}) name`, text: track.name })),
    ...(copy.eras ?? []).map((era) => ({ where: `${JOURNEY_FILE} eras name`, text: era.name })),
    ...result.files.flatMap((file) => (file.milestone ? [{ where: `${file.file.path} title`, text: file.milestone.title }] : [])),
  ];
  return written.flatMap(({ where, text }) => {
    const missing = undrawable(text, faces);
    return missing.length > 0 ? [`${where}: "${text}" has ${missing.map((character) => `"${character}"`).join(', ')}, which no font of the share cards can draw`] : [];
  });
}
