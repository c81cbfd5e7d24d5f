import { describe, expect, it } from 'vitest';
import { feedDate, feedItems } from '../../src/build-time/publish/feed.ts';
import { parseJourneyDate, type JourneyDate } from '../../src/model/journey-date.ts';
import { toMilestone } from '../../src/model/milestone.ts';
import { EN } from '../support/words.ts';

function date(text: string): JourneyDate {
  const result = parseJourneyDate(text);
  if (!result.ok) throw new Error(result.error);
  return result.date;
}

describe('the milestone feed', () => {
  it('gives calendar dates only where a calendar can hold them', () => {
    expect(feedDate(date('2022-03-17'))?.toISOString()).toBe('2022-03-17T00:00:00.000Z');
    expect(feedDate(date('2012'))?.toISOString()).toBe('2012-01-01T00:00:00.000Z');
    expect(feedDate(date('66,000,000 BC'))).toBeUndefined();
  });

  it('lists milestones newest first with links to their own pages under the site base', () => {
    const items = feedItems(
      [
        toMilestone('66000000-bc/spreadsheets-are-born', {
          title: 'Spreadsheets are born', date: date('66,000,000 BC'), track: 'open-source', kind: 'era', draft: false,
        }),
        toMilestone('2022/03-17-backstage-1-0-released', {
          title: 'Backstage 1.0 released', date: date('2022-03-17'), track: 'open-source', kind: 'release', draft: false,
          subtitle: 'A stable core.',
        }),
      ],
      [{ id: 'open-source', name: 'Backstage in open source', short: 'Open source' }],
      new URL('https://example.org/journey/'),
      EN,
    );
    expect(items.map((item) => item.title)).toEqual(['Backstage 1.0 released', 'Spreadsheets are born']);
    expect(items[0]).toMatchObject({
      link: 'https://example.org/journey/milestones/2022-03-17-backstage-1-0-released/',
      description: 'March 17, 2022 · Backstage in open source. A stable core.',
      categories: ['Backstage in open source'],
    });
    expect(items[1]?.pubDate).toBeUndefined();
  });
});
