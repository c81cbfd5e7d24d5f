/**
 * What the journey page's first document holds, whatever the journey's length: its first
 * `FIRST_DOCUMENT_MILESTONES` milestones in reading order (cut inside a year when the count falls
 * there), and every later milestone held back. A year with milestones held back keeps its heading,
 * its era and the room its cards take, and links to its own page; its lanes arrive from a fragment
 * of the build (`src/pages/fragments/[version]/[year].astro`) as the visitor nears it
 * (`src/browser/journey/year-fragments.ts`).
 */
import { createHash } from 'node:crypto';
import { laneRunHeight, type ReadingHeight } from '../../layout/card-metrics.ts';
import { laneWidth } from '../../layout/journey-length.ts';
import { YEAR_FRAGMENTS } from '../dist-files.ts';
import { withBase } from '../publish/embed.ts';
import type { LaneView, MilestoneView, YearView } from './views.ts';

/**
 * How many milestones the first document holds. The first screens show the intro and a year or
 * two (at 1440 × 900, the intro and about 8 card columns; on a phone, two or three cards), so this
 * is the first screens' cards and a screen or two more to travel into while the next years arrive.
 * Between 12 and 96 the phone's LCP does not move, only the bytes do (docs/benchmark.md).
 */
export const FIRST_DOCUMENT_MILESTONES = 24;

/** What a lane keeps for its cards held back: their width travelling and their height read down the page. */
export interface HeldRun {
  width: number;
  height: ReadingHeight;
  /** The anchors of the milestones held back, so a link to one lands on its year's link to its page without a script. */
  anchors: string[];
}

export interface FirstDocument {
  /** Whether the first document holds this milestone. */
  holds(milestone: Pick<MilestoneView, 'id'>): boolean;
  /** The room a lane keeps for its cards held back, if it holds any back. */
  heldRun(lane: LaneView): HeldRun | undefined;
  /** The fragment a year's lanes arrive from, if it holds any back: "/fragments/3f2a…/2022/". */
  fragmentPath(year: YearView, base: string): string | undefined;
  /** How many of a year's milestones are held back. */
  heldCount(year: YearView): number;
  /** The years that hold milestones back, oldest first: those with a fragment. */
  heldYears: YearView[];
  /** Names this build's fragments, so a page from an earlier build never takes a fragment of a later one. */
  version: string;
}

/** A name that changes whenever what the years show changes. */
function versionOf(years: readonly YearView[]): string {
  const hash = createHash('sha256');
  for (const year of years) hash.update(JSON.stringify(year));
  return hash.digest('hex').slice(0, 12);
}

export function firstDocument(milestones: readonly MilestoneView[], years: readonly YearView[], limit = FIRST_DOCUMENT_MILESTONES): FirstDocument {
  const held = new Set(milestones.slice(limit).map((milestone) => milestone.id));
  const heldYears = years.filter((year) => year.milestones.some((milestone) => held.has(milestone.id)));
  const heldKeys = new Set(heldYears.map((year) => year.key));
  const version = versionOf(heldYears);
  return {
    holds: (milestone) => !held.has(milestone.id),
    heldRun(lane) {
      const rest = lane.milestones.filter((milestone) => held.has(milestone.id));
      if (rest.length === 0) return undefined;
      return {
        width: laneWidth(rest.reduce((units, milestone) => units + milestone.span, 0)),
        height: laneRunHeight(rest.map((milestone) => milestone.readingHeight)),
        anchors: rest.map((milestone) => milestone.anchor),
      };
    },
    fragmentPath: (year, base) => (heldKeys.has(year.key) ? withBase(base, `${YEAR_FRAGMENTS}${version}/${year.key}/`) : undefined),
    heldCount: (year) => year.milestones.filter((milestone) => held.has(milestone.id)).length,
    heldYears,
    version,
  };
}
