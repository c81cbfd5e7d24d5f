import { z } from 'astro/zod';
import { DATE_FORMS, parseJourneyDate, type JourneyDate } from '../journey-date.ts';
import { MOTIF_IDS } from '../motifs.ts';
import { JOURNEY_FILE } from '../milestone.ts';
import { address, described, line, type TextLimits } from './fields.ts';

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

/** A figure shown large on the card, such as value "10,000" and label "GitHub stars". */
export const statisticSchema = z.strictObject({
  value: described(
    z
      .union([z.string(), z.number()], { error: 'value must be a figure such as "10,000" or "250+"' })
      // A bare number is written out in the journey's language when the milestone is read (toMilestone).
      .transform((value) => (typeof value === 'number' ? value : value.trim()))
      .refine((value) => String(value).length > 0, { error: 'value must not be empty' })
      .refine((value) => [...String(value)].length <= 14, { error: 'value is longer than 14 characters, more than a figure can show' }),
    {
      description: 'The figure as it should read: "10,000", "8,000+", "3.4k+".',
      expected: 'the figure as it should read, such as "10,000" or "250+"',
      // A figure is set large in a column about 120 px wide: eight characters fill it.
      softMax: 8,
      max: 14,
      why: 'a figure set large fills its column at about eight characters',
    },
  ),
  label: line(
    'label',
    {
      description: 'What the figure counts: "GitHub stars", "contributors".',
      expected: 'one line saying what the figure counts, such as "GitHub stars"',
    },
    { softMax: 48, max: 96, why: 'a label under a figure runs to a third line past about 48 characters' },
  ),
});

/** A link to read more, shown under the milestone. */
export const linkSchema = z.strictObject({
  label: line(
    'label',
    { description: 'The words of the link: "Read the announcement".', expected: 'the words of the link, such as "Read the announcement"' },
    { softMax: 60, max: 120, why: 'a link longer than a line or two reads as a paragraph' },
  ),
  href: address('href', {
    description: 'A full address starting with https:// (or http://, or mailto: for an e-mail address).',
    expected: 'a full address starting with https://, such as "https://example.org" (http:// and mailto: also work)',
  }),
});

/** Art drawn for this milestone: an image file next to the MDX file and its description. */
export const artImageSchema = z.strictObject({
  src: described(
    z
      .string({ error: 'src must be the path of an image file, such as "./my-art.svg"' })
      .trim()
      .regex(/\.(svg|png|jpe?g|webp|avif)$/i, {
        error: 'src must name an .svg, .png, .jpg, .webp or .avif file',
      })
      .refine((src) => !/^([a-z][a-z0-9+.-]*:|\/)/i.test(src), {
        error: 'src must be a path relative to this file, not an address or a path from the root of the disk',
      }),
    {
      description: 'Path of the image, relative to this file: "./version-1-0.svg". SVG, PNG, JPEG, WebP or AVIF.',
      expected: 'the path of an .svg, .png, .jpg, .webp or .avif file, relative to this file, such as "./version-1-0.svg"',
    },
  ),
  alt: line(
    'alt',
    {
      description: 'What the picture shows, for people who cannot see it. Never empty: use `art: decorative` instead.',
      expected: 'words describing the picture for people who cannot see it; if it only decorates, write art: decorative instead',
    },
    { softMax: 150, max: 400, why: 'screen readers read alternative text in one breath: a sentence or two says enough' },
    'alt must describe the picture; if it only decorates, write `art: decorative` instead',
  ),
});

/** The generated picture, with the motif the editor chose when the subject rules guess wrong. */
export const artMotifSchema = z.strictObject({
  motif: described(z.enum(MOTIF_IDS, { error: 'motif must be one of the motifs in art/README.md, such as "telescope"' }), {
    description: 'Which picture to draw, such as "telescope": one of the motifs shown in art/README.md.',
    expected: 'one of the motifs shown in art/README.md, such as "telescope"',
  }),
  label: line(
    'label',
    {
      description: "Words set on the picture's sign or badge, for motifs that carry a name: \"Marks & Spencer\".",
      expected: "one line of words set on the picture, such as an adopter's name",
    },
  ).optional(),
});

const ART_FORMS = '"decorative", "none", { motif: telescope } or { src: ./file.svg, alt: "what it shows" }';

