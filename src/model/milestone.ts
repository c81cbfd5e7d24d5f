import type { MilestoneData } from './schema/milestone.ts';
import { DEFAULT_LANG } from './ui-words.ts';
import { compareJourneyDates, yearKey, formatYear, type JourneyDate } from './journey-date.ts';
import type { Words } from './words.ts';
import { trackOrder, type TrackId } from './tracks.ts';

/** Where the content lives, relative to the project root; nothing outside it is read for the page. */
export const CONTENT_DIR = 'content';

/** Where milestone files live, relative to the project root. */
export const TIMELINE_DIR = `${CONTENT_DIR}/timeline`;

/** Where the journey's own words and shape (tracks, eras) live, relative to the project root. */
export const JOURNEY_FILE = `${CONTENT_DIR}/journey.yaml`;

/**
 * A milestone with everything derived from its file: `id` is its path under `content/timeline/`
 * without the extension ("2022/03-17-backstage-1-0-released").
 */
export interface Milestone extends Omit<MilestoneData, 'stats'> {
  id: string;
  /** Its figures, each as the card shows it (a bare number written out in the journey's language). */
  stats?: { value: string; label: string }[];
  /** The year the milestone belongs to (negative for BC). */
  year: number;
  /** The page anchor: "2022-03-17-backstage-1-0-released". Unique across the journey. */
  anchor: string;
}

/** All milestones of one year, every track, in chronological order. */
export interface JourneyYear<M extends Milestone = Milestone> {
  year: number;
  /** "2022", "66000000-bc": the year's anchor and its embed path. */
  key: string;
  /** "2022", "66,000,000 BC". */
  label: string;
  milestones: M[];
}

/** The anchor of a milestone, from its id: "2022/03-17-backstage" becomes "2022-03-17-backstage". */
export function anchorFromId(id: string): string {
  return id
    .toLowerCase()
    .replace(/\.mdx?$/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The folder a milestone of this date belongs in: "2022", "66000000-bc". */
export function folderForDate(date: JourneyDate): string {
  return yearKey(date.year);
}

export function toMilestone(id: string, data: MilestoneData, lang: string = DEFAULT_LANG): Milestone {
  const { stats, ...rest } = data;
  const written = stats?.map(({ value, label }) => ({ value: typeof value === 'number' ? new Intl.NumberFormat(lang).format(value) : value, label }));
  return { ...rest, ...(written ? { stats: written } : {}), id, year: data.date.year, anchor: anchorFromId(id) };
}

/**
 * Chronological order; milestones of the same date follow lane order (`trackIds`, the journey's
 * tracks in lane order), then the order their editor gave them (`order`; those without one come
 * after), then their file names.
 */
export function compareMilestones(a: Milestone, b: Milestone, trackIds: readonly TrackId[]): number {
  return (
    compareJourneyDates(a.date, b.date) ||
    trackOrder(trackIds, a.track) - trackOrder(trackIds, b.track) ||
    (a.order ?? Infinity) - (b.order ?? Infinity) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

export function sortMilestones<M extends Milestone>(milestones: readonly M[], trackIds: readonly TrackId[]): M[] {
  return [...milestones].sort((a, b) => compareMilestones(a, b, trackIds));
}

/** Groups milestones into years, oldest first, each labelled in the journey's words. Years without milestones are left out. */
export function groupByYear<M extends Milestone>(milestones: readonly M[], trackIds: readonly TrackId[], words: Words): JourneyYear<M>[] {
  const years = new Map<number, M[]>();
  for (const milestone of sortMilestones(milestones, trackIds)) {
    const list = years.get(milestone.year) ?? [];
    list.push(milestone);
    years.set(milestone.year, list);
  }
  return [...years.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, list]) => ({ year, key: yearKey(year), label: formatYear(year, words), milestones: list }));
}

/** The milestones of one track in a year, in order. */
export function inTrack<M extends Milestone>(year: JourneyYear<M>, track: TrackId): M[] {
  return year.milestones.filter((milestone) => milestone.track === track);
}

/** "03-17-backstage-1-0-released": the file name the scaffolder gives a milestone, without ".mdx". */
export function fileStemFor(date: JourneyDate, title: string): string {
  const slug = slugify(title);
  if (date.precision === 'day') return `${pad2(date.month!)}-${pad2(date.day!)}-${slug}`;
  if (date.precision === 'month') return `${pad2(date.month!)}-${slug}`;
  return slug;
}

export function slugify(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/&/g, ' and ')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .split('-')
      .slice(0, 8)
      .join('-') || 'milestone'
  );
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}
