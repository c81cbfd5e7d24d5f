import { existsSync, readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { GUIDE_MARKERS, motifGuideMarkdown, SHEET } from '../../src/build-time/art/contact-sheet.ts';
import { MOTIF_CATALOGUE, MOTIF_IDS } from '../../src/model/motifs.ts';
import { contentShape } from '../../src/build-time/content/snapshot.ts';
import { checkContent } from '../../src/build-time/content/check.ts';
import { formatProblem } from '../../src/build-time/content/report.ts';
import { milestoneSchema } from '../../src/model/schema/milestone.ts';
import { CONTACT_SHEET_PATH } from '../../scripts/art/encode.ts';

/** The editor's override: `art: { motif }` in a milestone's frontmatter. */

const JOURNEY = { path: 'content/journey.yaml', text: readFileSync('content/journey.yaml', 'utf8') };
const file = (art: string) => `---\ntitle: Upcoming goals and dreams\ndate: "2026-03-16"\ntrack: open-source\nkind: goal\n${art}\n---\n`;
const check = (text: string) =>
  checkContent({ files: [{ path: 'content/timeline/2026/03-16-upcoming-goals-and-dreams.mdx', text }], journey: JOURNEY, exists: () => false });

describe('choosing the motif in the frontmatter', () => {
  it('accepts any motif of the catalogue, with or without the words to set on it', () => {
    const base = { title: 'T', date: '2026-03-16', track: 'open-source' };
    expect(milestoneSchema.parse({ ...base, art: { motif: 'telescope' } }).art).toEqual({ motif: 'telescope' });
    expect(milestoneSchema.parse({ ...base, art: { motif: 'storefront', label: 'Marks & Spencer' } }).art).toEqual({ motif: 'storefront', label: 'Marks & Spencer' });
    for (const motif of MOTIF_IDS) expect(milestoneSchema.safeParse({ ...base, art: { motif } }).success, motif).toBe(true);
    expect(milestoneSchema.safeParse({ ...base, art: { motif: 'unicorn' } }).success).toBe(false);
  });

  it('points at the file and line of a misspelt motif and suggests the one meant', () => {
    const result = check(file('art:\n  motif: telscope'));
    expect(result.problems).toHaveLength(1);
    const [problem] = result.problems;
    expect(problem).toMatchObject({ file: 'content/timeline/2026/03-16-upcoming-goals-and-dreams.mdx', line: 7, field: 'motif (in art)', severity: 'error' });
    expect(formatProblem(problem!)).toMatchInlineSnapshot(`
      "content/timeline/2026/03-16-upcoming-goals-and-dreams.mdx:7  motif (in art)
        "telscope" is not one of the choices; did you mean "telescope"?
        Expected: one of the motifs shown in art/README.md, such as "telescope""
    `);
  });

  it('names an unknown field beside motif', () => {
    const [problem] = check(file('art:\n  motif: telescope\n  lable: Hi')).problems;
    expect(problem?.problem).toBe('unknown field "lable"; did you mean "label"?');
  });

  it('is listed in the art guide with every motif, and the contact sheet shows them all', async () => {
    const guide = readFileSync('art/README.md', 'utf8');
    expect(guide).toContain('art:\n  motif: telescope');
    for (const motif of MOTIF_IDS) expect(guide, motif).toContain(`\`${motif}\``);
    // The list is written from the catalogue and the subject table: it cannot fall behind them.
    expect(guide).toContain(`${GUIDE_MARKERS.start}\n${motifGuideMarkdown(contentShape().pictures, MOTIF_CATALOGUE)}\n${GUIDE_MARKERS.end}`);
    expect(readFileSync('docs/editing.md', 'utf8')).toContain('motif:');
    expect(existsSync(CONTACT_SHEET_PATH)).toBe(true);
    const { width, height } = await sharp(CONTACT_SHEET_PATH).metadata();
    const rows = Math.ceil(MOTIF_IDS.length / SHEET.columns);
    const fullWidth = SHEET.gap + SHEET.columns * (SHEET.tileWidth + SHEET.gap);
    const fullHeight = SHEET.gap + rows * (Math.round((SHEET.tileWidth * 10) / 16) + SHEET.caption + SHEET.gap);
    // The sheet holds a tile for every motif: as many rows as the catalogue needs.
    expect(Math.abs(height! / width! - fullHeight / fullWidth)).toBeLessThan(0.01);
  });
});
