import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTimelineJson } from '../../src/build-time/import/read-json.ts';

const HISTORY = readFileSync('tests/fixtures/timelinejs/history.json', 'utf8');

describe('a TimelineJS JSON file', () => {
  it('reads the title slide, eras and events with their dates, words, media and groups', () => {
    const result = readTimelineJson('history.json', HISTORY);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const { title, eras, events } = result.timeline;
    expect(title).toEqual({
      where: 'the title slide ("From the first light to today")',
      headline: 'From the <em>first light</em> to today',
      text: '<p>Everything that led to our platform, oldest first.</p>',
      media: { url: 'https://example.org/cover.jpg' },
    });
    expect(eras).toEqual([{ where: 'era 1 ("Growing up")', headline: 'Growing up', start: { year: '2012' }, end: { year: '2020' } }]);
    expect(events.map((event) => event.where)).toEqual([
      'event 1 ("The first light")',
      'event 2 ("A calendar is carved")',
      'event 3 ("Squads are formed")',
      'event 4 ("The portal opens")',
      'event 5 ("Version 1.0")',
    ]);
    expect(events[0]).toMatchObject({ uniqueId: 'first-light', start: { year: '-13800000000' }, group: 'open-source' });
    expect(events[2]).toMatchObject({
      start: { year: '2012', month: '3', day: '17', display: 'Spring 2012' },
      media: { url: 'https://www.youtube.com/watch?v=abc123', caption: 'The first squad at work', credit: 'Photo: Spotify' },
    });
  });

  it('says where JSON that cannot be read goes wrong, by line and column', () => {
    expect(readTimelineJson('history.json', '{ "events": [\n  { "start_date": { "year": 2012 } },\n] }')).toEqual({
      ok: false,
      errors: ["history.json is not valid JSON at line 3, column 1: unexpected token ']' (JSON has no comma after the last item of a list or object)"],
    });
    expect(readTimelineJson('history.json', '{ "events" [] }')).toEqual({
      ok: false,
      errors: ["history.json is not valid JSON at line 1, column 12: expected ':' after property name"],
    });
  });

  it('lists every event it cannot read at once, each by its place and headline', () => {
    const text = JSON.stringify({
      events: [{ text: { headline: 'No date' } }, 'a note', { start_date: 2012 }, { start_date: { year: 2012 } }],
      eras: [{ text: { headline: 'Undated era' } }],
    });
    expect(readTimelineJson('history.json', text)).toEqual({
      ok: false,
      errors: [
        'event 1 ("No date") has no start_date: every event needs at least its year, as "start_date": { "year": 2012 }',
        'event 2 is not a slide: it should be { "start_date": { "year": … }, "text": { "headline": … } }',
        'event 3: its start_date should be { "year": …, "month": …, "day": … }',
        'era 1 ("Undated era") has no start_date: an era needs the year it starts, as "start_date": { "year": 2012 }',
      ],
    });
  });

  it('refuses a file that is not a timeline', () => {
    expect(readTimelineJson('list.json', '[1, 2]')).toEqual({
      ok: false,
      errors: ['list.json is not a TimelineJS timeline: it should be { "title": …, "events": [ … ] }'],
    });
    expect(readTimelineJson('empty.json', '{ "title": {} }')).toEqual({
      ok: false,
      errors: ['empty.json has no "events": a TimelineJS timeline lists its events as "events": [ … ]'],
    });
  });
});
