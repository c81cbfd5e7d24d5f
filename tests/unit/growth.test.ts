import { describe, expect, it } from 'vitest';
import { chartSvg, compactFigure, growthCharts, niceCeiling, timeDomain } from '../../src/build-time/journey/growth.ts';
import { parseJourneyDate, type JourneyDate } from '../../src/model/journey-date.ts';
import { growthSeries, parseFigure, seriesForLabel, timeOf, type GrowthSeriesSpec } from '../../src/model/growth.ts';
import { journeyCopySchema } from '../../src/model/schema/journey.ts';
import { readJourneyCopy } from '../../src/build-time/content/check.ts';
import { JOURNEY } from './content/support.ts';
import { EN } from '../support/words.ts';

const date = (text: string): JourneyDate => {
  const parsed = parseJourneyDate(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.date;
};

const SPECS: GrowthSeriesSpec[] = [
  { name: 'GitHub stars', labels: ['GitHub stars'] },
  { name: 'Adopters', labels: ['adopters'] },
  { name: 'Plugins', labels: ['open source plugins'] },
];

const milestone = (id: string, when: string, stats: { value: string; label: string }[], title = id) => ({
  id,
  anchor: id.replace('/', '-'),
  title,
  date: date(when),
  stats,
});

describe('parseFigure', () => {
  it('reads figures as the milestones write them', () => {
    expect(parseFigure('31k')).toEqual({ value: 31_000, atLeast: false });
    expect(parseFigure('3.4k+')).toEqual({ value: 3_400, atLeast: true });
    expect(parseFigure('1,700')).toEqual({ value: 1_700, atLeast: false });
    expect(parseFigure('10,000+')).toEqual({ value: 10_000, atLeast: true });
    expect(parseFigure('1.8k')).toEqual({ value: 1_800, atLeast: false });
    expect(parseFigure('2M')).toEqual({ value: 2_000_000, atLeast: false });
    expect(parseFigure(' 250 + ')).toEqual({ value: 250, atLeast: true });
    expect(parseFigure('4.5')).toEqual({ value: 4.5, atLeast: false });
  });

  it('reads figures in the journey’s language, with its own grouping and decimal marks', () => {
    expect(parseFigure('1 700', 'fr')).toEqual({ value: 1_700, atLeast: false });
    expect(parseFigure('10\u202f000+', 'fr')).toEqual({ value: 10_000, atLeast: true });
    expect(parseFigure('3,4k', 'fr')).toEqual({ value: 3_400, atLeast: false });
    expect(parseFigure('1.700', 'de')).toEqual({ value: 1_700, atLeast: false });
    expect(parseFigure('4,5', 'de')).toEqual({ value: 4.5, atLeast: false });
    // An English journey reads "1 700" as no number, as before.
    expect(parseFigure('1 700')).toBeNull();
  });

  it('reads no number where there is none', () => {
    for (const written of ['No. 1', 'many', '1,70', '10,0000', '3.4.1k', '2 M users', '', '+5', '1k-2k']) {
      expect(parseFigure(written), written).toBeNull();
    }
  });
});

describe('seriesForLabel', () => {
  it('collects a label that is, or contains as whole words, a series label, case and punctuation aside', () => {
    expect(seriesForLabel('GitHub stars', SPECS)).toBe(0);
    expect(seriesForLabel('github  STARS', SPECS)).toBe(0);
    expect(seriesForLabel('total adopters, public and private', SPECS)).toBe(1);
    expect(seriesForLabel('open source plugins in the Plugin Marketplace', SPECS)).toBe(2);
  });

  it('collects nothing else', () => {
    expect(seriesForLabel('on Hacker News', SPECS)).toBeUndefined();
    expect(seriesForLabel('stars', SPECS)).toBeUndefined();
    expect(seriesForLabel('adoptersaurus', SPECS)).toBeUndefined();
    expect(seriesForLabel('plugins', SPECS)).toBeUndefined();
  });

  it('prefers the longest words that match, then the series listed first', () => {
    const specs = [
      { name: 'Adopters', labels: ['adopters'] },
      { name: 'Public adopters', labels: ['public adopters'] },
      { name: 'Also adopters', labels: ['adopters'] },
    ];
    expect(seriesForLabel('public adopters', specs)).toBe(1);
    expect(seriesForLabel('private adopters', specs)).toBe(0);
  });
});

describe('growthSeries', () => {
  const milestones = [
    milestone('2020/03-18-hn', '2020-03-18', [{ value: 'No. 1', label: 'on Hacker News' }, { value: '1,700', label: 'GitHub stars' }]),
    milestone('2021/12-31-adopters', '2021-12-31', [{ value: '75+', label: 'public adopters' }, { value: 'a lot', label: 'GitHub stars' }]),
    milestone('2025/11-10-con', '2025-11-10', [{ value: '31k', label: 'GitHub stars' }, { value: '3.4k+', label: 'adopters' }]),
  ];

  it('gathers each series’ figures in the milestones’ order, leaving out series without any', () => {
    const { series } = growthSeries(milestones, SPECS);
    expect(series.map((one) => [one.name, one.points.map((point) => [point.milestone.id, point.written.value, point.figure.value])])).toEqual([
      ['GitHub stars', [['2020/03-18-hn', '1,700', 1_700], ['2025/11-10-con', '31k', 31_000]]],
      ['Adopters', [['2021/12-31-adopters', '75+', 75], ['2025/11-10-con', '3.4k+', 3_400]]],
    ]);
  });

  it('lists a collected figure that reads as no number, and charts nothing for it', () => {
    expect(growthSeries(milestones, SPECS).unread).toEqual([{ milestone: { id: '2021/12-31-adopters' }, index: 1, series: 'GitHub stars', value: 'a lot' }]);
  });

  it('are fed by the growth section of content/journey.yaml', () => {
    const copy = journeyCopySchema.parse(readJourneyCopy(JOURNEY.text));
    expect(copy.growth?.series.length).toBeGreaterThan(0);
    expect(growthSeries(milestones, copy.growth!.series).series.map((one) => one.name)).toContain('GitHub stars');
  });
});

describe('timeOf', () => {
  it('places a day within its year, a month in its middle, a year in its middle', () => {
    expect(timeOf(date('2022-01-01'))).toBeCloseTo(2022 + 0.5 / 365);
    expect(timeOf(date('2020-12-31'))).toBeCloseTo(2020 + 365.5 / 366);
    expect(timeOf(date('2022-07'))).toBeCloseTo(2022 + 6.5 / 12);
    expect(timeOf(date('2022'))).toBe(2022.5);
    expect(timeOf(date('66,000,000 BC'))).toBe(-65_999_999 + 0.5);
    expect(timeOf(date('2022-03-17'))).toBeLessThan(timeOf(date('2022-03-18')));
  });
});

describe('the charts', () => {
  const { series } = growthSeries(
    [
      milestone('2020/03-18-hn', '2020-03-18', [{ value: '1,700', label: 'GitHub stars' }]),
      milestone('2022/02-14-stars', '2022-02-14', [{ value: '15,000', label: 'GitHub stars' }, { value: '80+', label: 'open source plugins' }]),
      milestone('2025/11-10-con', '2025-11-10', [{ value: '31k', label: 'GitHub stars' }, { value: '250+', label: 'open source plugins' }]),
    ],
    SPECS,
  );

  it('round a y-scale’s top up to a round number', () => {
    expect(niceCeiling(31_000)).toBe(40_000);
    expect(niceCeiling(250)).toBe(250);
    expect(niceCeiling(251)).toBe(300);
    expect(niceCeiling(1_800)).toBe(2_000);
    expect(niceCeiling(7_000)).toBe(8_000);
    expect(compactFigure(40_000, EN)).toBe('40k');
    expect(compactFigure(2_500_000, EN)).toBe('2.5M');
    expect(compactFigure(125, EN)).toBe('125');
  });

  it('share one time axis of whole years', () => {
    expect(timeDomain(series)).toEqual([2020, 2026]);
  });

  it('draw each point where its figure and date are, on its own series’ scale', () => {
    const [stars, plugins] = growthCharts(series, EN);
    const circles = (svg: string) =>
      [...svg.matchAll(/<a href="([^"]+)"[^>]*><title>[^<]*<\/title><circle class="growth__target" cx="([\d.]+)" cy="([\d.]+)"/g)].map((match) => ({
        href: match[1],
        cx: Number(match[2]),
        cy: Number(match[3]),
      }));
    // A chart is 280 × 168 with margins 12 (top), 14 (right), 24 (bottom) and 44 (left): its plot runs
    // from x 44 over 280 − 44 − 14 = 222, and from y 168 − 24 = 144 up to 12, 132 tall; rounded to tenths.
    // x: 2020 to 2026 over 222 is 37 a year; a date stands at the middle of its day within its year.
    //   2020-03-18 (leap year): 44 + 37 × (31 + 29 + 17.5) / 366 = 44 + 37 × 0.21175 = 51.83 → 51.8
    //   2022-02-14: 44 + 37 × (2 + (31 + 13.5) / 365) = 44 + 37 × 2.12192 = 122.51 → 122.5
    //   2025-11-10: 44 + 37 × (5 + (304 + 9.5) / 365) = 44 + 37 × 5.85890 = 260.78 → 260.8
    // y of stars, 0 to 40k: 144 − 132 × 1,700 / 40,000 = 144 − 5.61 = 138.39 → 138.4;
    //   144 − 132 × 15,000 / 40,000 = 144 − 49.5 = 94.5; 144 − 132 × 31 / 40 = 144 − 102.3 = 41.7
    // y of plugins, 0 to 250: 144 − 132 × 80 / 250 = 144 − 42.24 = 101.76 → 101.8; 250 tops it at 12.
    expect(circles(stars!.svg)).toEqual([
      { href: '#2020-03-18-hn', cx: 51.8, cy: 138.4 },
      { href: '#2022-02-14-stars', cx: 122.5, cy: 94.5 },
      { href: '#2025-11-10-con', cx: 260.8, cy: 41.7 },
    ]);
    expect(circles(plugins!.svg)).toEqual([
      { href: '#2022-02-14-stars', cx: 122.5, cy: 101.8 },
      { href: '#2025-11-10-con', cx: 260.8, cy: 12 },
    ]);
  });

  it('say what they show, and list the figures as written', () => {
    const [stars] = growthCharts(series, EN);
    expect(stars!.caption).toBe('GitHub stars: 1,700 (March 18, 2020) to 31k (November 10, 2025)');
    expect(stars!.rows.map((row) => [row.date, row.value, row.label, row.href])).toEqual([
      ['March 18, 2020', '1,700', 'GitHub stars', '#2020-03-18-hn'],
      ['February 14, 2022', '15,000', 'GitHub stars', '#2022-02-14-stars'],
      ['November 10, 2025', '31k', 'GitHub stars', '#2025-11-10-con'],
    ]);
    expect(stars!.svg).toContain('<title>31k GitHub stars, November 10, 2025: 2025/11-10-con</title>');
  });

  it('draw at most 24 figures: the first, then the latest of each of 23 equal stretches of time, and their table says so', () => {
    // 100 monthly figures, January 2017 to April 2025: 99 months after the first, so each stretch is
    // 99 / 23 = 4.30 months, and the latest figure of stretch k is the month ⌈(k + 1) × 99 / 23⌉ − 1.
    const months = Array.from({ length: 100 }, (_, i) => {
      const year = 2017 + Math.floor(i / 12);
      const month = String((i % 12) + 1).padStart(2, '0');
      return milestone(`${year}/${month}-m${i}`, `${year}-${month}`, [{ value: String(i * 100), label: 'GitHub stars' }]);
    });
    const [stars] = growthCharts(growthSeries(months, SPECS).series, EN);
    const drawn = [0, 4, 8, 12, 17, 21, 25, 30, 34, 38, 43, 47, 51, 55, 60, 64, 68, 73, 77, 81, 86, 90, 94, 99];
    expect(stars!.rows.map((row) => row.value)).toEqual(drawn.map((i) => String(i * 100)));
    expect(stars!.svg.match(/<a /g)).toHaveLength(24);
    expect(stars!.caption).toBe('GitHub stars: 0 (January 2017) to 9900 (April 2025)');
    expect(stars!.tableCaption).toBe('GitHub stars: 24 of its 100 figures, the first and the latest of each stretch of time');
    // A chart of few figures draws and lists them all.
    const [few] = growthCharts(growthSeries(months.slice(0, 24), SPECS).series, EN);
    expect(few!.rows).toHaveLength(24);
    expect(few!.tableCaption).toBe('GitHub stars, milestone by milestone');
  });

  it('take ids of their own, never the heading’s', () => {
    const named = (name: string) => ({ ...series[0]!, name });
    expect(growthCharts([named('Title'), named('Stars'), named('stars')], EN).map((chart) => chart.id)).toEqual([
      'growth-title-2',
      'growth-stars',
      'growth-stars-2',
    ]);
  });

  it('escape every text from content', () => {
    const hostile = growthSeries(
      [milestone('2021/01-01-x', '2021-01-01', [{ value: '5', label: 'stars"><script>alert(1)</script>' }], 'A <b>bold</b> "title" & more')],
      [{ name: 'Stars', labels: ['stars'] }],
    ).series;
    const svg = chartSvg(hostile[0]!, timeDomain(hostile), EN, (anchor) => `#${anchor}"onfocus="x`);
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<b>');
    expect(svg).not.toContain('"onfocus');
    expect(svg).toContain('stars&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('A &lt;b&gt;bold&lt;/b&gt; &quot;title&quot; &amp; more');
  });
});

describe('the growth section of the journey copy', () => {
  const withGrowth = (growth: unknown) => journeyCopySchema.safeParse({ ...journeyCopySchema.parse(readJourneyCopy(JOURNEY.text)), growth });

  it('refuses two charts of one name, and one label in two charts', () => {
    const result = withGrowth({
      title: 'Growth',
      series: [
        { name: 'Stars', labels: ['GitHub stars'] },
        { name: 'stars', labels: ['forks'] },
        { name: 'Forks', labels: ['Forks'] },
      ],
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['growth.series.1.name', 'two charts are named "stars"'],
      ['growth.series.2.labels.0', '"Forks" is already collected by the chart "stars"'],
    ]);
  });

  it('refuses a chart without labels', () => {
    const result = withGrowth({ title: 'Growth', series: [{ name: 'Stars', labels: [] }] });
    expect(result.error!.issues.map((issue) => issue.message)).toEqual(['labels must list at least one stat label']);
  });
});
