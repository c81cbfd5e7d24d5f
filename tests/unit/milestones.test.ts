import { describe, expect, it } from 'vitest';
import { getCollection } from 'astro:content';
import { parseJourneyDate, type JourneyDate } from '../../src/model/journey-date.ts';
import {
  anchorFromId,
  fileStemFor,
  groupByYear,
  slugify,
  sortMilestones,
  toMilestone,
  type Milestone,
} from '../../src/model/milestone.ts';
import { TRACK_IDS } from '../support/content.ts';

/** The lanes these milestones run in, top first. */
const LANES = ['open-source', 'inside-spotify'];
import { milestoneSchema } from '../../src/model/schema/milestone.ts';
import { EN } from '../support/words.ts';

function date(text: string): JourneyDate {
  const result = parseJourneyDate(text);
  if (!result.ok) throw new Error(result.error);
  return result.date;
}

function milestone(id: string, when: string, track: Milestone['track'] = 'open-source'): Milestone {
  return toMilestone(id, { title: id, date: date(when), track, kind: 'milestone', draft: false });
}

describe('ordering and grouping', () => {
  it('places milestones of one date and track in the order their editor gave, before those without one', () => {
    const placed = (id: string, order?: number) => ({ ...milestone(id, '2025-10-22'), order });
    const sorted = sortMilestones([placed('2025/10-22-a', 3), placed('2025/10-22-b'), placed('2025/10-22-c', 1), placed('2025/10-22-d', 2)], LANES);
    expect(sorted.map((m) => m.id)).toEqual(['2025/10-22-c', '2025/10-22-d', '2025/10-22-a', '2025/10-22-b']);
  });

  it('sorts chronologically, then by lane order, then by file', () => {
    const sorted = sortMilestones([
      milestone('2022/03-17-b', '2022-03-17', 'inside-spotify'),
      milestone('2022/03-17-a', '2022-03-17', 'inside-spotify'),
      milestone('2022/03-17-c', '2022-03-17', 'open-source'),
      milestone('66000000-bc/spreadsheets', '66,000,000 BC'),
      milestone('2022/year-only', '2022'),
    ], LANES);
    expect(sorted.map((m) => m.id)).toEqual([
      '66000000-bc/spreadsheets',
      '2022/year-only',
      '2022/03-17-c',
      '2022/03-17-a',
      '2022/03-17-b',
    ]);
  });

  it('groups milestones into labelled years, oldest first', () => {
    const years = groupByYear(
      [
        milestone('2021/01-13-k8s', '2021-01-13'),
        milestone('66000000-bc/spreadsheets', '66,000,000 BC'),
        milestone('2021/01-15-expedia', '2021-01-15', 'inside-spotify'),
      ],
      LANES,
      EN,
    );
    expect(years.map((y) => [y.key, y.label, y.milestones.length])).toEqual([
      ['66000000-bc', '66,000,000 BC', 1],
      ['2021', '2021', 2],
    ]);
  });

  it('derives anchors and file names editors can read', () => {
    expect(anchorFromId('2022/03-17-backstage-1-0-released')).toBe('2022-03-17-backstage-1-0-released');
    expect(anchorFromId('66000000-bc/spreadsheets-are-born')).toBe('66000000-bc-spreadsheets-are-born');
    expect(slugify('Marks & Spencer adopts.')).toBe('marks-and-spencer-adopts');
    expect(slugify('Spotify’s K8s experts participate in Spotify’s first-ever AMA on Reddit')).toBe(
      'spotify-s-k8s-experts-participate-in-spotify-s',
    );
    expect(fileStemFor(date('2022-03-17'), 'Backstage 1.0 released')).toBe('03-17-backstage-1-0-released');
    expect(fileStemFor(date('2012'), 'Microservices become a thing')).toBe('microservices-become-a-thing');
  });
});

describe('the real collection', () => {
  it('is not empty, covers every track and every entry passes the schema', async () => {
    const entries = await getCollection('timeline');
    expect(entries.length).toBeGreaterThan(100);
    expect(new Set(entries.map((entry) => entry.data.track))).toEqual(new Set(TRACK_IDS));
    const anchors = entries.map((entry) => anchorFromId(entry.id));
    expect(new Set(anchors).size).toBe(anchors.length);
  });

  it('starts with the 66,000,000 BC era and ends in 2026', async () => {
    const entries = await getCollection('timeline');
    const sorted = sortMilestones(entries.map((entry) => toMilestone(entry.id, entry.data)), TRACK_IDS);
    expect(sorted[0]?.title).toBe('Spreadsheets are born');
    expect(sorted[0]?.date).toEqual({ year: -66_000_000, precision: 'era' });
    expect(sorted.at(-1)?.year).toBe(2026);
  });
});

