import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { milestoneSchema } from './model/schema/milestone.ts';
import { journeyCopySchema } from './model/schema/journey.ts';
import { milestoneLoader } from './build-time/content/loader.ts';
import { readJourneyCopy } from './build-time/content/check.ts';
import { JOURNEY_FILE } from './build-time/content/files.ts';

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
  loader: file(JOURNEY_FILE, {
    parser: (text) => ({ journey: readJourneyCopy(text) as Record<string, unknown> }),
  }),
  schema: journeyCopySchema,
});

export const collections = { timeline, journey };
