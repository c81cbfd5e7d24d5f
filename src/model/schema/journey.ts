import { z } from 'astro/zod';
import { normaliseLabel } from '../growth.ts';
import { HEX_COLOUR } from '../colour.ts';
import { parseJourneyDate } from '../journey-date.ts';
import { LANDSCAPES, LANDSCAPE_IDS } from '../landscapes.ts';
import { MAX_TRACKS } from '../tracks.ts';
import { described, line } from './fields.ts';
import { picturesSchema } from './pictures.ts';
import { langSchema, pluralFormProblems, uiSchema } from './words.ts';

/** A text of the page's own, trimmed and not empty. */
const text = (what: string, meta: { description: string; expected: string }) =>
  described(z.string({ error: `${what} must be text` }).trim().min(1, { error: `${what} must not be empty` }), meta);


/** What a track's id may be: the words of a web address ("language", "its-tools"). */
const TRACK_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const track = z.strictObject({
  id: described(
    z.string({ error: 'id must be text' }).trim().regex(TRACK_ID, { error: 'id must be lower-case letters, digits and single dashes, such as "the-language"' }),
    {
      description: 'What milestones write in `track:`, and the address writes when a visitor follows the track (?track=…).',
      expected: 'lower-case letters, digits and dashes, such as "the-language"',
    },
  ),
  name: line('name', { description: "The lane's heading.", expected: "the lane's heading, such as \"The language\"" }, { softMax: 40, max: 80, why: 'a lane heading wraps past about 40 characters' }),
  short: line('short', { description: "The track's short name: the filter's choice and the share card's tag.", expected: 'a word or two, such as "Language"' }, { softMax: 18, max: 32, why: "the filter's choice wraps past about 18 characters" }),
  colour: described(
    z.string({ error: 'colour must be text such as "#4aa3ff"' }).trim().regex(HEX_COLOUR, { error: 'colour must be a hex colour such as "#4aa3ff"' }).optional(),
    {
      description: "The lane's colour: its heading, dots, filter choice, card pictures and share cards. Left out, the track takes the design's colour for its place.",
      expected: 'a hex colour such as "#4aa3ff", or no colour line at all',
    },
  ),
});

/** An era's first year: a year as a milestone's date writes it ("2012", "66,000,000 BC"). */
const eraStart = described(
  z.unknown().transform((value, ctx): number => {
    const parsed = parseJourneyDate(value);
    if (!parsed.ok || parsed.date.precision !== 'year') {
      ctx.issues.push({ code: 'custom', input: value, message: 'from must be a year, such as 2012 or "66,000,000 BC"' });
      return z.NEVER;
    }
    return parsed.date.year;
  }),
  {
    description: 'The era\'s first year. The first era has none: it holds every year before the second.',
    expected: 'a year, such as 2012 or "66,000,000 BC" (the first era has no from line)',
  },
);

const era = z.strictObject({
  name: line('name', { description: 'The heading over the era\'s first year.', expected: 'the era\'s name, such as "The early years"' }, { softMax: 32, max: 64, why: 'an era heading wraps past about 32 characters' }),
  from: eraStart.optional(),
  scenery: described(
    z.enum(LANDSCAPE_IDS, { error: `scenery must be one of ${LANDSCAPE_IDS.join(', ')}` }).optional(),
    {
      description: `The landscape behind the era's years: ${LANDSCAPES.map((landscape) => `${landscape.id} (${landscape.looks})`).join('; ')}. Left out, eras take the landscapes in turn.`,
      expected: `one of ${LANDSCAPE_IDS.join(', ')}, or no scenery line at all`,
    },
  ),
});

