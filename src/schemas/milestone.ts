import { z } from 'astro/zod';
import { DATE_FORMS, parseJourneyDate, type JourneyDate } from '../lib/journey-date.ts';
import { MOTIF_IDS } from '../lib/art/motif-ids.ts';
import { TRACK_IDS } from '../lib/tracks.ts';

/**
 * What a milestone is about. It picks the milestone's generated art and how the page presents it:
 * `statistic` and `quote` get a typographic card instead of an illustration.
 */
export const MILESTONE_KINDS = [
  'era',
  'launch',
  'release',
  'adoption',
  'community',
  'recognition',
  'award',
  'anniversary',
  'statistic',
  'quote',
  'goal',
  'milestone',
] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

/** Kinds shown as type, not pictures, unless the editor gives them art. */
export const TYPOGRAPHIC_KINDS: readonly MilestoneKind[] = ['statistic', 'quote'];

const oneLine = (what: string) =>
  z
    .string({ error: `${what} must be text` })
    .trim()
    .min(1, { error: `${what} must not be empty` })
    .refine((text) => !text.includes('\n'), { error: `${what} must fit on one line` });

/** A figure shown large on the card, such as value "10,000" and label "GitHub stars". */
export const statisticSchema = z.strictObject({
  /** The figure as it should read: "10,000", "8,000+", "3.4k+". Numbers are accepted too. */
  value: z
    .union([z.string(), z.number()], { error: 'value must be a figure such as "10,000" or "250+"' })
    .transform((value) => (typeof value === 'number' ? value.toLocaleString('en-US') : value.trim()))
    .refine((value) => value.length > 0, { error: 'value must not be empty' })
    .describe('The figure as it should read: "10,000", "8,000+", "3.4k+".'),
  /** What the figure counts: "GitHub stars", "contributors". */
  label: oneLine('label').describe('What the figure counts: "GitHub stars", "contributors".'),
});

/** A link to read more, shown under the milestone. */
export const linkSchema = z.strictObject({
  /** The words of the link: "Read the announcement". */
  label: oneLine('label').describe('The words of the link: "Read the announcement".'),
  /** A full address starting with https:// */
  href: z.url({ error: 'href must be a full address such as "https://backstage.io"' }).describe('A full address starting with https://'),
});

/** Art drawn for this milestone: an image file next to the MDX file and its description. */
export const artImageSchema = z.strictObject({
  /** Path of the image, relative to this MDX file: "./backstage-1-0.svg". SVG, PNG, JPEG, WebP or AVIF. */
  src: z
    .string({ error: 'src must be the path of an image file, such as "./my-art.svg"' })
    .trim()
    .regex(/\.(svg|png|jpe?g|webp|avif)$/i, {
      error: 'src must name an .svg, .png, .jpg, .webp or .avif file',
    })
    .describe('Path of the image, relative to this file: "./backstage-1-0.svg". SVG, PNG, JPEG, WebP or AVIF.'),
  /** What the picture shows, for people who cannot see it. Never empty: use `art: decorative` instead. */
  alt: z
    .string({ error: 'alt must be text describing the picture' })
    .trim()
    .min(1, { error: 'alt must describe the picture; if it only decorates, write `art: decorative` instead' })
    .describe('What the picture shows, for people who cannot see it. Never empty: use `art: decorative` instead.'),
});

/** The generated picture, with the motif the editor chose when the subject rules guess wrong. */
export const artMotifSchema = z.strictObject({
  /** Which picture to draw: one of the motifs the art guide (art/README.md) shows. */
  motif: z
    .enum(MOTIF_IDS, { error: 'motif must be one of the motifs in art/README.md, such as "telescope"' })
    .describe('Which picture to draw, such as "telescope": one of the motifs shown in art/README.md.'),
  /** Words set on the picture's sign or badge, for motifs that carry a name: "Marks & Spencer". */
  label: oneLine('label').optional().describe('Words set on the picture’s sign or badge, such as an adopter’s name.'),
});

const ART_FORMS = '"decorative", "none", { motif: telescope } or { src: ./file.svg, alt: "what it shows" }';

