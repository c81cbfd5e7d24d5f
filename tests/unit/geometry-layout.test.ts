import { describe, expect, it } from 'vitest';
import { ART_ASPECT, ART_SIZE, TRAVEL } from '../../src/layout/dimensions.ts';
import { footprintOf, growthWidth, laneWidth, travelLength, yearWidth } from '../../src/layout/journey-length.ts';
import { travelSpan as cardSpan, type CardContent } from '../../src/layout/card-metrics.ts';
import { formatTimeGap, hasTimeGap, timeGapsBefore } from '../../src/model/time-gaps.ts';
import type { JourneyYear, Milestone } from '../../src/model/milestone.ts';
import { formatYear, yearKey, yearsBetween } from '../../src/model/journey-date.ts';
import { EN } from '../support/words.ts';

function year(value: number, tracks: string[]): JourneyYear {
  const milestones = tracks.map(
    (track, index) =>
      ({ id: `${value}/${index}`, anchor: `${value}-${index}`, year: value, track, title: 't' }) as unknown as Milestone,
  );
  return { year: value, key: yearKey(value), label: formatYear(value, EN), milestones };
}

describe('art sizes', () => {
  it('draws every art size at the one aspect ratio', () => {
    for (const size of Object.values(ART_SIZE)) {
      expect(size.width * ART_ASPECT.height).toBe(size.height * ART_ASPECT.width);
    }
  });

  it('makes the travel card as wide as its art', () => {
    expect(TRAVEL.cardWidth).toBe(ART_SIZE.travel.width);
  });
});

describe('year widths', () => {
  it('lays cards side by side with gaps between them', () => {
    expect(laneWidth(0)).toBe(0);
    expect(laneWidth(1)).toBe(TRAVEL.cardWidth);
    expect(laneWidth(3)).toBe(3 * TRAVEL.cardWidth + 2 * TRAVEL.cardGap);
  });

  it('takes the widest lane, padded', () => {
    expect(yearWidth('2022', [26, 9])).toBe(2 * TRAVEL.yearPadding + laneWidth(26));
    expect(yearWidth('2022', [9, 26])).toBe(2 * TRAVEL.yearPadding + laneWidth(26));
  });

  it('keeps room for the numeral in a year of one card', () => {
    expect(yearWidth('2006', [0, 1])).toBe(2 * TRAVEL.yearPadding + TRAVEL.yearMinContent);
    expect(yearWidth('66,000,000 BC', [1])).toBe(2 * TRAVEL.yearPadding + TRAVEL.yearMinContentLong);
  });
});

describe('time gaps', () => {
  it('counts years without a year zero', () => {
    expect(yearsBetween(2006, 2012)).toBe(6);
    expect(yearsBetween(-1, 1)).toBe(1);
    expect(yearsBetween(-66_000_000, 2006)).toBe(66_002_005);
  });

  it('marks only years more than one apart', () => {
    expect(hasTimeGap(2020, 2021)).toBe(false);
    expect(hasTimeGap(2016, 2018)).toBe(true);
    expect(hasTimeGap(-1, 1)).toBe(false);
  });

  it('reads as a human would say it', () => {
    expect(formatTimeGap(2, EN)).toBe('2 years later');
    expect(formatTimeGap(66_002_005, EN)).toBe('66 million years later');
    expect(formatTimeGap(45_000, EN)).toBe('45 thousand years later');
  });

  it('reads deep time in billions, from the first light of the universe on', () => {
    // 13,800,000,000 BC to 66,000,000 BC, and on to 2006: years between, with no year zero.
    expect(formatTimeGap(yearsBetween(-13_800_000_000, -66_000_000), EN)).toBe('13.7 billion years later');
    expect(formatTimeGap(yearsBetween(-13_800_000_000, 2006), EN)).toBe('13.8 billion years later');
    expect(formatTimeGap(999_600_000, EN)).toBe('1 billion years later');
    expect(formatTimeGap(999_400_000, EN)).toBe('999 million years later');
  });

  it('names, for each marker, the filters under which its two years are neighbours', () => {
    const years = [
      year(-66_000_000, ['open-source']),
      year(2006, ['inside-spotify']),
      year(2012, ['open-source']),
      year(2013, ['inside-spotify']),
    ];
    const gaps = timeGapsBefore(years, ['open-source', 'inside-spotify'], EN);
    expect(gaps.get('2006')).toEqual([{ text: '66 million years later', filters: ['all'] }]);
    expect(gaps.get('2012')).toEqual([
      { text: '6 years later', filters: ['all'] },
      { text: '66 million years later', filters: ['open-source'] },
    ]);
    expect(gaps.get('2013')).toEqual([{ text: '7 years later', filters: ['inside-spotify'] }]);
    expect(gaps.has('66000000-bc')).toBe(false);
  });
});