/** The page's own words, in `content/journey.yaml`: everything on the page that is not a milestone. */
export const journeyCopySchema = z.strictObject({
  lang: langSchema,
  tracks: described(
    z
      .array(track, { error: 'tracks must be a list of { id, name, short }' })
      .min(1, { error: 'tracks must list at least one track' })
      .max(MAX_TRACKS, { error: `tracks can list at most ${MAX_TRACKS} tracks: the page has ${MAX_TRACKS} lane colours` })
      .superRefine((tracks, context) => {
        const seen = new Set<string>();
        tracks.forEach((one, index) => {
          if (seen.has(one.id)) context.addIssue({ code: 'custom', path: [index, 'id'], message: `two tracks have the id "${one.id}"`, input: one.id });
          seen.add(one.id);
        });
      }),
    {
      description: "The journey's tracks, in lane order (the first lane on top): 1 to 4 of them. A milestone names its track's id in `track:`. One track shows no track filter.",
      expected: 'a list of 1 to 4 tracks, each written as "- id: the-language" with "name:" and "short:" lines under it',
    },
  ),
  eras: described(
    z
      .array(era, { error: 'eras must be a list of { name, from, scenery }' })
      .min(1, { error: 'eras must list at least one era, or be left out' })
      .superRefine(
        (eras, context) => {
          // Also when an era has other problems, so every problem is told at once: a field may still be as written.
          eras.forEach((one, index) => {
            if (typeof one !== 'object' || one === null) return;
            const name = typeof one.name === 'string' ? `the era "${one.name}"` : 'this era';
            if (index === 0 && one.from !== undefined) {
              context.addIssue({ code: 'custom', path: [index, 'from'], message: 'the first era has no from: it holds every year before the second era', input: one.from });
            }
            if (index > 0 && one.from === undefined) {
              context.addIssue({ code: 'custom', path: [index, 'from'], message: `${name} needs a from: the year it begins`, input: undefined });
            }
            const before = eras[index - 1]?.from;
            if (index > 1 && typeof one.from === 'number' && typeof before === 'number' && one.from <= before) {
              context.addIssue({ code: 'custom', path: [index, 'from'], message: `${name} begins before or with the era above it: eras go oldest first`, input: one.from });
            }
          });
        },
        { when: (payload) => Array.isArray(payload.value) },
      ),
    {
      description: "The journey's eras, oldest first: a heading over each era's first year, and the landscape behind its years. Left out, the journey is one era without a heading.",
      expected: 'a list of eras, each written as "- name: The early years" with "from:" (its first year; none for the first era) and "scenery:" lines under it',
    },
  ).optional(),
  accent: described(
    z.string({ error: 'accent must be text such as "#1ed760"' }).trim().regex(HEX_COLOUR, { error: 'accent must be a hex colour such as "#1ed760"' }).optional(),
    {
      description: "The journey's accent colour: the year numerals, the links, the buttons and the share cards' dates. Left out, the design's green. It must stand out on the page's dark background (3:1 at least).",
      expected: 'a hex colour such as "#1ed760", light enough to read on the dark page, or no accent line at all',
    },
  ),
  font: described(
    z
      .string({ error: 'font must be the path of a font file, such as "fonts/NotoSansJP-Regular.otf"' })
      .trim()
      .regex(/^(?!\/)(?!.*\.\.)[^\\]+\.(?:ttf|otf|woff2?)$/i, { error: 'font must be the path of a .ttf, .otf, .woff or .woff2 file inside content/, such as "fonts/NotoSansJP-Regular.otf"' })
      .optional(),
    {
      description: "A font file for the share cards' words in a script the project's own typeface (Figtree: Latin) cannot draw, relative to content/. Its licence must allow embedding.",
      expected: 'the path of a font file inside content/, such as "fonts/NotoSansJP-Regular.otf", or no font line at all',
    },
  ),
  pictures: picturesSchema,
  siteName: line('siteName', {
    description: "The site's name, used in the browser tab and when the page is shared.",
    expected: "the site's name, on one line",
  }),
  description: text('description', {
    description: 'One or two sentences describing the journey for search engines and link previews.',
    expected: 'one or two sentences describing the journey',
  }),
  intro: described(
    z.strictObject({
      title: text('intro.title', {
        description: "The page's only top-level heading: the journey's name.",
        expected: "the page's heading, such as \"Our journey\"",
      }),
      subtitle: text('intro.subtitle', { description: 'The line under the title.', expected: 'the line under the title' }),
      tagline: text('intro.tagline', {
        description: 'The line that measures the page. `{pixels}` is replaced by the journey\'s real length, e.g. "31,132".',
        expected: 'a line containing {pixels}, where the page writes its measured length',
      }).refine((value) => value.includes('{pixels}'), {
        error: 'intro.tagline must contain {pixels}, where the page writes its measured length',
      }),
    }),
    { description: 'The opening: title, subtitle and tagline.', expected: 'a group with title, subtitle and tagline' },
  ),
  outro: described(
    z.strictObject({
      question: text('outro.question', { description: 'The closing question.', expected: 'the closing question' }),
      thanks: text('outro.thanks', { description: 'The thank-you heading of the credits.', expected: 'the heading of the credits, such as "Thank you!"' }),
      madeWith: text('outro.madeWith', {
        description: 'The maker\'s line under the credits.',
        expected: 'the maker\'s line, such as "Made with ♥ by our team"',
      }),
    }),
    {
      description: "The ending: the question, the thanks and the maker's line. Left out, the journey ends with its last year (and its growth charts).",
      expected: 'a group with question, thanks and madeWith',
    },
  ).optional(),
  growth: described(
    z
      .strictObject({
        title: text('growth.title', {
          description: 'The heading over the growth charts on the closing screen.',
          expected: 'a heading, such as "How we grew"',
        }),
        series: described(
          z
            .array(
              z.strictObject({
                name: text('name', { description: 'The name of one chart: "Contributors".', expected: 'the name of the figure it charts, such as "Contributors"' }),
                labels: described(
                  z
                    .array(text('label', { description: 'A stat label, or words of one.', expected: 'a stat label, such as "GitHub stars", or words of one, such as "adopters"' }), {
                      error: 'labels must be a list of stat labels',
                    })
                    .min(1, { error: 'labels must list at least one stat label' }),
                  {
                    description: 'The stat labels whose figures this chart collects: a milestone\'s stat is charted here when its label is, or contains, one of these words.',
                    expected: 'a list of stat labels or words of them, such as ["GitHub stars"] or ["adopters"]',
                  },
                ),
              }),
              { error: 'series must be a list of { name, labels }' },
            )
            .min(1, { error: 'series must list at least one chart' })
            .superRefine((series, context) => {
              const names = new Map<string, number>();
              const labels = new Map<string, string>();
              series.forEach((one, index) => {
                const name = one.name.toLowerCase();
                if (names.has(name)) {
                  context.addIssue({ code: 'custom', path: [index, 'name'], message: `two charts are named "${one.name}"`, input: one.name });
                }
                names.set(name, index);
                one.labels.forEach((label, at) => {
                  const key = normaliseLabel(label);
                  const owner = labels.get(key);
                  if (owner !== undefined && owner !== one.name) {
                    context.addIssue({ code: 'custom', path: [index, 'labels', at], message: `"${label}" is already collected by the chart "${owner}"`, input: label });
                  }
                  labels.set(key, one.name);
                });
              });
            }),
          {
            description: 'One chart per figure, in the order they are drawn.',
            expected: 'a list of charts, each with a name and the stat labels it collects',
          },
        ),
      }),
    {
      description: "The growth charts on the closing screen: the milestones' figures, one chart per series, over time.",
      expected: 'a group with title and series',
    },
  ).optional(),
  credits: described(
    z
      .array(text('credit', { description: 'One paragraph of the credits.', expected: 'a paragraph of text' }), {
        error: 'credits must be a list of paragraphs',
      })
      .min(1),
    { description: 'The credits, one paragraph each, under the ending\'s thanks (outro.thanks).', expected: 'a list of paragraphs, each starting with "- "' },
  ).optional(),
  ui: uiSchema,
})
  .superRefine((copy, context) => {
    if (copy.credits && !copy.outro) {
      context.addIssue({ code: 'custom', path: ['credits'], message: 'credits stand under the thanks of the ending: they need outro (question, thanks, madeWith)', input: copy.credits });
    }
  })
  .superRefine(
    (copy, context) => {
      for (const { key, form, message } of pluralFormProblems(copy.lang, copy.ui)) {
        context.addIssue({ code: 'custom', path: ['ui', key, form], message, input: copy.ui?.[key] });
      }
    },
    // Told with the journey's other problems: it needs only a valid language.
    { when: (payload) => !payload.issues.some((issue) => issue.path?.[0] === 'lang') },
  );

export type JourneyCopy = z.output<typeof journeyCopySchema>;
