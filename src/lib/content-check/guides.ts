import { DATE_FORMS } from '../journey-date.ts';
import { TRACK_IDS } from '../tracks.ts';
import { MILESTONE_KINDS } from '../../schemas/milestone.ts';
import type { FieldGuide } from './messages.ts';

const quoted = (values: readonly string[]) => {
  const list = values.map((value) => `"${value}"`);
  return list.length > 1 ? `${list.slice(0, -1).join(', ')} or ${list[list.length - 1]}` : (list[0] ?? '');
};

/** What each field of a milestone's frontmatter expects, as the "Expected:" line of a problem. */
export const MILESTONE_GUIDE: FieldGuide = {
  title: 'one line of text, such as "Backstage 1.0 released"',
  date: DATE_FORMS,
  precision: '"era" for a date that stands for a whole period (dated by its year alone), or no precision line at all',
  track: quoted(TRACK_IDS),
  kind: `one of ${MILESTONE_KINDS.join(', ')}`,
  subtitle: 'one line of text, shown under the title',
  stats: 'a list of figures, each with a value ("10,000") and a label ("GitHub stars")',
  'stats.value': 'the figure as it should read, such as "10,000" or "250+"',
  'stats.label': 'one line saying what the figure counts, such as "GitHub stars"',
  attribution: 'one line naming who said it',
  art: '"decorative", "none", a motif of your choosing (motif: telescope) or a picture with src and alt under it (src: ./my-art.svg and alt: what it shows)',
  'art.motif': 'one of the motifs shown in art/README.md, such as "telescope"',
  'art.label': 'one line of words set on the picture, such as an adopter’s name',
  'art.src': 'the path of an .svg, .png, .jpg, .webp or .avif file, relative to this file, such as "./backstage-1-0.svg"',
  'art.alt': 'words describing the picture for people who cannot see it; if it only decorates, write art: decorative instead',
  links: 'a list of links, each with a label and an href',
  'links.label': 'the words of the link, such as "Read the announcement"',
  'links.href': 'a full address starting with https://, such as "https://backstage.io"',
  draft: 'true or false',
  editorNote: 'text: a note for other editors, never shown on the page',
};

/** What each field of `content/journey.yaml` expects. */
export const JOURNEY_GUIDE: FieldGuide = {
  siteName: "the site's name, on one line",
  description: 'one or two sentences describing the journey',
  intro: 'a group with title, subtitle and tagline',
  'intro.title': "the page's heading, such as \"Spotify's Backstage Journey\"",
  'intro.subtitle': 'the line under the title',
  'intro.tagline': 'a line containing {pixels}, where the page writes its measured length',
  outro: 'a group with question, thanks and madeWith',
  'outro.question': 'the closing question',
  'outro.thanks': 'the heading of the credits, such as "Thank you!"',
  'outro.madeWith': 'the maker\'s line, such as "Made with ♥ at Spotify"',
  credits: 'a list of paragraphs, each starting with "- "',
};