describe('travelLength', () => {
  it('adds the intro, every year, the time-gap markers and the outro', () => {
    const years = [
      { year: -66_000_000, label: '66,000,000 BC', laneUnits: [1, 0] },
      { year: 2020, label: '2020', laneUnits: [13, 6] },
      { year: 2021, label: '2021', laneUnits: [17, 8] },
    ];
    expect(travelLength(years)).toBe(
      TRAVEL.introWidth +
        yearWidth('66,000,000 BC', [1, 0]) +
        TRAVEL.timeGapWidth +
        yearWidth('2020', [13, 6]) +
        yearWidth('2021', [17, 8]) +
        TRAVEL.outroWidth,
    );
  });

  it('leaves out years with nothing to show, and closes the gap around them', () => {
    const years = [
      { year: 2019, label: '2019', laneUnits: [2] },
      { year: 2020, label: '2020', laneUnits: [0] },
      { year: 2021, label: '2021', laneUnits: [3] },
    ];
    expect(travelLength(years)).toBe(
      TRAVEL.introWidth + yearWidth('2019', [2]) + TRAVEL.timeGapWidth + yearWidth('2021', [3]) + TRAVEL.outroWidth,
    );
  });
});

describe('the growth charts in the travel', () => {
  it('take one row of charts with the gaps between them, padded at both sides, before the outro', () => {
    expect(growthWidth(0)).toBe(0);
    expect(growthWidth(3)).toBe(2 * TRAVEL.growthPadding + 3 * TRAVEL.growthChartWidth + 2 * TRAVEL.growthGap);
    const years = [{ year: 2021, label: '2021', laneUnits: [3] }];
    expect(travelLength(years, 5) - travelLength(years)).toBe(growthWidth(5));
  });
});

describe('card spans', () => {
  const card: CardContent = { title: 'Backstage 1.0 released', hasArt: true };

  it('keeps a short card one card wide', () => {
    expect(cardSpan(card)).toBe(1);
    expect(cardSpan({ ...card, subtitle: 'The first stable release.' })).toBe(1);
  });

  it('widens a card whose words would crowd out its picture', () => {
    const body = 'A paragraph that goes on for a while about what happened and why it mattered. '.repeat(3);
    expect(cardSpan({ ...card, body })).toBe(2);
  });

  it('lets a card without a picture use the lane’s height before widening it', () => {
    const stats = (count: number) => count;
    expect(cardSpan({ title: 'A year in figures', hasArt: false, stats: stats(3) })).toBe(1);
    expect(cardSpan({ title: 'A year in figures', hasArt: false, stats: stats(5) })).toBe(2);
  });

  it('counts a wide card as two card widths, swallowing the gap between them', () => {
    const wide = { ...card, body: 'A paragraph that goes on for a while about what happened and why it mattered. '.repeat(3) };
    const wideIds = new Set(['2021/0', '2023/0']);
    const spanOf = (milestone: Milestone) => cardSpan(wideIds.has(milestone.id) ? wide : card);
    // All in the first lane: one wide card; two ordinary cards; a wide card and an ordinary one.
    const oneWide = footprintOf(year(2021, ['open-source']), ['open-source', 'inside-spotify'], 'all', spanOf);
    const twoOrdinary = footprintOf(year(2022, ['open-source', 'open-source']), ['open-source', 'inside-spotify'], 'all', spanOf);
    const wideAndOrdinary = footprintOf(year(2023, ['open-source', 'open-source']), ['open-source', 'inside-spotify'], 'all', spanOf);
    expect(oneWide.laneUnits).toEqual([2, 0]);
    expect(twoOrdinary.laneUnits).toEqual([2, 0]);
    expect(wideAndOrdinary.laneUnits).toEqual([3, 0]);
    // Cards are 288 wide with 40 between them, a year padded 56 at each side: two card widths take
    // 288 + 40 + 288 = 616, their year 56 + 616 + 56 = 728; three 3 × 288 + 2 × 40 = 944, their year 56 + 944 + 56 = 1056.
    expect(laneWidth(3)).toBe(944);
    expect(yearWidth(oneWide.label, oneWide.laneUnits)).toBe(728);
    expect(yearWidth(twoOrdinary.label, twoOrdinary.laneUnits)).toBe(728);
    expect(yearWidth(wideAndOrdinary.label, wideAndOrdinary.laneUnits)).toBe(1056);
    // With the intro (1120) and the outro (1040): 1120 + 728 + 1040 = 2888 either way.
    expect(travelLength([oneWide])).toBe(2888);
    expect(travelLength([twoOrdinary])).toBe(2888);
  });
});
