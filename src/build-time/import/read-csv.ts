import { slideLabel, type ReadResult, type TimelineDate, type TimelineSlide } from './timeline.ts';

/**
 * TimelineJS's Google Sheets template saved as CSV (File → Download → Comma-separated values): a
 * header row, then one row per slide. `Type` says which rows are the title slide (`title`) and
 * eras (`era`); the others are events. Rows are numbered as the spreadsheet numbers them, the
 * header being row 1, so an editor finds the row the importer names.
 */

/** The template's columns, in its order. */
export const TEMPLATE_COLUMNS = [
  'Year', 'Month', 'Day', 'Time', 'End Year', 'End Month', 'End Day', 'End Time', 'Display Date', 'Headline', 'Text', 'Media',
  'Media Credit', 'Media Caption', 'Media Thumbnail', 'Type', 'Group', 'Background',
] as const;

type Column = (typeof TEMPLATE_COLUMNS)[number];

/** Without these a row says neither when nor what. */
const REQUIRED: readonly Column[] = ['Year', 'Month', 'Day', 'Headline', 'Text', 'Type'];

/** What TimelineJS reads from a column the importer does not. */
const NOT_CARRIED: Partial<Record<Column, string>> = {
  'Media Thumbnail': 'the small pictures TimelineJS shows on its time axis',
};

export type CsvResult = { ok: true; rows: string[][] } | { ok: false; error: string };

/**
 * RFC 4180: fields separated by commas, records by line breaks (CRLF or LF); a field in double
 * quotes may hold commas, line breaks and doubled quotes ("") that stand for one.
 */
export function parseCsv(text: string): CsvResult {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let quoteLine = 1;
  let afterQuote = false;
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  for (let index = 0; index < source.length; index++) {
    const character = source[index]!;
    if (quoted) {
      if (character === '"') {
        if (source[index + 1] === '"') {
          field += '"';
          index++;
        } else {
          quoted = false;
          afterQuote = true;
        }
      } else {
        if (character === '\n') line++;
        field += character;
      }
      continue;
    }
    if (character === ',') {
      row.push(field);
      field = '';
      afterQuote = false;
    } else if (character === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      afterQuote = false;
      line++;
    } else if (character === '"' && field === '' && !afterQuote) {
      quoted = true;
      quoteLine = line;
    } else if (afterQuote && (character === ' ' || character === '\t')) {
      // Spaces between a closing quote and the next comma say nothing.
    } else if (afterQuote) {
      return { ok: false, error: `line ${line} has text after the closing quote of a field; a quote inside a quoted field is written twice ("")` };
    } else if (character === '"') {
      return { ok: false, error: `line ${line} has a quote inside a field that does not start with one; such a field is written in quotes, its quotes doubled ("")` };
    } else {
      field += character;
    }
  }
  if (quoted) return { ok: false, error: `the quoted field that starts on line ${quoteLine} is never closed` };
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return { ok: true, rows };
}

export function readTimelineCsv(source: string, text: string): ReadResult {
  const parsed = parseCsv(text);
  if (!parsed.ok) return { ok: false, errors: [`${source} cannot be read as CSV: ${parsed.error}`] };
  const [header, ...records] = parsed.rows;
  if (!header || header.every((cell) => !cell.trim())) {
    return { ok: false, errors: [`${source} is empty: a TimelineJS sheet starts with its header row (${TEMPLATE_COLUMNS.join(', ')})`] };
  }

  const columns = new Map<string, number>();
  header.forEach((name, index) => {
    const known = TEMPLATE_COLUMNS.find((column) => column.toLowerCase() === name.trim().toLowerCase());
    if (known && !columns.has(known)) columns.set(known, index);
  });
  const missing = REQUIRED.filter((column) => !columns.has(column));
  if (missing.length > 0) {
    return {
      ok: false,
      errors: [
        `${source} is not a TimelineJS sheet: its header row has no ${missing.map((column) => `"${column}"`).join(', ')} column${missing.length > 1 ? 's' : ''}. ` +
          `The template's columns are: ${TEMPLATE_COLUMNS.join(', ')}`,
      ],
    };
  }

  const unread: string[] = [];
  header.forEach((name, index) => {
    const known = [...columns].some(([, at]) => at === index);
    const used = records.some((record) => record[index]?.trim());
    if (!known && name.trim() && used) unread.push(`the column "${name.trim()}" is not part of the TimelineJS template, so it is not read`);
  });
  for (const [column, why] of Object.entries(NOT_CARRIED)) {
    const at = columns.get(column as Column);
    if (at !== undefined && records.some((record) => record[at]?.trim())) unread.push(`the column "${column}" (${why}) is not carried`);
  }

  const errors: string[] = [];
  const events: TimelineSlide[] = [];
  const eras: TimelineSlide[] = [];
  let title: TimelineSlide | undefined;
  records.forEach((record, index) => {
    if (record.every((cell) => !cell.trim())) return;
    const cell = (column: Column) => {
      const at = columns.get(column);
      const value = at === undefined ? undefined : record[at]?.trim();
      return value ? value : undefined;
    };
    const place = `row ${index + 2}`;
    if (record.length > header.length && record.slice(header.length).some((value) => value.trim())) {
      errors.push(`${place} has ${record.length} cells, more than the ${header.length} columns of the header row`);
      return;
    }
    const date = (prefix: '' | 'End '): TimelineDate | undefined => {
      const parts: TimelineDate = {};
      const year = cell(`${prefix}Year`);
      const month = cell(`${prefix}Month`);
      const day = cell(`${prefix}Day`);
      const time = cell(`${prefix}Time`);
      if (year !== undefined) parts.year = year;
      if (month !== undefined) parts.month = month;
      if (day !== undefined) parts.day = day;
      if (time !== undefined) parts.time = time;
      return Object.keys(parts).length > 0 ? parts : undefined;
    };
    const slide: TimelineSlide = { where: slideLabel(place, cell('Headline')) };
    const start = date('');
    const end = date('End ');
    if (start) slide.start = start;
    if (end) slide.end = end;
    const set = <K extends keyof TimelineSlide>(key: K, value: TimelineSlide[K] | undefined) => {
      if (value !== undefined) slide[key] = value;
    };
    set('displayDate', cell('Display Date'));
    set('headline', cell('Headline'));
    set('text', cell('Text'));
    set('group', cell('Group'));
    set('background', cell('Background'));
    const media = { url: cell('Media'), credit: cell('Media Credit'), caption: cell('Media Caption') };
    if (media.url || media.credit || media.caption) {
      slide.media = Object.fromEntries(Object.entries(media).filter(([, value]) => value !== undefined));
    }

    const type = cell('Type')?.toLowerCase();
    if (type === 'title') {
      if (title) errors.push(`${slide.where} is a second title slide (Type "title"); the first is ${title.where}`);
      else title = slide;
    } else if (type === 'era') {
      if (!start?.year) errors.push(`${slide.where} is an era without a Year: an era needs the year it starts`);
      else eras.push(slide);
    } else {
      if (!start?.year) errors.push(`${slide.where} has no Year: every event needs at least the year it happened`);
      else events.push(slide);
      if (type !== undefined) unread.push(`${slide.where} has the Type "${cell('Type')}", which TimelineJS does not know; it is read as an event`);
    }
  });

  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, timeline: { source, ...(title ? { title } : {}), events, eras, unread } };
}
