import { describe, expect, it } from 'vitest';
import {
  compareJourneyDates,
  formatJourneyDate,
  formatJourneyDateLong,
  formatYear,
  formatYearShort,
  parseJourneyDate,
  parseYearKey,
  serializeJourneyDate,
  toDatetimeAttribute,
  yearKey,
  yearNumeral,
  type JourneyDate,
} from '../../src/model/journey-date.ts';
import { journeyWords } from '../../src/model/words.ts';
import { EN } from '../support/words.ts';

function parsed(input: unknown, precision?: 'era'): JourneyDate {
  const result = parseJourneyDate(input, precision);
  if (!result.ok) throw new Error(`expected ${String(input)} to parse: ${result.error}`);
  return result.date;
}

function failure(input: unknown, precision?: 'era'): string {
  const result = parseJourneyDate(input, precision);
  if (result.ok) throw new Error(`expected ${String(input)} to be rejected`);
  return result.error;
}

describe('parseJourneyDate', () => {
  it('reads days, months and years', () => {
    expect(parsed('2022-03-17')).toEqual({ year: 2022, month: 3, day: 17, precision: 'day' });
    expect(parsed('2022-03')).toEqual({ year: 2022, month: 3, precision: 'month' });
    expect(parsed('2022')).toEqual({ year: 2022, precision: 'year' });
    expect(parsed(' 2006 ')).toEqual({ year: 2006, precision: 'year' });
  });

  it('reads BC years far beyond what JavaScript Date can hold', () => {
    expect(parsed('66,000,000 BC')).toEqual({ year: -66_000_000, precision: 'year' });
    expect(parsed('66000000 BC')).toEqual({ year: -66_000_000, precision: 'year' });
    expect(parsed('500 bce')).toEqual({ year: -500, precision: 'year' });
    expect(parsed('66,000,000 BC', 'era')).toEqual({ year: -66_000_000, precision: 'era' });
  });

  it('reads, orders, shows and files the first light of the universe, 13,800,000,000 BC', () => {
    const bigBang = parsed('13,800,000,000 BC');
    expect(bigBang).toEqual({ year: -13_800_000_000, precision: 'year' });
    expect(parsed('13800000000 BC')).toEqual(bigBang);
    expect([parsed('2022-03-17'), parsed('66,000,000 BC'), bigBang].sort(compareJourneyDates).map(serializeJourneyDate)).toEqual([
      '13,800,000,000 BC',
      '66,000,000 BC',
      '2022-03-17',
    ]);
    expect(formatJourneyDate(bigBang, journeyWords({}))).toBe('13,800,000,000 BC');
    expect(formatJourneyDateLong(bigBang, journeyWords({}))).toBe('13,800,000,000 BC');
    expect(serializeJourneyDate(bigBang)).toBe('13,800,000,000 BC');
    expect(yearKey(bigBang.year)).toBe('13800000000-bc');
    expect(parseYearKey('13800000000-bc')).toBe(-13_800_000_000);
    expect(toDatetimeAttribute(bigBang)).toBeNull();
  });

  it('accepts what YAML makes of unquoted dates', () => {
    expect(parsed(new Date('2021-03-16T00:00:00Z'))).toEqual({ year: 2021, month: 3, day: 16, precision: 'day' });
    expect(parsed(2012)).toEqual({ year: 2012, precision: 'year' });
  });

  it('marks a year as an era when asked', () => {
    expect(parsed('2012', 'era')).toEqual({ year: 2012, precision: 'era' });
    expect(failure('2012-03-24', 'era')).toBe('an era is dated by its year alone: write "2012", not "2012-03-24"');
  });

  it('explains what is wrong with a bad date', () => {
    expect(failure('2022-13-01')).toBe('"2022-13-01" has month 13; months run from 01 to 12');
    expect(failure('2022-02-29')).toBe('"2022-02-29" has day 29, but February 2022 has 28 days');
    expect(parsed('2024-02-29').day).toBe(29);
    expect(failure('2100-02-29')).toContain('February 2100 has 28 days');
    expect(failure('17 March 2022')).toBe(
      '"17 March 2022" is not a date: write "2022-03-17" (a day), "2022-03" (a month), "2022" (a year) or "66,000,000 BC"',
    );
    expect(failure('0')).toContain('there is no year 0');
    expect(failure('0 BC')).toContain('there is no year 0 BC');
    expect(failure(true)).toContain('must be written as');
    expect(failure(new Date('nonsense'))).toBe('is not a valid date');
  });
});

