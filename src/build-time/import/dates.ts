import { parseJourneyDate, type JourneyDate } from '../../model/journey-date.ts';
import type { TimelineDate } from './timeline.ts';

/**
 * A TimelineJS date as a journey date. TimelineJS writes a year as a signed number (-500 is what it
 * shows as 500 BCE, -13800000000 the first light of the universe) with a month and a day of the
 * month; the journey reads it through its own date model (`parseJourneyDate`), so a month 13 or a
 * 30 February is refused with the journey's words.
 */

export type DateResult =
  | {
      ok: true;
      date: JourneyDate;
      /** Parts of the date the journey cannot say, in plain words: "the time 14:30". */
      dropped: string[];
    }
  | { ok: false; error: string };

const pad2 = (value: number) => String(value).padStart(2, '0');

/** A part of a date as a number; undefined when it is not written, null when it is not a whole number. */
function wholeNumber(value: string | undefined): number | undefined | null {
  if (value === undefined) return undefined;
  return /^[+-]?\d+$/.test(value) ? Number(value) : null;
}

/** The journey date of a TimelineJS date; `what` names it in messages ("date", "end date"). */
export function journeyDateOf(date: TimelineDate, what = 'date'): DateResult {
  const year = wholeNumber(date.year);
  const month = wholeNumber(date.month);
  const day = wholeNumber(date.day);
  if (year === null) return { ok: false, error: `its ${what}'s year "${date.year}" is not a whole number` };
  if (month === null) return { ok: false, error: `its ${what}'s month "${date.month}" is not a whole number` };
  if (day === null) return { ok: false, error: `its ${what}'s day "${date.day}" is not a whole number` };
  if (year === undefined) return { ok: false, error: `its ${what} has no year` };
  if (!Number.isSafeInteger(year) || year > 999_999_999) {
    return { ok: false, error: `its ${what}'s year ${date.year} is further away than a date can be` };
  }
  if (year === 0) return { ok: false, error: `its ${what} is in year 0, which no calendar has: -1 is 1 BC, and 1 the year after it` };
  if (month !== undefined && (month < 1 || month > 12)) {
    return { ok: false, error: `its ${what}'s month is ${date.month}; months run from 1 to 12` };
  }
  if (day !== undefined && month === undefined) return { ok: false, error: `its ${what} has a day (${date.day}) but no month` };

  const dropped: string[] = [];
  if (date.time) dropped.push(`the time ${date.time}`);

  if (year < 0) {
    if (month !== undefined) {
      const parts = day !== undefined ? `month ${month} and day ${day}` : `month ${month}`;
      dropped.push(`the ${parts} (a date before year 1 is dated by its year alone)`);
    }
    const parsed = parseJourneyDate(`${-year} BC`);
    return parsed.ok ? { ok: true, date: parsed.date, dropped } : { ok: false, error: `its ${what}: ${parsed.error}` };
  }

  let text = String(year);
  if (month !== undefined) text += `-${pad2(month)}`;
  if (day !== undefined) text += `-${pad2(day)}`;
  const parsed = parseJourneyDate(text);
  return parsed.ok ? { ok: true, date: parsed.date, dropped } : { ok: false, error: `its ${what} ${parsed.error}` };
}
