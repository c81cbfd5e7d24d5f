import { z } from 'astro/zod';
import { LANDSCAPE_IDS } from '../landscapes.ts';
import { MOTIF_IDS } from '../motifs.ts';
import { LABEL_RULE_IDS, LABEL_RULES, projectSubject } from '../pictures.ts';
import { described, line } from './fields.ts';
import { MILESTONE_KINDS } from './milestone.ts';

const list = <T extends z.ZodType>(item: T, what: string) => z.array(item, { error: `${what} must be a list, such as [${what === 'words' ? 'rocket launch' : 'rocket'}]` });

const row = z
  .strictObject({
    about: line('about', {
      description: 'What the row pictures, as `npm run art -- --explain` names it. A row about the same thing as one of the project\'s own rows (art/README.md) takes that row\'s motifs in turn with it.',
      expected: 'a few words, such as "our assistant"',
    }),
    words: described(
      list(
        z
          .string({ error: 'a word must be text' })
          .trim()
          .min(1, { error: 'a word must not be empty' })
          .refine((word) => !word.slice(0, -1).includes('*'), { error: 'a word may end with * (any ending) but hold no other *' }),
        'words',
      ).optional(),
      {
        description: 'The words or phrases that pick the row, matched as whole words, case aside; a trailing * matches any ending ("template*"). Left out, the row is the picture of its kinds when nothing else is named.',
        expected: 'a list of words or phrases, such as [assistant, "our bot"]',
      },
    ),
    motifs: described(
      list(z.enum(MOTIF_IDS, { error: 'a motif must be one of the motifs in art/README.md, such as "telescope"' }), 'motifs')
        .min(1, { error: 'motifs must name at least one motif' })
        .optional(),
      {
        description: "The pictures the row draws, in turn: its first milestone gets the first, the next one the second. art/README.md shows every motif. A row adding words to one of the project's rows may leave them out.",
        expected: 'a list of motifs from art/README.md, such as [telescope, compass]',
      },
    ),
    kinds: described(list(z.enum(MILESTONE_KINDS, { error: `a kind must be one of ${MILESTONE_KINDS.join(', ')}` }), 'kinds').min(1).optional(), {
      description: 'Only milestones of these kinds. Left out, every kind.',
      expected: `a list of kinds, such as [launch, release]: ${MILESTONE_KINDS.join(', ')}`,
    }),
    scenery: described(z.enum(LANDSCAPE_IDS, { error: `scenery must be one of ${LANDSCAPE_IDS.join(', ')}` }).optional(), {
      description: 'Only in years drawn with this landscape (the eras\' scenery).',
      expected: `one of ${LANDSCAPE_IDS.join(', ')}, or no scenery line at all`,
    }),
    label: described(z.enum(LABEL_RULE_IDS, { error: `label must be one of ${LABEL_RULE_IDS.join(', ')}` }).optional(), {
      description: `Words the picture carries, found in the milestone's text: ${LABEL_RULE_IDS.map((rule) => `${rule} (${LABEL_RULES[rule]})`).join('; ')}.`,
      expected: `one of ${LABEL_RULE_IDS.join(', ')}, or no label line at all`,
    }),
    after: described(z.string({ error: 'after must be text: the about of a row above, or of one of the project\'s rows' }).trim().min(1).optional(), {
      description: "Where the row is read: right after the row with this about (a row above, or one of the project's rows in art/README.md), when another row's words must win over this one's. Left out, the journey's rows are read before the project's.",
      expected: "the about of a row above or of one of the project's rows, such as \"growth\", or no after line at all",
    }),
  })
  .superRefine((one, context) => {
    const adds = projectSubject(one.about) !== undefined;
    if ((one.words?.length ?? 0) === 0 && !one.kinds && !adds) {
      context.addIssue({ code: 'custom', path: ['words'], message: 'a row needs words, or kinds when it is the picture of those kinds', input: one.words });
    }
    if (!one.motifs && !adds) {
      context.addIssue({ code: 'custom', path: ['about'], message: `"${one.about}" is not one of the project's rows (art/README.md), so the row needs motifs: the pictures it draws`, input: one.about });
    }
    if (adds && one.after !== undefined) {
      context.addIssue({ code: 'custom', path: ['after'], message: `"${one.about}" is one of the project's rows: the row adds its words to that row where it stands, so it takes no after`, input: one.after });
    }
  });

/** The journey's own picture rules, read before the project's. */
export const picturesSchema = described(
  z
    .array(row, { error: 'pictures must be a list of { about, words, motifs }' })
    .superRefine(
      (rows, context) => {
        rows.forEach((one, index) => {
          if (typeof one !== 'object' || one === null || typeof one.after !== 'string') return;
          const above = rows.slice(0, index).some((other) => other?.about === one.after);
          if (!above && !projectSubject(one.after)) {
            context.addIssue({ code: 'custom', path: [index, 'after'], message: `no row above and none of the project's rows (art/README.md) is about "${one.after}"`, input: one.after });
          }
        });
      },
      { when: (payload) => Array.isArray(payload.value) },
    )
    .optional(),
  {
    description: "The journey's own rules for its generated pictures, read before the project's (art/README.md lists both): a milestone whose title, else sub-line, else body names a row's words is drawn with the row's motifs. A row about one of the project's rows adds its words to it.",
    expected: 'a list of rows, each written as "- about: our assistant" with "words:" and "motifs:" lines under it',
  },
);