describe('compareJourneyDates', () => {
  it('orders BC before AD, years before their days, days in order', () => {
    const dates = ['2022-03-17', '66,000,000 BC', '2022', '2012', '2022-03', '2021-12-31', '2022-03-16', '500 BC'];
    const sorted = dates.map((text) => parsed(text)).sort(compareJourneyDates).map(serializeJourneyDate);
    expect(sorted).toEqual(['66,000,000 BC', '500 BC', '2012', '2021-12-31', '2022', '2022-03', '2022-03-16', '2022-03-17']);
  });

  it('treats equal dates as equal', () => {
    expect(compareJourneyDates(parsed('2020-08-05'), parsed('2020-08-05'))).toBe(0);
  });
});

describe('formatting', () => {
  /** A French journey: its month names come from the language, its word for BC from `ui`. */
  const FR = journeyWords({ lang: 'fr', ui: { bc: '{year} av. J.-C.' } });
  // French groups digits with a narrow no-break space (U+202F) and sets a no-break space (U+00A0)
  // before the short "M" of millions.
  const NNBSP = '\u202f';

  it('shows the short label the page uses', () => {
    expect(formatJourneyDate(parsed('2021-03-16'), EN)).toBe('Mar 16');
    expect(formatJourneyDate(parsed('2020-04-06'), EN)).toBe('Apr 06');
    expect(formatJourneyDate(parsed('2020-04'), EN)).toBe('Apr');
    expect(formatJourneyDate(parsed('2021'), EN)).toBe('2021');
    expect(formatJourneyDate(parsed('66,000,000 BC', 'era'), EN)).toBe('66,000,000 BC');
  });

  it('spells the date out in full', () => {
    expect(formatJourneyDateLong(parsed('2021-03-06'), EN)).toBe('March 6, 2021');
    expect(formatJourneyDateLong(parsed('2021-03'), EN)).toBe('March 2021');
    expect(formatJourneyDateLong(parsed('66000000 BC'), EN)).toBe('66,000,000 BC');
    expect(formatYear(-1, EN)).toBe('1 BC');
  });

  it('writes dates in the journey’s language, its month names and its word for BC', () => {
    expect(formatJourneyDate(parsed('2021-03-16'), FR)).toBe('16 mars');
    expect(formatJourneyDate(parsed('2020-04-06'), FR)).toBe('06 avr.');
    expect(formatJourneyDate(parsed('2020-09'), FR)).toBe('sept.');
    expect(formatJourneyDateLong(parsed('2021-03-06'), FR)).toBe('6 mars 2021');
    expect(formatJourneyDateLong(parsed('2021-03'), FR)).toBe('mars 2021');
    expect(formatJourneyDateLong(parsed('66,000,000 BC'), FR)).toBe(`66${NNBSP}000${NNBSP}000 av. J.-C.`);
    expect(formatYear(2021, FR)).toBe('2021');
  });

  it('holds years no JavaScript Date can, and sets a numeral and a short label from them', () => {
    expect(formatJourneyDateLong(parsed('300000-02-29'), EN)).toBe('February 29, 300000');
    expect(yearNumeral(-66_000_000, EN)).toEqual(['66,000,000', 'BC']);
    expect(yearNumeral(-66_000_000, FR)).toEqual([`66${NNBSP}000${NNBSP}000`, 'av. J.-C.']);
    expect(yearNumeral(2022, FR)).toEqual(['2022', '']);
    // A language that writes its word before the number keeps the label whole.
    expect(yearNumeral(-500, journeyWords({ lang: 'en', ui: { bc: 'BC {year}' } }))).toEqual(['BC 500', '']);
    expect(formatYearShort(-66_000_000, EN)).toBe('66M BC');
    expect(formatYearShort(-66_000_000, FR)).toBe('66\u00a0M av. J.-C.');
    expect(formatYearShort(-45_000, EN)).toBe('45,000 BC');
  });

  it('gives <time datetime> values only where HTML has a form for them', () => {
    expect(toDatetimeAttribute(parsed('2021-03-06'))).toBe('2021-03-06');
    expect(toDatetimeAttribute(parsed('2021-03'))).toBe('2021-03');
    expect(toDatetimeAttribute(parsed('2012', 'era'))).toBe('2012');
    expect(toDatetimeAttribute(parsed('12'))).toBe('0012');
    expect(toDatetimeAttribute(parsed('66,000,000 BC'))).toBeNull();
  });

  it('round-trips year keys and editor-written dates', () => {
    expect(yearKey(2021)).toBe('2021');
    expect(yearKey(-66_000_000)).toBe('66000000-bc');
    expect(parseYearKey('66000000-bc')).toBe(-66_000_000);
    expect(parseYearKey('2021')).toBe(2021);
    expect(parseYearKey('0')).toBeNull();
    expect(parseYearKey('twenty')).toBeNull();
    for (const text of ['2022-03-17', '2022-03', '2022', '66,000,000 BC']) {
      expect(serializeJourneyDate(parsed(text))).toBe(text);
    }
  });
});
