import { defineCollection } from 'astro:content';
import { milestoneSchema } from './model/schema/milestone.ts';
import { journeyCopySchema } from './model/schema/journey.ts';
import { journeyCopyLoader, milestoneLoader } from './build-time/content/loader.ts';

/**
 * One MDX file per milestone under content/timeline/, read and checked as data (files starting
 * with `_` are ignored: useful for notes and templates).
 */
const timeline = defineCollection({
  loader: milestoneLoader(),
  schema: milestoneSchema,
});

/** The page's own words: intro, outro and credits. */
const journey = defineCollection({
  loader: journeyCopyLoader(),
  schema: journeyCopySchema,
});

export const collections = { timeline, journey };