/** The fields of a milestone's frontmatter, before the era precision is applied to the date. */
const milestoneFields = z.strictObject({
  title: line(
    'title',
    { description: 'The headline, one line: "Version 1.0 released".', expected: 'one line of text, such as "Version 1.0 released"' },
    // A card holds about five lines of 22 characters beside its picture, and eleven lines two cards wide.
    { softMax: 150, max: 280, why: 'the card is drawn two cards wide and its words crowd its picture; put the rest in subtitle or the body' },
  ),
  date: described(
    z
      .unknown()
      .meta({ examples: ['2022-03-17', '2022-03', '2022', '66,000,000 BC'] })
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
    {
      description:
        'When it happened: "2022-03-17" (a day), "2022-03" (a month), "2022" (a year) or "66,000,000 BC". The year must match the folder the file is in.',
      expected: DATE_FORMS,
    },
  ),
  order: described(
    z
      .int({ error: 'order must be a whole number: 1 for the first milestone of its date, 2 for the next…' })
      .positive({ error: 'order starts at 1, for the first milestone of its date' })
      .optional(),
    {
      description: 'Where the milestone stands among the milestones of its track with the same date: 1 first. Left out, they follow their file names.',
      expected: 'a whole number, 1 for the first milestone of its date in its track, 2 for the next; or no order line at all',
    },
  ),
  precision: described(
    z.literal('era', { error: 'precision can only be "era"; day, month and year follow from the date' }).optional(),
    {
      description: 'Set to "era" when the date stands for a whole period ("Microservices become a thing", 2012); leave it out otherwise.',
      expected: '"era" for a date that stands for a whole period (dated by its year alone), or no precision line at all',
    },
  ),
  track: described(z.string({ error: 'track must be the id of one of the journey\'s tracks' }).trim().min(1, { error: 'track must not be empty' }), {
    description: `Which lane the milestone belongs to: the id of one of the tracks listed in ${JOURNEY_FILE} (tracks:).`,
    expected: `the id of one of the tracks listed in ${JOURNEY_FILE} (tracks:)`,
  }),
  kind: described(z.enum(MILESTONE_KINDS, { error: `kind must be one of ${MILESTONE_KINDS.join(', ')}` }).default('milestone'), {
    description: 'What it is about; picks the art and the card style.',
    expected: `one of ${MILESTONE_KINDS.join(', ')}`,
  }),
  subtitle: line(
    'subtitle',
    { description: 'An optional second line under the title.', expected: 'one line of text, shown under the title' },
    { softMax: 160, max: 320, why: 'the card is drawn two cards wide; longer text reads better in the body' },
  ).optional(),
  stats: described(
    z
      .array(statisticSchema, { error: 'stats must be a list of { value, label }' })
      .max(8, { error: 'stats has more than 8 figures, more than a card can set large' })
      .optional(),
    {
      description: 'Figures shown large on the card, each with a value and a label.',
      expected: 'a list of figures, each with a value ("10,000") and a label ("GitHub stars")',
      softMax: 6,
      max: 8,
      why: 'a card sets its figures in rows of two to four; past six they crowd even a wide card',
    },
  ),
  attribution: line(
    'attribution',
    { description: 'Who said it, for a `quote` milestone whose title is the quotation.', expected: 'one line naming who said it' },
    { softMax: 60, max: 120, why: 'an attribution longer than a line pushes the quote itself off the card' },
  ).optional(),
  art: described(
    z.union([z.enum(['decorative', 'none']), artMotifSchema, artImageSchema], { error: `art must be ${ART_FORMS}` }).optional(),
    {
      description:
        '`decorative` for generated art that screen readers skip, `none` for no picture, { motif } to choose the generated picture, or { src, alt } for a drawn image. Left out, the milestone gets generated art chosen from its words (statistics and quotes get none).',
      expected: '"decorative", "none", a motif of your choosing (motif: telescope) or a picture with src and alt under it (src: ./my-art.svg and alt: what it shows)',
    },
  ),
  links: described(
    z
      .array(linkSchema, { error: 'links must be a list of { label, href }' })
      .max(4, { error: 'links has more than 4 links, more than a card can list' })
      .optional(),
    { description: 'Links to read more, each with a label and an href.', expected: 'a list of links, each with a label and an href' },
  ),
  draft: described(z.boolean({ error: 'draft must be true or false' }).default(false), {
    description: '`true` keeps the milestone off the published site; `npm run dev` still shows it.',
    expected: 'true or false',
  }),
  editorNote: described(z.string({ error: 'editorNote must be text' }).optional(), {
    description: 'A note for other editors (a doubt about the source, a date that was guessed). Never shown on the page.',
    expected: 'text: a note for other editors, never shown on the page',
  }),
});

/**
 * How long a milestone's body (the text below its frontmatter) may be, in characters of plain
 * words: a wide card sets about 420 beside its picture in the horizontal journey.
 */
export const BODY_LIMITS: TextLimits = {
  softMax: 300,
  max: 600,
  why: 'the card is drawn two cards wide and its text fills it; in the horizontal journey a longer text is cut',
};

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
