import { z } from 'astro/zod';

const text = (what: string) =>
  z.string({ error: `${what} must be text` }).trim().min(1, { error: `${what} must not be empty` });

/** The page's own words, in `content/journey.yaml`: everything on the page that is not a milestone. */
export const journeyCopySchema = z.strictObject({
  /** The site's name, used in the browser tab and when the page is shared. */
  siteName: text('siteName'),
  /** One or two sentences describing the journey for search engines and link previews. */
  description: text('description'),
  intro: z.strictObject({
    /** The page's only top-level heading: "Spotify's Backstage Journey". */
    title: text('intro.title'),
    /** The line under the title. */
    subtitle: text('intro.subtitle'),
    /** The line that measures the page. `{pixels}` is replaced by the journey's real length, e.g. "31,132". */
    tagline: text('intro.tagline').refine((value) => value.includes('{pixels}'), {
      error: 'intro.tagline must contain {pixels}, where the page writes its measured length',
    }),
  }),
  outro: z.strictObject({
    /** The closing question. */
    question: text('outro.question'),
    /** The thank-you heading of the credits. */
    thanks: text('outro.thanks'),
    /** The maker's line, "Made with ♥ at Spotify". */
    madeWith: text('outro.madeWith'),
  }),
  /** The credits, one paragraph each. */
  credits: z.array(text('credit'), { error: 'credits must be a list of paragraphs' }).min(1),
});

export type JourneyCopy = z.output<typeof journeyCopySchema>;
