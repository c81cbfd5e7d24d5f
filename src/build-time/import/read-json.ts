import { slideLabel, textOf, type ReadResult, type TimelineDate, type TimelineMedia, type TimelineSlide } from './timeline.ts';

/**
 * A TimelineJS JSON file: `{ title?, events: [slide…], eras?: [slide…], scale? }`, a slide being
 * `{ start_date, end_date?, text: { headline?, text? }, media?, group?, display_date?,
 * background?, unique_id? }` and a date `{ year, month?, day?, hour?, minute?, second?,
 * display_date? }`. Every slide is read; every problem is said at once, each with the event it
 * is in.
 */

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether a text can be the start of a JSON text: parsing it fails only for want of the rest. */
function viablePrefix(prefix: string): boolean {
  try {
    JSON.parse(prefix);
    return true;
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    if (message.includes('Unexpected end of JSON input')) return true;
    const at = /at position (\d+)/.exec(message);
    return at ? Number(at[1]) >= prefix.length : false;
  }
}

/** Where a JSON text stops being JSON: the longest start of it that still can be (found by halving). */
function errorOffset(text: string): number {
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (viablePrefix(text.slice(0, middle))) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** JSON.parse's complaint in plain words, with the line and column it points at. */
function jsonError(source: string, text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const lineColumn = /\(line (\d+) column (\d+)\)/.exec(message);
  let where = lineColumn ? ` at line ${lineColumn[1]}, column ${lineColumn[2]}` : '';
  let hint = '';
  if (!lineColumn && !message.includes('Unexpected end of JSON input')) {
    const offset = errorOffset(text);
    const before = text.slice(0, offset);
    where = ` at line ${before.split('\n').length}, column ${offset - before.lastIndexOf('\n')}`;
    if (/[\]}]/.test(text[offset] ?? '') && /,\s*$/.test(before)) hint = ' (JSON has no comma after the last item of a list or object)';
  }
  const what = message
    .replace(/\s*in JSON at position \d+.*$/, '')
    .replace(/,\s.*is not valid JSON$/s, '')
    .replace(/^Unexpected end of JSON input$/, 'the text ends before the JSON does')
    .trim();
  return `${source} is not valid JSON${where}: ${what.charAt(0).toLowerCase()}${what.slice(1)}${hint}`;
}

function dateOf(value: Json): TimelineDate {
  const date: TimelineDate = {};
  const year = textOf(value.year);
  const month = textOf(value.month);
  const day = textOf(value.day);
  const display = textOf(value.display_date);
  if (year !== undefined) date.year = year;
  if (month !== undefined) date.month = month;
  if (day !== undefined) date.day = day;
  if (display !== undefined) date.display = display;
  const hour = textOf(value.hour);
  if (hour !== undefined) {
    const parts = [hour, textOf(value.minute) ?? '0', textOf(value.second)].filter((part): part is string => part !== undefined);
    date.time = parts.map((part, index) => (index === 0 ? part : part.padStart(2, '0'))).join(':');
  }
  return date;
}

function mediaOf(value: Json): TimelineMedia {
  const media: TimelineMedia = {};
  for (const key of ['url', 'caption', 'credit', 'thumbnail', 'alt', 'title', 'link'] as const) {
    const text = textOf(value[key]);
    if (text !== undefined) media[key] = text;
  }
  return media;
}

/** One slide; `errors` gets what keeps it from being read. */
function slideOf(value: unknown, place: string, errors: string[], kind: 'event' | 'era' | 'title'): TimelineSlide | undefined {
  if (!isObject(value)) {
    errors.push(`${place} is not a slide: it should be { "start_date": { "year": … }, "text": { "headline": … } }`);
    return undefined;
  }
  const text = isObject(value.text) ? value.text : {};
  const headline = textOf(text.headline);
  const slide: TimelineSlide = { where: slideLabel(place, headline) };
  if (headline !== undefined) slide.headline = headline;
  const body = textOf(text.text);
  if (body !== undefined) slide.text = body;

  if (isObject(value.start_date)) slide.start = dateOf(value.start_date);
  else if (value.start_date !== undefined) errors.push(`${slide.where}: its start_date should be { "year": …, "month": …, "day": … }`);
  else if (kind !== 'title') {
    errors.push(`${slide.where} has no start_date: ${kind === 'era' ? 'an era needs the year it starts' : 'every event needs at least its year'}, as "start_date": { "year": 2012 }`);
  }
  if (isObject(value.end_date)) slide.end = dateOf(value.end_date);
  else if (value.end_date !== undefined) errors.push(`${slide.where}: its end_date should be { "year": …, "month": …, "day": … }`);

  const display = textOf(value.display_date);
  if (display !== undefined) slide.displayDate = display;
  if (isObject(value.media)) slide.media = mediaOf(value.media);
  const group = textOf(value.group);
  if (group !== undefined) slide.group = group;
  const id = textOf(value.unique_id);
  if (id !== undefined) slide.uniqueId = id;
  const background = isObject(value.background) ? (textOf(value.background.url) ?? textOf(value.background.color)) : undefined;
  if (background !== undefined) slide.background = background;
  return slide;
}

export function readTimelineJson(source: string, text: string): ReadResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, errors: [jsonError(source, text, error)] };
  }
  if (!isObject(data)) {
    return { ok: false, errors: [`${source} is not a TimelineJS timeline: it should be { "title": …, "events": [ … ] }`] };
  }
  if (!Array.isArray(data.events)) {
    return {
      ok: false,
      errors: [
        data.events === undefined
          ? `${source} has no "events": a TimelineJS timeline lists its events as "events": [ … ]`
          : `${source}: "events" should be a list of events, [ … ]`,
      ],
    };
  }

  const errors: string[] = [];
  const events = data.events
    .map((event, index) => slideOf(event, `event ${index + 1}`, errors, 'event'))
    .filter((event): event is TimelineSlide => event !== undefined);
  let eras: TimelineSlide[] = [];
  if (Array.isArray(data.eras)) {
    eras = data.eras.map((era, index) => slideOf(era, `era ${index + 1}`, errors, 'era')).filter((era): era is TimelineSlide => era !== undefined);
  } else if (data.eras !== undefined) {
    errors.push(`${source}: "eras" should be a list of eras, [ … ]`);
  }
  const title = data.title === undefined ? undefined : slideOf(data.title, 'the title slide', errors, 'title');

  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, timeline: { source, ...(title ? { title } : {}), events, eras, unread: [] } };
}
