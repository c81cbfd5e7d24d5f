import { z } from 'astro/zod';
import { normaliseLabel } from '../growth.ts';
import { described, line } from './fields.ts';

/** A text of the page's own, trimmed and not empty. */
const text = (what: string, meta: { description: string; expected: string }) =>
  described(z.string({ error: `${what} must be text` }).trim().min(1, { error: `${what} must not be empty` }), meta);

/** The page's own words, in `content/journey.yaml`: everything on the page that is not a milestone. */
export const journeyCopySchema = z.strictObject({
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
        description: "The page's only top-level heading: \"Spotify's Backstage Journey\".",
        expected: "the page's heading, such as \"Spotify's Backstage Journey\"",
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
        description: 'The maker\'s line, "Made with ♥ at Spotify".',
        expected: 'the maker\'s line, such as "Made with ♥ at Spotify"',
      }),
    }),
    { description: 'The ending: the question, the thanks and the maker\'s line.', expected: 'a group with question, thanks and madeWith' },
  ),
  growth: described(
    z
      .strictObject({
        title: text('growth.title', {
          description: 'The heading over the growth charts on the closing screen.',
          expected: 'a heading, such as "How Backstage grew"',
        }),
        series: described(
          z
            .array(
              z.strictObject({
                name: text('name', { description: 'The name of one chart: "GitHub stars".', expected: 'the name of the figure it charts, such as "GitHub stars"' }),
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
    { description: 'The credits, one paragraph each.', expected: 'a list of paragraphs, each starting with "- "' },
  ),
});

export type JourneyCopy = z.output<typeof journeyCopySchema>;
