/**
 * The journey's own date model. JavaScript `Date` cannot hold 66,000,000 BC (its range is about
 * ±271,000 years), so dates here are plain numbers: a signed year (negative for BC, no year zero),
 * an optional month and day, and how precise the date is. The page writes them in the journey's
 * language: month names from `Intl.DateTimeFormat`, numbers from `Intl.NumberFormat`, and the
 * word for BC from the journey's words (`bc`).
 */
import type { Words } from './words.ts';

/** How precisely a milestone is dated. `era` is a year that stands for a whole period. */
export type Precision = 'day' | 'month' | 'year' | 'era';

export interface JourneyDate {
  /** Year of the common era; negative for BC (-66000000 is 66,000,000 BC). Never 0. */
  year: number;
  /** 1–12, present for `month` and `day` precision. */
  month?: number;
  /** 1–31, present for `day` precision. */
  day?: number;
  precision: Precision;
}

export type ParseResult = { ok: true; date: JourneyDate } | { ok: false; error: string };

/** The months in English, for the content check's messages (the editor's words, not the page's). */
const MONTH_LONG = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** The forms an editor may write, shown in error messages. */
export const DATE_FORMS = '"2022-03-17" (a day), "2022-03" (a month), "2022" (a year) or "66,000,000 BC"';

const AD_PATTERN = /^(\d{1,9})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const BC_PATTERN = /^(\d{1,3}(?:,\d{3})+|\d+)\s*(?:BC|BCE)$/i;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Reads a date as editors write it. Numbers (YAML reads `date: 2012` as a number) and `Date`
 * objects (YAML reads an unquoted `2022-03-17` as one) are accepted too.
 */
export function parseJourneyDate(input: unknown, precision?: 'era'): ParseResult {
  let text: string;
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) return { ok: false, error: 'is not a valid date' };
    text = input.toISOString().slice(0, 10);
  } else if (typeof input === 'number' && Number.isInteger(input)) {
    text = String(input);
  } else if (typeof input === 'string') {
    text = input.trim();
  } else {
    return { ok: false, error: `must be written as ${DATE_FORMS}` };
  }

  const bc = BC_PATTERN.exec(text);
  if (bc) {
    const years = Number(bc[1]!.replaceAll(',', ''));
    if (years === 0) return { ok: false, error: 'there is no year 0 BC: the years go 1 BC, 1 AD' };
    return { ok: true, date: { year: -years, precision: precision ?? 'year' } };
  }

  const ad = AD_PATTERN.exec(text);
  if (!ad) return { ok: false, error: `"${text}" is not a date: write ${DATE_FORMS}` };
  const year = Number(ad[1]);
  if (year === 0) return { ok: false, error: 'there is no year 0: write "1 BC" or "1"' };
  if (ad[2] === undefined) return { ok: true, date: { year, precision: precision ?? 'year' } };
  if (precision === 'era') {
    return { ok: false, error: `an era is dated by its year alone: write "${year}", not "${text}"` };
  }

  const month = Number(ad[2]);
  if (month < 1 || month > 12) {
    return { ok: false, error: `"${text}" has month ${ad[2]}; months run from 01 to 12` };
  }
  if (ad[3] === undefined) return { ok: true, date: { year, month, precision: 'month' } };

  const day = Number(ad[3]);
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    return { ok: false, error: `"${text}" has day ${ad[3]}, but ${MONTH_LONG[month - 1]} ${year} has ${last} days` };
  }
  return { ok: true, date: { year, month, day, precision: 'day' } };
}

/** Chronological order: earlier first; a year-only date comes before the days of that year. */
export function compareJourneyDates(a: JourneyDate, b: JourneyDate): number {
  return a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0);
}

/** A year as the page writes it: "2012", "66,000,000 BC" ("66 000 000 av. J.-C." in a French journey). */
export function formatYear(year: number, words: Words): string {
  if (year < 0) return words.say('bc', { year: words.number(-year) });
  return words.number(year, { useGrouping: false });
}

/**
 * A year's numeral as its heading sets it: the number, and the rest of the word for BC set smaller
 * ("66,000,000" and "BC"); a year of the common era, or a word for BC written before its number,
 * is set whole.
 */
