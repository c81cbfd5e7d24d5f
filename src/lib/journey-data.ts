import { getCollection, getEntry } from 'astro:content';
import { groupByYear, sortMilestones, toMilestone, type JourneyYear, type Milestone } from './milestones.ts';
import type { JourneyCopy } from '../schemas/journey.ts';

/** Drafts show in `astro dev` and are left out of the published build. */
const showDrafts = import.meta.env.DEV;

/** Every published milestone, in chronological order. */
export async function getMilestones(): Promise<Milestone[]> {
  const entries = await getCollection('timeline', ({ data }) => showDrafts || !data.draft);
  return sortMilestones(entries.map((entry) => toMilestone(entry.id, entry.data)));
}

/** The journey's years, oldest first, each with its milestones in order. */
export async function getJourneyYears(): Promise<JourneyYear[]> {
  return groupByYear(await getMilestones());
}

/** The page's own words from `content/journey.yaml`. */
export async function getJourneyCopy(): Promise<JourneyCopy> {
  const entry = await getEntry('journey', 'journey');
  if (!entry) throw new Error('content/journey.yaml is missing: it holds the intro, outro and credits.');
  return entry.data;
}

/** The rendered MDX body of a milestone, for `<Content />`. */
export async function getMilestoneEntry(id: string) {
  return getEntry('timeline', id);
}