describe('milestoneSchema', () => {
  const valid = { title: 'Backstage 1.0 released', date: '2022-03-17', track: 'open-source' };

  function messages(input: Record<string, unknown>): string[] {
    const result = milestoneSchema.safeParse(input);
    return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  }

  it('fills in defaults for a minimal milestone', () => {
    expect(milestoneSchema.parse(valid)).toEqual({
      ...valid,
      date: { year: 2022, month: 3, day: 17, precision: 'day' },
      kind: 'milestone',
      draft: false,
    });
  });

  it('rejects each kind of bad field with a message an editor can act on', () => {
    expect(messages({ ...valid, title: '' })).toEqual(['title: title must not be empty']);
    expect(messages({ ...valid, title: 'Two\nlines' })).toEqual(['title: title must fit on one line']);
    expect(messages({ ...valid, date: undefined })).toEqual([
      'date: date is required: write "2022-03-17" (a day), "2022-03" (a month), "2022" (a year) or "66,000,000 BC"',
    ]);
    expect(messages({ ...valid, date: '2022-02-30' })).toEqual([
      'date: "2022-02-30" has day 30, but February 2022 has 28 days',
    ]);
    // Which tracks there are is the journey's (content/journey.yaml): the content check holds a track to them.
    expect(messages({ ...valid, track: '' })).toEqual(['track: track must not be empty']);
    expect(messages({ ...valid, kind: 'party' })).toEqual([
      'kind: kind must be one of era, launch, release, adoption, community, recognition, award, anniversary, statistic, quote, goal, milestone',
    ]);
    expect(messages({ ...valid, art: { src: './a.svg', alt: ' ' } })).toEqual([
      'art.alt: alt must describe the picture; if it only decorates, write `art: decorative` instead',
    ]);
    expect(messages({ ...valid, art: 'pretty' })).toEqual([
      'art: art must be "decorative", "none", { motif: telescope } or { src: ./file.svg, alt: "what it shows" }',
    ]);
    expect(messages({ ...valid, art: { src: './a.gif', alt: 'A beaver' } })).toEqual([
      'art.src: src must name an .svg, .png, .jpg, .webp or .avif file',
    ]);
    expect(messages({ ...valid, links: [{ label: 'Read', href: 'backstage.io' }] })).toEqual([
      'links.0.href: href must be a full address such as "https://example.org"',
    ]);
    expect(messages({ ...valid, stats: [{ value: '', label: 'stars' }] })).toEqual(['stats.0.value: value must not be empty']);
    expect(messages({ ...valid, draft: 'yes' })).toEqual(['draft: draft must be true or false']);
    expect(messages({ ...valid, precision: 'day' })).toEqual([
      'precision: precision can only be "era"; day, month and year follow from the date',
    ]);
    expect(messages({ ...valid, precision: 'era' })).toEqual([
      'precision: an era is dated by its year alone: remove the month and day from date, or remove precision',
    ]);
  });

  it('formats numeric statistics the way they read', () => {
    const parsed = milestoneSchema.parse({ ...valid, stats: [{ value: 10000, label: 'GitHub stars' }] });
    expect(toMilestone('2022/stars', parsed).stats).toEqual([{ value: '10,000', label: 'GitHub stars' }]);
  });
});

describe('a figure written as a bare number', () => {
  it('is written out in the journey’s language', () => {
    const data = { title: 'Stars', date: date('2022'), track: 'open-source', kind: 'statistic' as const, draft: false, stats: [{ value: 1700, label: 'stars' }, { value: '250+', label: 'plugins' }] };
    expect(toMilestone('2022/stars', data).stats).toEqual([{ value: '1,700', label: 'stars' }, { value: '250+', label: 'plugins' }]);
    // French groups thousands with a narrow no-break space.
    expect(toMilestone('2022/stars', data, 'fr').stats?.[0]?.value).toBe('1\u202f700');
  });
});
