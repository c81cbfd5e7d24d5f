import { describe, expect, it } from 'vitest';
import { journeyDateOf } from '../../src/build-time/import/dates.ts';
import type { TimelineDate } from '../../src/build-time/import/timeline.ts';

function error(date: TimelineDate): string {
  const result = journeyDateOf(date);
  if (result.ok) throw new Error(`expected ${JSON.stringify(date)} to be refused`);
  return result.error;
}

describe('TimelineJS dates as journey dates', () => {
  it('reads days, months and years as written in either form', () => {
    expect(journeyDateOf({ year: '2012', month: '3', day: '17' })).toEqual({ ok: true, date: { year: 2012, month: 3, day: 17, precision: 'day' }, dropped: [] });
    expect(journeyDateOf({ year: '2016', month: '02' })).toEqual({ ok: true, date: { year: 2016, month: 2, precision: 'month' }, dropped: [] });
    expect(journeyDateOf({ year: '2020' })).toEqual({ ok: true, date: { year: 2020, precision: 'year' }, dropped: [] });
  });

  it('reads negative years as years BC, down to the first light of the universe', () => {
    expect(journeyDateOf({ year: '-13800000000' })).toEqual({ ok: true, date: { year: -13_800_000_000, precision: 'year' }, dropped: [] });
    expect(journeyDateOf({ year: '-66000000' })).toEqual({ ok: true, date: { year: -66_000_000, precision: 'year' }, dropped: [] });
    expect(journeyDateOf({ year: '-1' })).toEqual({ ok: true, date: { year: -1, precision: 'year' }, dropped: [] });
  });

  it('says what the journey cannot date: a time of day, a month before year 1', () => {
    expect(journeyDateOf({ year: '-500', month: '3', day: '15' })).toEqual({
      ok: true,
      date: { year: -500, precision: 'year' },
      dropped: ['the month 3 and day 15 (a date before year 1 is dated by its year alone)'],
    });
    expect(journeyDateOf({ year: '2012', month: '3', day: '17', time: '14:30' })).toEqual({
      ok: true,
      date: { year: 2012, month: 3, day: 17, precision: 'day' },
      dropped: ['the time 14:30'],
    });
  });

  it('refuses dates no calendar has, in the journey’s words', () => {
    expect(error({ year: '2023', month: '2', day: '30' })).toBe('its date "2023-02-30" has day 30, but February 2023 has 28 days');
    expect(error({ year: '2023', month: '13' })).toBe("its date's month is 13; months run from 1 to 12");
    expect(error({ year: '0' })).toBe('its date is in year 0, which no calendar has: -1 is 1 BC, and 1 the year after it');
    expect(error({ year: 'MMXII' })).toBe(`its date's year "MMXII" is not a whole number`);
    expect(error({ month: '3' })).toBe('its date has no year');
    expect(error({ year: '2012', day: '3' })).toBe('its date has a day (3) but no month');
  });
});