export function yearNumeral(year: number, words: Words): [main: string, suffix: string] {
  const label = formatYear(year, words);
  if (year > 0) return [label, ''];
  const [before, after] = words.around('bc', 'year');
  return before.trim() === '' ? [words.number(-year), after.trim()] : [label, ''];
}

/** A year in few characters, for the year index: "66M BC" where "66,000,000 BC" would not fit. */
export function formatYearShort(year: number, words: Words): string {
  if (year > -1_000_000) return formatYear(year, words);
  return words.say('bc', { year: words.number(-year, { notation: 'compact', maximumFractionDigits: 0 }) });
}

/**
 * A day of the year 2000 (a leap year, so 29 February is there too) written by `Intl.DateTimeFormat`
 * in the journey's language, with the date's own year put where the year goes: `Date` holds the
 * month names, our numbers hold the year.
 */
function calendarDate(date: JourneyDate, words: Words, options: Intl.DateTimeFormatOptions): string {
  const format = dateFormat(words.lang, options);
  const day = new Date(Date.UTC(2000, (date.month ?? 1) - 1, date.day ?? 1));
  return format
    .formatToParts(day)
    .map((part) => (part.type === 'year' ? formatYear(date.year, words) : part.value))
    .join('');
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const id = `${lang} ${JSON.stringify(options)}`;
  let format = dateFormats.get(id);
  if (!format) dateFormats.set(id, (format = new Intl.DateTimeFormat(lang, { ...options, calendar: 'gregory', timeZone: 'UTC' })));
  return format;
}

/**
 * The short label shown on a milestone inside its year: "Mar 06" for a day (the day in two digits,
 * as the journey always showed it), "Mar" for a month, the year itself for a year or an era.
 */
export function formatJourneyDate(date: JourneyDate, words: Words): string {
  if (date.precision === 'day') return calendarDate(date, words, { month: 'short', day: '2-digit' });
  if (date.precision === 'month') return calendarDate(date, words, { month: 'short' });
  return formatYear(date.year, words);
}

/** A complete reading for feeds and screen readers: "March 6, 2021", "March 2021", "66,000,000 BC". */
export function formatJourneyDateLong(date: JourneyDate, words: Words): string {
  if (date.precision === 'day') return calendarDate(date, words, { year: 'numeric', month: 'long', day: 'numeric' });
  if (date.precision === 'month') return calendarDate(date, words, { year: 'numeric', month: 'long' });
  return formatYear(date.year, words);
}

/**
 * The value of `<time datetime>`: "2021-03-06", "2021-03" or "2021". HTML has no form for years
 * before year 1, so BC dates return null and are shown without a `<time>` element.
 */
export function toDatetimeAttribute(date: JourneyDate): string | null {
  if (date.year < 1) return null;
  const year = String(date.year).padStart(4, '0');
  if (date.precision === 'day') return `${year}-${pad2(date.month!)}-${pad2(date.day!)}`;
  if (date.precision === 'month') return `${year}-${pad2(date.month!)}`;
  return year;
}

/** The name of a year in folders and anchors: "2021", "66000000-bc". */
export function yearKey(year: number): string {
  return year < 0 ? `${-year}-bc` : String(year);
}

/** The inverse of `yearKey`; null when the text is not a year key. */
export function parseYearKey(key: string): number | null {
  const match = /^(\d+)(-bc)?$/.exec(key);
  if (!match || Number(match[1]) === 0) return null;
  return match[2] ? -Number(match[1]) : Number(match[1]);
}

/** The date as an editor writes it in frontmatter (the inverse of `parseJourneyDate`). */
export function serializeJourneyDate(date: JourneyDate): string {
  if (date.year < 0) return `${(-date.year).toLocaleString('en-US')} BC`;
  const year = String(date.year);
  if (date.precision === 'day') return `${year}-${pad2(date.month!)}-${pad2(date.day!)}`;
  if (date.precision === 'month') return `${year}-${pad2(date.month!)}`;
  return year;
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

/** Years between two journey years, with no year zero between 1 BC and 1 AD. */
export function yearsBetween(from: number, to: number): number {
  return to - from - (from < 0 && to > 0 ? 1 : 0);
}
