import { defineCollection } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { milestoneSchema } from './model/schema/milestone.ts';
import { journeyCopySchema } from './model/schema/journey.ts';
import { TIMELINE_DIR } from './model/milestone.ts';

/** One MDX file per milestone; files starting with `_` are ignored (useful for notes and templates). */
const timeline = defineCollection({
  loader: glob({ base: `./${TIMELINE_DIR}`, pattern: '**/[^_]*.mdx' }),
  schema: milestoneSchema,
});

/** The page's own words: intro, outro and credits. */
const journey = defineCollection({
  loader: file('content/journey.yaml', {
    parser: (text) => ({ journey: parseYaml(text) as Record<string, unknown> }),
  }),
  schema: journeyCopySchema,
});

export const collections = { timeline, journey };