/** The fields of a milestone's frontmatter, before the era precision is applied to the date. */
const milestoneFields = z.strictObject({
  /** The headline, one line: "Backstage 1.0 released". */
  title: oneLine('title').describe('The headline, one line: "Backstage 1.0 released".'),
  /**
   * When it happened: "2022-03-17" (a day), "2022-03" (a month), "2022" (a year) or "66,000,000 BC".
   * The year must match the folder the file is in.
   */
  date: z
    .unknown()
    .meta({
      description:
        'When it happened: "2022-03-17" (a day), "2022-03" (a month), "2022" (a year) or "66,000,000 BC". The year must match the folder the file is in.',
      examples: ['2022-03-17', '2022-03', '2022', '66,000,000 BC'],
    })
    .transform((value, ctx): JourneyDate => {
      if (value === undefined) {
        ctx.issues.push({ code: 'custom', input: value, message: `date is required: write ${DATE_FORMS}` });
        return z.NEVER;
      }
      const parsed = parseJourneyDate(value);
      if (!parsed.ok) {
        ctx.issues.push({ code: 'custom', input: value, message: parsed.error });
        return z.NEVER;
      }
      return parsed.date;
    }),
  /** Set to `era` when the date stands for a whole period ("Microservices become a thing", 2012). */
  precision: z
    .literal('era', { error: 'precision can only be "era"; day, month and year follow from the date' })
    .optional()
    .describe('Set to "era" when the date stands for a whole period; leave it out otherwise.'),
  /** Which lane the milestone belongs to. */
  track: z
    .enum(TRACK_IDS, { error: `track must be one of ${TRACK_IDS.map((id) => `"${id}"`).join(', ')}` })
    .describe('Which lane the milestone belongs to.'),
  /** What it is about; picks the art and the card style. */
  kind: z
    .enum(MILESTONE_KINDS, { error: `kind must be one of ${MILESTONE_KINDS.join(', ')}` })
    .default('milestone')
    .describe('What it is about; picks the art and the card style.'),
  /** An optional second line under the title. Longer text goes in the body below the frontmatter. */
  subtitle: oneLine('subtitle').optional().describe('An optional second line under the title.'),
  /** Figures shown large on the card. */
  stats: z
    .array(statisticSchema, { error: 'stats must be a list of { value, label }' })
    .optional()
    .describe('Figures shown large on the card, each with a value and a label.'),
  /** Who said it, for a `quote` milestone whose title is the quotation. */
  attribution: oneLine('attribution').optional().describe('Who said it, for a `quote` milestone whose title is the quotation.'),
  /**
   * The picture: `{ src, alt }` for a drawn image, `{ motif }` for generated art of the editor's
   * choosing, `decorative` for generated art that screen readers skip, `none` for a card without a
   * picture. Left out, the milestone gets generated art chosen from its words (statistics and
   * quotes get none).
   */
  art: z
    .union([z.enum(['decorative', 'none']), artMotifSchema, artImageSchema], { error: `art must be ${ART_FORMS}` })
    .optional()
    .describe(
      '`decorative` for generated art that screen readers skip, `none` for no picture, { motif } to choose the generated picture, or { src, alt } for a drawn image. Left out, the milestone gets generated art.',
    ),
  /** Links to read more. */
  links: z
    .array(linkSchema, { error: 'links must be a list of { label, href }' })
    .optional()
    .describe('Links to read more, each with a label and an href.'),
  /** `true` keeps the milestone out of the published site; it still shows in `npm run dev`. */
  draft: z
    .boolean({ error: 'draft must be true or false' })
    .default(false)
    .describe('`true` keeps the milestone off the published site; `npm run dev` still shows it.'),
  /** A note for other editors (a doubt about the source, a date that was guessed). Never shown on the page. */
  editorNote: z.string({ error: 'editorNote must be text' }).optional().describe('A note for other editors; never shown on the page.'),
});

/**
 * The frontmatter of one milestone file (`content/timeline/<year>/<MM-DD>-<slug>.mdx`).
 * The year, the chronological order and the anchor are derived from the date and file name.
 */
export const milestoneSchema = milestoneFields.transform((data, ctx) => {
  if (data.precision !== 'era') return data;
  if (data.date.precision !== 'year') {
    ctx.issues.push({
      code: 'custom',
      input: data.precision,
      path: ['precision'],
      message: 'an era is dated by its year alone: remove the month and day from date, or remove precision',
    });
    return z.NEVER;
  }
  return { ...data, date: { ...data.date, precision: 'era' as const } };
});

export type MilestoneData = z.output<typeof milestoneSchema>;
export type MilestoneInput = z.input<typeof milestoneSchema>;
