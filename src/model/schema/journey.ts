import { z } from 'astro/zod';
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
