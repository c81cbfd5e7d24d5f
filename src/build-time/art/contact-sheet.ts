import { ART_FRAME } from './frame.ts';
import { generateMilestoneSvg } from './generate.ts';
import { lettering } from './letters.ts';
import { MOTIF_IDS, type MotifId } from '../../model/motifs.ts';
import { contentShape } from '../content/snapshot.ts';

/**
 * The art guide's contact sheet: every motif as the pipeline draws it, small, in a grid, with its
 * id under it (set in the stroke alphabet, so the sheet renders the same everywhere).
 * `npm run art -- --sheet` writes it to art/motifs.png.
 */

export const SHEET = { columns: 8, tileWidth: 240, caption: 34, gap: 12 } as const;

/** Words to show on motifs that carry some, so the sheet shows where they go. */
const SAMPLE_LABELS: Partial<Record<MotifId, string>> = {
  'radar-badge': 'TRIAL',
  cake: '3',
  parcel: '1.0',
  'prize-ribbon': '3rd',
  newspaper: 'No. 1',
  balloons: '2',
  gift: '2',
  'party-popper': '5',
  'conference-stage': 'City',
  skyline: 'City',
  'lanyard-badge': '6th',
  certificate: 'CBA',
};

export function sampleLabel(motif: MotifId, adopterSigns: readonly string[]): string | undefined {
  return SAMPLE_LABELS[motif] ?? (adopterSigns.includes(motif) ? 'Adopter' : undefined);
}

export function contactSheetSvg(adopterSigns: readonly string[]): { svg: string; width: number; height: number } {
  const { columns, tileWidth, caption, gap } = SHEET;
  const tileHeight = Math.round((tileWidth * ART_FRAME.height) / ART_FRAME.width);
  const rows = Math.ceil(MOTIF_IDS.length / columns);
  const width = gap + columns * (tileWidth + gap);
  const height = gap + rows * (tileHeight + caption + gap);
  const tiles = MOTIF_IDS.map((motif, index) => {
    const x = gap + (index % columns) * (tileWidth + gap);
    const y = gap + Math.floor(index / columns) * (tileHeight + caption + gap);
    const label = sampleLabel(motif, adopterSigns);
    const { trackIds } = contentShape();
    const picture = generateMilestoneSvg({ id: `sheet/${motif}`, kind: 'adoption', track: trackIds[index % trackIds.length]!, year: 2022, motif, ...(label ? { label } : {}) });
    const inner = picture.slice(picture.indexOf('>') + 1);
    return (
      `<svg x="${x}" y="${y}" width="${tileWidth}" height="${tileHeight}" viewBox="0 0 ${ART_FRAME.width} ${ART_FRAME.height}">${inner}` +
      lettering(motif, x + tileWidth / 2, y + tileHeight + caption / 2, tileWidth - 8, caption - 14, { ink: '#d9e6dc', maxLines: 1, weight: 0.12 }).svg
    );
  });
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"><rect width="${width}" height="${height}" fill="#070b08"/>${tiles.join('')}</svg>`;
  return { svg, width, height };
}

/** Where the art guide's generated list of motifs sits in art/README.md. */
export const GUIDE_MARKERS = { start: '<!-- motifs:start (written by npm run art -- --sheet) -->', end: '<!-- motifs:end -->' } as const;

/**
 * The art guide's list of motifs, from the catalogue and the subject table: each motif, what it
 * shows and the subjects that pick it. `npm run art -- --sheet` writes it between GUIDE_MARKERS.
 */
export function motifGuideMarkdown(subjects: readonly { id: string; words: readonly string[]; motifs: readonly string[] }[], catalogue: Readonly<Record<string, string>>): string {
  const rows = Object.entries(catalogue).map(([motif, shows]) => {
    const pickedBy = subjects.filter((subject) => subject.motifs.includes(motif));
    const named = pickedBy.filter((subject) => subject.words.length > 0).map((subject) => `${subject.id} (${subject.words.map((word) => `“${word}”`).join(', ')})`);
    const kinds = pickedBy.filter((subject) => subject.words.length === 0).map((subject) => subject.id);
    const by = [...new Set(named)].join(', ') + (kinds.length ? `${named.length ? '; ' : ''}otherwise ${kinds.join(', ')}` : '');
    return `| \`${motif}\` | ${shows} | ${by || 'only when chosen in the frontmatter'} |`;
  });
  return ['| motif | shows | picked for |', '| --- | --- | --- |', ...rows].join('\n');
}

/** The guide with its list of motifs written in (or rewritten). */
export function withMotifGuide(readme: string, list: string): string {
  const start = readme.indexOf(GUIDE_MARKERS.start);
  const end = readme.indexOf(GUIDE_MARKERS.end);
  if (start < 0 || end < start) throw new Error(`art/README.md needs the lines ${GUIDE_MARKERS.start} and ${GUIDE_MARKERS.end} where the list of motifs goes`);
  return `${readme.slice(0, start + GUIDE_MARKERS.start.length)}\n${list}\n${readme.slice(end)}`;
}
