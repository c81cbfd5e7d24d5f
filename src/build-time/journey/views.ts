/**
 * Milestones and years as the pages render them: their data, and everything derived from it once
 * (a body as plain words, a card's size, a date as the card writes it, a picture, a year's era and
 * lanes), so that components only render.
 */
import { artPlanFor, isTypographic } from '../../model/art-plan.ts';
import { formatJourneyDate, formatJourneyDateLong, formatYearShort, toDatetimeAttribute, yearNumeral } from '../../model/journey-date.ts';
import { eraForYear, type Era } from '../../model/eras.ts';
import type { JourneyYear, Milestone } from '../../model/milestone.ts';
import type { JourneyShape } from '../../model/shape.ts';
import { ALL_TRACKS, showsTrack, tracksOf, type TrackFilter } from '../../model/track-filter.ts';
import type { Track, TrackId } from '../../model/tracks.ts';
import type { Words } from '../../model/words.ts';
import { MILESTONE_EMBED, isLongLabel } from '../../layout/dimensions.ts';
import {
  compactHeight,
  compactYearHeight,
  stackedHeight,
  stripCard,
  stripYearHeight,
  verticalLanesHeight,
  travelSpan,
  type CardContent,
  type ReadingHeight,
  type StripCard,
} from '../../layout/card-metrics.ts';
import type { EmbedLayout } from '../publish/embed.ts';
import type { ArtImage } from '../art/delivery.ts';

export interface MilestoneView extends Milestone {
  /** The body as HTML, written by the content's own renderer (`src/build-time/content/render.ts`); empty when there is none. */
  html: string;
  /** The body as plain words. */
  text: string;
  /** The picture, encoded for the page; undefined when the milestone has none. */
  image: ArtImage | undefined;
  /** Set in type (statistics, quotes) rather than led by a picture. */
  typographic: boolean;
  /** Its figures only restate its words, so screen readers skip them. */
  statsHidden: boolean;
  /** Card widths it takes in the horizontal journey. */
  span: 1 | 2;
  /** Its card's estimated height in the compact year at the embed's reference width. */
  compactHeight: number;
  /** Its card in an embedded year's strip, and embedded alone: whole or brief, and its estimated height. */
  strip: StripCard;
  alone: StripCard;
  /** Its card's estimated height read down the page, its picture above its words (a narrow lane) or beside them. */
  readingHeight: ReadingHeight;
  /** Its date as the card writes it ("Mar 17"), in full ("March 17, 2022"), and as a `datetime` (null for BC). */
  dateLabel: string;
  dateTitle: string;
  datetime: string | null;
}

/** One track's lane in a year: its place in lane order (from 1) and its milestones. */
export interface LaneView {
  track: Track;
  index: number;
  milestones: MilestoneView[];
}

export interface YearView extends JourneyYear<MilestoneView> {
  /** The scenery era the year belongs to, and whether the year opens it (its name is shown there). */
  era: Era;
  opensEra: boolean;
  /** A long label ("66,000,000 BC") is set smaller. */
  long: boolean;
  /** The numeral as set: "66,000,000" and "BC", or "2022" and "". */
  numeral: [main: string, suffix: string];
  /** Its label in the year index, where "66,000,000 BC" would not fit: "66M BC". */
  shortLabel: string;
  /** The tracks it has milestones in, and a lane for each, in lane order. */
  tracks: TrackId[];
  lanes: LaneView[];
  /** Its lanes' estimated height read down a narrow screen, one lane under the other (`verticalLanesHeight`). */
  readingHeight: ReadingHeight;
}

const normalise = (text: string) => text.toLowerCase().replace(/\s+/g, ' ');

/**
 * Whether every statistic already reads in the title or sub-line ("280+ squads are using…"). The
 * large figures then only restate those words for the eye, and screen readers skip them so no
 * text is heard twice.
 */
export function statsRestateText(milestone: Pick<Milestone, 'title' | 'subtitle' | 'stats'>): boolean {
  const stats = milestone.stats ?? [];
  if (stats.length === 0) return false;
  const text = normalise(`${milestone.title} ${milestone.subtitle ?? ''}`);
  return stats.every((stat) => text.includes(normalise(stat.value)) && text.includes(normalise(stat.label)));
}

/** What the card metrics need to know about a milestone's card. */
export function cardContentOf(milestone: Milestone, text: string): CardContent {
  return {
    title: milestone.title,
    subtitle: milestone.subtitle,
    attribution: milestone.attribution,
    stats: milestone.stats?.length ?? 0,
    links: milestone.links?.length ?? 0,
    body: text,
    quote: milestone.kind === 'quote',
    hasArt: artPlanFor(milestone).type !== 'none',
  };
}

/** A milestone's view, from its data, its body's plain words and HTML, and its picture; its dates in the journey's words. */
export function milestoneView(milestone: Milestone, body: { text: string; html: string }, image: ArtImage | undefined, words: Words): MilestoneView {
  const card = cardContentOf(milestone, body.text);
  const compact = compactHeight(card);
  return {
    ...milestone,
    ...body,
    image,
    typographic: isTypographic(milestone),
    statsHidden: statsRestateText(milestone),
    span: travelSpan(card),
    compactHeight: compact,
    strip: stripCard(card),
    alone: stripCard(card, MILESTONE_EMBED.cardRoom),
    readingHeight: { stacked: Math.ceil(stackedHeight(card)), beside: Math.ceil(compact) },
    dateLabel: formatJourneyDate(milestone.date, words),
    dateTitle: formatJourneyDateLong(milestone.date, words),
    datetime: toDatetimeAttribute(milestone.date),
  };
}

/** The years' views, from their milestones' views (oldest first), in the journey's shape: a year opens its era when it is the era's first year of the journey. */
export function yearViews(years: readonly JourneyYear<MilestoneView>[], shape: JourneyShape, words: Words): YearView[] {
  return years.map((year, index) => {
    const era = eraForYear(shape.eras, year.year);
    const previous = years[index - 1];
    return yearView(year, shape, words, era, previous === undefined || eraForYear(shape.eras, previous.year) !== era);
  });
}

function yearView(year: JourneyYear<MilestoneView>, shape: JourneyShape, words: Words, era: Era, opensEra: boolean): YearView {
  const lanes = shape.tracks.map((track, index) => ({
    track,
    index: index + 1,
    milestones: year.milestones.filter((milestone) => milestone.track === track.id),
  })).filter((lane) => lane.milestones.length > 0);
  return {
    ...year,
    era,
    opensEra,
    long: isLongLabel(year.label),
    numeral: yearNumeral(year.year, words),
    shortLabel: formatYearShort(year.year, words),
    tracks: tracksOf(year, shape.trackIds),
    lanes,
    readingHeight: verticalLanesHeight(lanes.map((lane) => lane.milestones.map((milestone) => milestone.readingHeight))),
  };
}

/**
 * A year's iframe height before the host script sizes it, at the reference width: its strip's
 * estimated height (as tall as its tallest card shown), or its list's (every card shown, lane by lane).
 */
export function embedHeight(year: Pick<YearView, 'label' | 'lanes'>, filter: TrackFilter = ALL_TRACKS, layout: EmbedLayout = 'strip'): number {
  const lanes = year.lanes.filter((lane) => showsTrack(filter, lane.track.id)).map((lane) => lane.milestones);
  if (layout === 'strip') return stripYearHeight(lanes.flat().map((milestone) => milestone.strip.height));
  return compactYearHeight(
    year.label,
    lanes.map((milestones) => milestones.map((milestone) => milestone.compactHeight)),
  );
}
