import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv, readTimelineCsv } from '../../src/build-time/import/read-csv.ts';

const SHEET = readFileSync('tests/fixtures/timelinejs/sheet.csv', 'utf8');
const HEADER =
  'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';

function rows(text: string): string[][] {
  const result = parseCsv(text);
  if (!result.ok) throw new Error(result.error);
  return result.rows;
}

function failure(text: string): string {
  const result = parseCsv(text);
  if (result.ok) throw new Error('expected the CSV to be refused');
  return result.error;
}

describe('reading CSV (RFC 4180)', () => {
  it('splits records at line breaks and fields at commas', () => {
    expect(rows('a,b,c\r\n1,,3\r\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '', '3'],
    ]);
    expect(rows('a,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('keeps commas, line breaks and doubled quotes inside a quoted field', () => {
    expect(rows('"one, two","line 1\r\nline 2","say ""hi"""\n')).toEqual([['one, two', 'line 1\nline 2', 'say "hi"']]);
    expect(rows('\uFEFF"",x\n')).toEqual([['', 'x']]);
  });

  it('refuses a quoted field never closed, or text after its closing quote, saying where', () => {
    expect(failure('a,b\n1,"open\nstill open\n')).toBe('the quoted field that starts on line 2 is never closed');
    expect(failure('a,b\n"x"y,2\n')).toBe('line 2 has text after the closing quote of a field; a quote inside a quoted field is written twice ("")');
    // The lines of a quoted field count as lines of the file.
    expect(failure('a,b\n"one\ntwo",2\n"x"y,3\n')).toMatch(/^line 4 has text after the closing quote/);
    expect(failure('a,b\nsay "hi",2\n')).toBe(
      'line 2 has a quote inside a field that does not start with one; such a field is written in quotes, its quotes doubled ("")',
    );
  });
});

describe('the TimelineJS sheet saved as CSV', () => {
  it('reads the title slide, eras and events, numbering rows as the spreadsheet does', () => {
    const result = readTimelineCsv('sheet.csv', SHEET);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const { title, eras, events } = result.timeline;
    expect(title).toEqual({ where: 'row 2 ("Our sheet of history")', headline: 'Our sheet of history', text: 'The story, told in rows.' });
    expect(eras).toEqual([{ where: 'row 3 ("Growing up")', start: { year: '2012' }, end: { year: '2020' }, headline: 'Growing up' }]);
    expect(events.map((event) => event.where)).toEqual([
      'row 4 ("The first light")',
      'row 5 ("A calendar is carved")',
      'row 6 ("Squads are formed")',
      // Row 6's text runs over three lines of the file; the next row is still row 7.
      'row 7 ("Version 1.0")',
    ]);
    expect(events[2]).toEqual({
      where: 'row 6 ("Squads are formed")',
      start: { year: '2012', month: '3', day: '17', time: '14:30' },
      displayDate: 'Spring 2012',
      headline: 'Squads are formed',
      text: 'Small teams, each with a mission.\n\nEvery squad chose its own tools.',
      group: 'Inside Spotify',
      background: '#ffcc00',
      media: { url: 'https://www.youtube.com/watch?v=abc123', credit: 'Photo: Spotify', caption: 'The first squad at work' },
    });
    expect(events[0]!.start).toEqual({ year: '-13800000000' });
  });

  it('refuses a sheet whose header misses the template’s columns, naming them and the template’s', () => {
    const result = readTimelineCsv('notes.csv', 'Date,Title,Text\n2012,Hello,World\n');
    expect(result).toEqual({
      ok: false,
      errors: [
        'notes.csv is not a TimelineJS sheet: its header row has no "Year", "Month", "Day", "Headline", "Type" columns. ' +
          `The template's columns are: ${HEADER.split(',').join(', ')}`,
      ],
    });
  });

  it('refuses every row without a year at once, each by its row', () => {
    const text = `${HEADER}\n,,,,,,,,,No year,,,,,,,,\n2012,,,,,,,,,Fine,,,,,,,,\n,,,,,,,,,An era,,,,,,era,,\n`;
    expect(readTimelineCsv('sheet.csv', text)).toEqual({
      ok: false,
      errors: [
        'row 2 ("No year") has no Year: every event needs at least the year it happened',
        'row 4 ("An era") is an era without a Year: an era needs the year it starts',
      ],
    });
  });

  it('says which columns it does not read', () => {
    const text = `${HEADER},Notes\n2012,,,,,,,,,Fine,,,,,https://example.org/t.png,,,,internal\n`;
    const result = readTimelineCsv('sheet.csv', text);
    expect(result.ok && result.timeline.unread).toEqual([
      'the column "Notes" is not part of the TimelineJS template, so it is not read',
      'the column "Media Thumbnail" (the small pictures TimelineJS shows on its time axis) is not carried',
    ]);
  });
});
