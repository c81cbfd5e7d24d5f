/**
 * A journey's eras, oldest first, as `content/journey.yaml` writes them (`eras:`): each year belongs
 * to the last era that begins at or before it, shows that era's landscape behind it, and the era's
 * first year carries its name as a heading.
 */
import { LANDSCAPE_IDS, type Landscape } from './landscapes.ts';

export interface Era {
  /** Its place among the journey's eras, 0 first: what the page marks a year's era with. */
  index: number;
  /** The heading over the era's first year; a journey that names no eras has none. */
  name?: string;
  /** The era's first year (negative for BC); the first era has none: it holds every year before the second. */
  from?: number;
  /** The landscape drawn behind its years. */
  scenery: Landscape;
}

/** An era as the editor writes it: the landscape may be left out. */
export interface EraEntry {
  name: string;
  from?: number;
  scenery?: Landscape;
}

/** The eras of a journey: those written, each without a landscape taking the next in turn; none written, one era without a name. */
export function resolveEras(entries: readonly EraEntry[] | undefined): Era[] {
  if (!entries || entries.length === 0) return [{ index: 0, scenery: LANDSCAPE_IDS[0] }];
  return entries.map((entry, index) => ({
    index,
    name: entry.name,
    ...(index > 0 && entry.from !== undefined ? { from: entry.from } : {}),
    scenery: entry.scenery ?? LANDSCAPE_IDS[index % LANDSCAPE_IDS.length]!,
  }));
}

export function eraForYear(eras: readonly Era[], year: number): Era {
  let current = eras[0]!;
  for (const era of eras) if (era.from === undefined || year >= era.from) current = era;
  return current;
}
