import { htmlToText } from './html-to-markdown.ts';

/**
 * A TimelineJS timeline as the importer reads it, from either of its forms (its JSON, or its
 * Google Sheets template saved as CSV): every value as the file writes it, text, nothing judged yet.
 */

/** A date as TimelineJS writes it: parts of a date, each a number written as text. */
export interface TimelineDate {
  year?: string;
  month?: string;
  day?: string;
  /** The time of day, as written ("14:30"), or built from hour, minute and second. */
  time?: string;
  /** The date as TimelineJS shows it instead of the parts ("Summer 1969"). */
  display?: string;
}

export interface TimelineMedia {
  /** An address (a picture, YouTube, a page) or a piece of HTML to embed. */
  url?: string;
  caption?: string;
  credit?: string;
  thumbnail?: string;
  alt?: string;
  title?: string;
  /** Where the media links to. */
  link?: string;
}

/** A slide: an event, the title slide or an era. */
export interface TimelineSlide {
  /** How to find it in the file: 'event 3 ("The first light")' or 'row 5 ("The first light")'. */
  where: string;
  start?: TimelineDate;
  end?: TimelineDate;
  /** The date TimelineJS shows for the slide instead of its start and end. */
  displayDate?: string;
  /** HTML. */
  headline?: string;
  /** HTML. */
  text?: string;
  media?: TimelineMedia;
  /** The lane TimelineJS puts the event in. */
  group?: string;
  uniqueId?: string;
  /** A background picture's address, or a colour. */
  background?: string;
}

export interface Timeline {
  /** The file's name, as the milestones record where they came from: "history.json". */
  source: string;
  title?: TimelineSlide;
  events: TimelineSlide[];
  eras: TimelineSlide[];
  /** What the reader saw and left aside, in plain words: "the column Notes is not read". */
  unread: string[];
}

export type ReadResult = { ok: true; timeline: Timeline } | { ok: false; errors: string[] };

/** A value as text: numbers written out, blanks as nothing. */
export function textOf(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed ? trimmed : undefined;
}

/** 'event 3 ("The first light")': a slide's place in the file, and its headline's words. */
export function slideLabel(place: string, headline: string | undefined): string {
  const words = headline ? htmlToText(headline) : undefined;
  if (!words) return place;
  return `${place} ("${[...words].length > 60 ? `${[...words].slice(0, 57).join('')}…` : words}")`;
}
